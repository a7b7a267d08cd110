using System.Collections.Frozen;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Entities.Ner;

/// <summary>
/// Type-tagged names (one or more tokens, matched case-insensitively, starting at a capitalised token) whose matches
/// become tagger features. <see cref="Default"/> is the shipped list (Resources/Ner/gazetteer.txt: countries, attested
/// cities, demonyms, world leaders); the entity catalogue can feed more names through <see cref="Create"/> and
/// <see cref="NerTagger.WithGazetteer"/>.
/// </summary>
public sealed class NerGazetteer
{
    public const int MaxTokens = 8;
    // Token-sequence hash → bit mask of EntityType (bit 1 << type); 0 marks a proper prefix of a longer name.
    private readonly FrozenDictionary<ulong, byte> _names;

    private NerGazetteer(Dictionary<ulong, byte> names) => _names = names.ToFrozenDictionary();

    public int Count { get; private init; }

    private static readonly Lazy<NerGazetteer> DefaultList = new(() => Create(Load()));
    public static NerGazetteer Default => DefaultList.Value;
    public static NerGazetteer Empty { get; } = Create([]);

    /// <summary>A gazetteer of the given names (tokenized with the default tokenizer).</summary>
    public static NerGazetteer Create(IEnumerable<(string Name, EntityType Type)> names)
    {
        var d = new Dictionary<ulong, byte>();
        var tokens = new List<Token>();
        int n = 0;
        foreach (var (name, type) in names)
        {
            tokens.Clear();
            Tokenizer.Default.Tokenize(name, tokens);
            if (tokens.Count is 0 or > MaxTokens) continue;
            ulong h = NerHash.Seed;
            for (int i = 0; i < tokens.Count; i++)
            {
                h = NerHash.Combine(h, NerHash.Lower(name.AsSpan(tokens[i].Start, tokens[i].Length)));
                if (i < tokens.Count - 1) d.TryAdd(h, 0);
            }
            d[h] = (byte)(d.GetValueOrDefault(h) | (1 << (int)type));
            n++;
        }
        return new NerGazetteer(d) { Count = n };
    }

    /// <summary>The shipped list plus <paramref name="extra"/> names (e.g. from the entity catalogue).</summary>
    public static NerGazetteer CreateWithDefault(IEnumerable<(string Name, EntityType Type)> extra) => Create(Load().Concat(extra));

    private static IEnumerable<(string, EntityType)> Load()
    {
        using var s = LanguageResources.Open("Ner/gazetteer.txt") ?? throw new InvalidOperationException("Ner/gazetteer.txt is not embedded");
        using var r = new StreamReader(s);
        var list = new List<(string, EntityType)>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab < 0 || !Enum.TryParse<EntityType>(line[..tab], ignoreCase: true, out var type)) continue;
            list.Add((line[(tab + 1)..], type));
        }
        return list;
    }

    /// <summary>
    /// Marks matches in a sentence: for the longest name starting at each capitalised token, its types go into
    /// <paramref name="begin"/> at the first token and <paramref name="inside"/> at the others.
    /// </summary>
    internal void Match(ReadOnlySpan<ulong> lower, ReadOnlySpan<byte> flags, Span<byte> begin, Span<byte> inside)
    {
        begin.Clear();
        inside.Clear();
        if (_names.Count == 0) return;
        for (int i = 0; i < lower.Length; i++)
        {
            if ((flags[i] & NerFeatures.InitUpper) == 0) continue;
            ulong h = NerHash.Seed;
            int best = 0;
            byte mask = 0;
            for (int k = 0; k < MaxTokens && i + k < lower.Length; k++)
            {
                h = NerHash.Combine(h, lower[i + k]);
                if (!_names.TryGetValue(h, out var m)) break;
                if (m != 0) { best = k + 1; mask = m; }
            }
            if (best == 0) continue;
            begin[i] |= mask;
            for (int k = 1; k < best; k++) inside[i + k] |= mask;
        }
    }
}
