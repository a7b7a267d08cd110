using System.Collections.Concurrent;
using Cronista.Resources;

namespace Cronista.Text;

internal enum AbbreviationKind : byte
{
    None,
    /// <summary>May end a sentence ("ecc.", "Inc.", months).</summary>
    Plain,
    /// <summary>A person's title ("Sig.", "Dr."): always followed by a name, so never sentence-final.</summary>
    Title,
}

/// <summary>
/// Abbreviations from abbreviations.txt: entries without the final period; lower-case entries match any
/// capitalization, entries with capitals match exactly; a trailing '&gt;' marks a title.
/// </summary>
internal sealed class AbbreviationTable
{
    private readonly Dictionary<string, AbbreviationKind> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AbbreviationKind> _folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _exactLookup, _foldedLookup;

    public AbbreviationTable(IEnumerable<string> entries)
    {
        foreach (var line in entries)
        {
            var e = line.Trim();
            var kind = AbbreviationKind.Plain;
            if (e.EndsWith('>')) { kind = AbbreviationKind.Title; e = e[..^1].TrimEnd(); }
            e = e.TrimEnd('.');
            if (e.Length == 0) continue;
            var dict = e.Any(char.IsUpper) ? _exact : _folded;
            // Across languages (the "und" union) a title in any language stays a title.
            if (!dict.TryGetValue(e, out var old) || old < kind) dict[e] = kind;
        }
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _foldedLookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _exact.Count + _folded.Count;

    /// <summary>Kind of <paramref name="word"/> (without its final period).</summary>
    public AbbreviationKind Lookup(ReadOnlySpan<char> word)
    {
        var a = _exactLookup.TryGetValue(word, out var k1) ? k1 : AbbreviationKind.None;
        var b = _foldedLookup.TryGetValue(word, out var k2) ? k2 : AbbreviationKind.None;
        return a > b ? a : b;
    }
}

/// <summary>Everything the tokenizer and sentence splitter know about one language (or the union of all, for "und").</summary>
internal sealed class TextLanguageData
{
    private static readonly ConcurrentDictionary<string, TextLanguageData> Cache = new(StringComparer.Ordinal);
    private static readonly string[] FileNames = ["abbreviations", "stopwords", "apostrophe_forms", "clitics", "number_suffixes"];

    public required string Language { get; init; }
    public required AbbreviationTable Abbreviations { get; init; }
    /// <summary>Words written with a final apostrophe that are tokens of their own (l', dell', qu', po'); stored without it.</summary>
    public required WordSet ApostropheForms { get; init; }
    /// <summary>Clitics split off before the apostrophe: "'s" → ("", "s"), "n't" → ("n", "t").</summary>
    public required (string Before, string After)[] Clitics { get; init; }
    /// <summary>Letter suffixes that stay on a number: ordinals (18th, 1º, 1er), decades (1990s).</summary>
    public required WordSet NumberSuffixes { get; init; }
    /// <summary>A 1–2 digit number followed by a period and a word is an ordinal ("am 17. Juni").</summary>
    public required bool DottedOrdinals { get; init; }
    public required WordSet StopWords { get; init; }

    /// <summary>Languages with text data (those having any of the files).</summary>
    public static IReadOnlyCollection<string> Supported { get; } =
        FileNames.SelectMany(LanguageResources.Languages).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static TextLanguageData For(string? lang) => Cache.GetOrAdd(Canonical(lang), Build);

    /// <summary>"it-IT" → "it"; unknown or missing → "und".</summary>
    public static string Canonical(string? lang)
    {
        if (string.IsNullOrEmpty(lang)) return "und";
        int cut = lang.AsSpan().IndexOfAny('-', '_');
        var code = (cut >= 0 ? lang[..cut] : lang).ToLowerInvariant();
        return Supported.Contains(code) ? code : "und";
    }

    private static TextLanguageData Build(string lang)
    {
        var langs = lang == "und" ? Supported : [lang];
        IEnumerable<string> All(string name) => langs.SelectMany(l => LanguageResources.Lines(l, name));
        var suffixes = All("number_suffixes").ToList();
        return new TextLanguageData
        {
            Language = lang,
            Abbreviations = new AbbreviationTable(All("abbreviations")),
            ApostropheForms = new WordSet(All("apostrophe_forms").Select(e => e.TrimEnd('\'', '\u2019', '\u02BC'))),
            Clitics = All("clitics").Select(SplitClitic).Distinct().ToArray(),
            NumberSuffixes = new WordSet(suffixes.Where(s => s != ".")),
            // A layout convention of specific languages, not a word list: the union does not inherit it.
            DottedOrdinals = lang != "und" && suffixes.Contains("."),
            StopWords = new WordSet(All("stopwords")),
        };
    }

    private static (string, string) SplitClitic(string entry)
    {
        int a = entry.IndexOfAny(['\'', '\u2019', '\u02BC']);
        return a < 0 ? ("", entry) : (entry[..a], entry[(a + 1)..]);
    }
}
