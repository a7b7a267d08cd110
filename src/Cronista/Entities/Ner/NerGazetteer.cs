using System.Collections.Frozen;
using Cronista.Evaluation;
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

    // A bit per key (~16 bits per key, ≤ 2 MB): most capitalised words start no name, and a clear bit settles that
    // without the dictionary's scattered reads.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    private NerGazetteer(Dictionary<ulong, byte> names)
    {
        _names = names.ToFrozenDictionary();
        int bits = Math.Clamp(System.Numerics.BitOperations.Log2(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(names.Count, 1) * 16)), 12, 24);
        _filterShift = 64 - bits;
        _filter = new ulong[(1 << bits) / 64];
        foreach (var h in names.Keys) _filter[FilterBit(h) >> 6] |= 1UL << FilterBit(h);
    }

    private int FilterBit(ulong h) => (int)((h * 0x9E3779B97F4A7C15UL) >> _filterShift);

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

    /// <summary>
    /// Names found labelled in a (silver) annotated corpus, e.g. WikiNEuRal: every entity span's tokens with the types
    /// that label at least a third of its occurrences. Stored inside models as hashes (no text).
    /// </summary>
    public static NerGazetteer FromLabelledFiles(IEnumerable<ConllFile> files)
    {
        var counts = new Dictionary<ulong, int[]>();
        var prefixes = new HashSet<ulong>();
        foreach (var file in files)
            foreach (var sent in file.Sentences)
            {
                var tags = ConllFile.ToIob2(sent.Tags);
                for (int i = 0; i < tags.Length; i++)
                {
                    if (!tags[i].StartsWith("B-", StringComparison.Ordinal) || !Enum.TryParse<EntityType>(tags[i][2..], true, out var type)) continue;
                    int end = i + 1;
                    while (end < tags.Length && tags[end] == "I-" + tags[i][2..]) end++;
                    if (end - i > MaxTokens) continue;
                    ulong h = NerHash.Seed;
                    for (int k = i; k < end; k++)
                    {
                        h = NerHash.Combine(h, NerHash.Lower(sent.Tokens[k]));
                        if (k < end - 1) prefixes.Add(h);
                    }
                    if (!counts.TryGetValue(h, out var c)) counts[h] = c = new int[8];
                    c[(int)type]++;
                }
            }
        var d = new Dictionary<ulong, byte>();
        foreach (var h in prefixes) d[h] = 0;
        foreach (var (h, c) in counts)
        {
            int total = c.Sum();
            byte mask = 0;
            for (int t = 0; t < c.Length; t++) if (c[t] * 3 >= total) mask |= (byte)(1 << t);
            d[h] = mask;
        }
        return new NerGazetteer(d) { Count = counts.Count };
    }

    internal NerGazetteer(IEnumerable<(ulong Hash, byte Mask)> entries) : this(entries.ToDictionary(e => e.Hash, e => e.Mask)) =>
        Count = _names.Values.Count(m => m != 0);

    internal IEnumerable<(ulong Hash, byte Mask)> Entries() => _names.Select(kv => (kv.Key, kv.Value));

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
                if ((_filter[FilterBit(h) >> 6] & (1UL << FilterBit(h))) == 0 || !_names.TryGetValue(h, out var m)) break;
                if (m != 0) { best = k + 1; mask = m; }
            }
            if (best == 0) continue;
            begin[i] |= mask;
            for (int k = 1; k < best; k++) inside[i + k] |= mask;
        }
    }
}
