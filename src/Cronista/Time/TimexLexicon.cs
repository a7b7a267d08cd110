using System.Collections.Concurrent;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Time;

/// <summary>Word classes of the temporal lexicon (see Resources/Languages/en/timex_lexicon.txt for their meaning).</summary>
internal enum TTag : byte
{
    Month, Weekday, Unit, Units, Num, Ord, Rel, Ago, Before, Deic, Ref, Season, Part, Tod, Holiday,
    Every, Set, Art, Approx, Few, From, To, And, Of, Ctx, Ambig, Fut, Past, Pm, Mod, Skip, Dem, Ending, Zone, Dur, Poss, Noun, Since, Street, Ahead, Clause,
}

/// <summary>The day a weekday with no tense cue stands for (@settings WEEKDAY:…).</summary>
internal enum BareWeekdayRule : byte
{
    /// <summary>The last one (WEEKDAY:past, the default: English news writes "said Tuesday" for the day just gone).</summary>
    Last,
    /// <summary>The day of the anchor's week ("che inizia martedì", WEEKDAY:week).</summary>
    Week,
    /// <summary>The nearest one, before or after (WEEKDAY:nearest; the last one on a tie): "los disturbios del domingo" in
    /// Monday's paper are yesterday's, "el jueves" in Tuesday's the coming one.</summary>
    Nearest,
}

/// <summary>One reading of a lexicon phrase: a tag with an integer argument and/or a text argument.</summary>
internal readonly record struct TEntry(TTag Tag, int Arg, string? Text);

/// <summary>
/// The per-language temporal lexicon (timex_lexicon.txt): a token trie of folded phrases → readings, plus the numeric
/// date order and the future-tense cues. Immutable after loading; shared by all threads.
/// </summary>
internal sealed class TimexLexicon
{
    private static readonly ConcurrentDictionary<string, TimexLexicon?> Cache = new(StringComparer.Ordinal);

    internal sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildLookup;
        public TEntry[]? Entries;
        /// <summary>Bit (folded first letter &amp; 63) of every child word: most next tokens are rejected without folding.</summary>
        public ulong ChildFirst;
    }

    private readonly Node _root = new();
    // Bit set over (first two letters, last letter, length) of every phrase's first word: most words of a text are rejected
    // by one bit test before being folded and hashed.
    private readonly ulong[] _firstWordFilter = new ulong[1 << 10];
    // First two letters of the words that can open a hyphenated compound ("two-year", "mid-1990", "third-quarter").
    private readonly ulong[] _compoundFilter = new ulong[1 << 10];
    // The root level as an open-addressing table keyed by an FNV-1a hash computed while folding (one pass per token).
    private (uint Hash, string Key, Node Node)[] _rootTable = [];
    public string Language { get; }
    /// <summary>True when numeric dates are month/day/year (English), else day/month/year.</summary>
    public bool MonthFirst { get; private set; }
    public string[] FutureSuffixes { get; private set; } = [];
    /// <summary>Which day a weekday with no tense cue is (<see cref="BareWeekdayRule"/>).</summary>
    public BareWeekdayRule BareWeekday { get; private set; }

    /// <summary>Months are written in lower case ("MONTHS:lower": it, es, fr): one with a capital inside a sentence, before
    /// another capitalised word, is a name ("el dirigente Julio Rosas").</summary>
    public bool LowerCaseMonths { get; private set; }
    /// <summary>A year follows the noun it qualifies ("YEARS:after": it, es, fr — "las elecciones de 2000"), never precedes it, so
    /// a four-digit number right before a lower-case plural noun (<see cref="PluralSuffixes"/>) counts it ("2000 manifestants ont
    /// réclamé"), unless an article, a preposition of place or time, a name or a year and "and" stands before the number ("en
    /// 2000", "del 2000", "la Marcia della Pace 2011", "entre 2006 y 2010").</summary>
    public bool YearsAfterNoun { get; private set; }
    /// <summary>Clock times are written with a period ("21.30", CLOCK:dot): a bare H.MM counts before a zone or hour word
    /// and alone in parentheses ("( 21.30 , TV-3 )"), where it cannot be a decimal.</summary>
    public bool DotClock { get; private set; }
    /// <summary>Clock times are written with an "h" ("21h30", "21h", "21 h 30", CLOCK:h): such a token or token triple is a
    /// clock time when the hour is at most 24 (the forms without minutes not after a preposition of duration).</summary>
    public bool HClock { get; private set; }
    public WordSet NotFuture { get; private set; } = WordSet.Empty;
    /// <summary>Future forms too short for <see cref="FutureSuffixes"/> (@future_words: "será", "sarà", "sera"), lower case only.</summary>
    public WordSet FutureWords { get; private set; } = WordSet.Empty;
    public string[] PastSuffixes { get; private set; } = [];
    /// <summary>Endings of plural nouns ("@plural_suffixes"): what a count before them counts (<see cref="YearsAfterNoun"/>).</summary>
    public string[] PluralSuffixes { get; private set; } = [];
    public WordSet NotPast { get; private set; } = WordSet.Empty;
    /// <summary>Auxiliaries of compound tenses (@auxiliaries): a direction word right after one is a participle, not a modifier
    /// ("tras haber pasado varios días").</summary>
    public WordSet Auxiliaries { get; private set; } = WordSet.Empty;
    /// <summary>Participle endings (@past_participles) that make a word a past-tense cue right after one of the
    /// @past_auxiliaries: Italian's compound past with "essere" ("è arrivato", "sono giunti"), which no single word marks.</summary>
    public string[] PastParticiples { get; private set; } = [];
    public WordSet PastAuxiliaries { get; private set; } = WordSet.Empty;
    /// <summary>Words (subjunctives, infinitives of "to be") after which a participle right before a date says no tense (@participle_blockers).</summary>
    public WordSet ParticipleBlockers { get; private set; } = WordSet.Empty;
    /// <summary>Words right before an hour that make it a clock time (@clock_before): "alle 18.07", "a las 22 horas", "à 22
    /// heures" — without one, "22 heures" is a duration.</summary>
    public WordSet ClockBefore { get; private set; } = WordSet.Empty;

    private TimexLexicon(string lang) => Language = lang;

    /// <summary>The lexicon of a language, or null when the language has no timex_lexicon.txt.</summary>
    public static TimexLexicon? For(string lang) => Cache.GetOrAdd(lang, static l =>
    {
        var lines = LanguageResources.Lines(l, "timex_lexicon");
        return lines.Count == 0 ? null : Load(l, lines);
    });

    public static IEnumerable<string> Languages => LanguageResources.Languages("timex_lexicon");

    private static TimexLexicon Load(string lang, IReadOnlyList<string> lines)
    {
        var lex = new TimexLexicon(lang);
        var raw = new Dictionary<string, List<TEntry>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) throw new FormatException($"timex_lexicon ({lang}): no ' = ' in '{line}'");
            var phrase = line[..eq].Trim();
            var tags = line[(eq + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (phrase.StartsWith('@'))
            {
                switch (phrase)
                {
                    case "@settings":
                        lex.MonthFirst = tags.Contains("ORDER:mdy");
                        lex.BareWeekday = tags.Contains("WEEKDAY:nearest") ? BareWeekdayRule.Nearest
                                        : tags.Contains("WEEKDAY:week") ? BareWeekdayRule.Week : BareWeekdayRule.Last;
                        lex.LowerCaseMonths = tags.Contains("MONTHS:lower");
                        lex.YearsAfterNoun = tags.Contains("YEARS:after");
                        lex.DotClock = tags.Contains("CLOCK:dot");
                        lex.HClock = tags.Contains("CLOCK:h");
                        break;
                    case "@future_suffixes": lex.FutureSuffixes = tags; break;
                    case "@not_future": lex.NotFuture = new WordSet(tags); break;
                    case "@future_words": lex.FutureWords = new WordSet(tags); break;
                    case "@past_suffixes": lex.PastSuffixes = tags; break;
                    case "@plural_suffixes": lex.PluralSuffixes = tags; break;
                    case "@not_past": lex.NotPast = new WordSet(tags); break;
                    case "@auxiliaries": lex.Auxiliaries = new WordSet(tags); break;
                    case "@past_participles": lex.PastParticiples = tags; break;
                    case "@past_auxiliaries": lex.PastAuxiliaries = new WordSet(tags); break;
                    case "@participle_blockers": lex.ParticipleBlockers = new WordSet(tags); break;
                    case "@clock_before": lex.ClockBefore = new WordSet(tags); break;
                    default: throw new FormatException($"timex_lexicon ({lang}): unknown setting {phrase}");
                }
                continue;
            }
            var key = Folding.Fold(phrase);
            if (!raw.TryGetValue(key, out var list)) raw[key] = list = new List<TEntry>();
            foreach (var t in tags)
            {
                int colon = t.IndexOf(':');
                var name = colon < 0 ? t : t[..colon];
                var arg = colon < 0 ? null : t[(colon + 1)..];
                if (!Enum.TryParse<TTag>(name, ignoreCase: true, out var tag) || tag.ToString().ToUpperInvariant() != name)
                    throw new FormatException($"timex_lexicon ({lang}): unknown tag {name} in '{line}'");
                int n = arg is not null && int.TryParse(arg, out var v) ? v : 0;
                list.Add(new TEntry(tag, n, arg));
            }
        }
        foreach (var (phrase, entries) in raw)
        {
            var node = lex._root;
            var first = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            lex.AddToFilter(first);
            lex.AddToFilter(first + ".");
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (node.Children is null) { node.Children = new(StringComparer.Ordinal); node.ChildLookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>(); }
                if (!node.Children.TryGetValue(word, out var next)) node.Children[word] = next = new Node();
                node.ChildFirst |= 1UL << (word[0] & 63);
                node = next;
            }
            node.Entries = entries.Distinct().ToArray();
            if (!phrase.Contains(' ') && node.Entries.Any(e => e.Tag is TTag.Num or TTag.Ord or TTag.Part or TTag.Unit or TTag.Units))
            {
                int k = ((Folded(phrase[0]) * 31) + (phrase.Length > 1 ? Folded(phrase[1]) : ' ')) & 0xFFFF;
                lex._compoundFilter[k >> 6] |= 1UL << (k & 63);
            }
        }
        var root = lex._root.Children ?? new Dictionary<string, Node>();
        int size = 16;
        while (size < root.Count * 4) size <<= 1;
        lex._rootTable = new (uint, string, Node)[size];
        foreach (var (key, n) in root)
        {
            uint h = Fnv(key);
            int slot = (int)(h & (uint)(size - 1));
            while (lex._rootTable[slot].Key is not null) slot = (slot + 1) & (size - 1);
            lex._rootTable[slot] = (h, key, n);
        }
        return lex;
    }

    private static int FilterKey(char first, char second, char last, int length) =>
        (int)((uint)(Folded(first) * 7919 + Folded(second) * 104729 + Folded(last) * 131 + Math.Min(length, 63)) & ((1 << 16) - 1));

    private static char Folded(char c) => c is '\u2019' or '`' ? '\'' : Folding.Fold(c);

    private void AddToFilter(string word)
    {
        int k = FilterKey(word[0], word.Length > 1 ? word[1] : ' ', word[^1], word.Length);
        _firstWordFilter[k >> 6] |= 1UL << (k & 63);
    }

    /// <summary>False when no lexicon phrase can start with this token (a cheap pre-check; true may still miss).</summary>
    public bool MayStart(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty) return false;
        int k = FilterKey(token[0], token.Length > 1 ? token[1] : ' ', token[^1], token.Length);
        return (_firstWordFilter[k >> 6] & (1UL << (k & 63))) != 0;
    }

    /// <summary>Whether a word starting with <paramref name="c"/> can follow <paramref name="node"/> in a phrase.</summary>
    public static bool MayContinue(Node node, char c) => (node.ChildFirst & (1UL << (Folded(c) & 63))) != 0;

    private static uint Fnv(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h;
    }

    public bool MayStartCompound(ReadOnlySpan<char> token)
    {
        int k = ((Folded(token[0]) * 31) + (token.Length > 1 ? Folded(token[1]) : ' ')) & 0xFFFF;
        return (_compoundFilter[k >> 6] & (1UL << (k & 63))) != 0;
    }

    /// <summary>Folds <paramref name="token"/> into <paramref name="buf"/> (length in <paramref name="folded"/>) and returns its
    /// root node, trying it without a final period too ("Sept."); one pass: folding and hashing together.</summary>
    public Node? StepRoot(ReadOnlySpan<char> token, Span<char> buf, out int folded)
    {
        uint h = 2166136261, before = h;
        for (int i = 0; i < token.Length; i++)
        {
            char c = Folded(token[i]);
            buf[i] = c;
            before = h;
            h = (h ^ c) * 16777619;
        }
        folded = token.Length;
        var n = Probe(h, buf[..token.Length]);
        if (n is null && token.Length > 1 && buf[token.Length - 1] == '.') n = Probe(before, buf[..(token.Length - 1)]);
        return n;
    }

    private Node? Probe(uint h, ReadOnlySpan<char> key)
    {
        var table = _rootTable;
        int mask = table.Length - 1;
        for (int slot = (int)(h & (uint)mask); ; slot = (slot + 1) & mask)
        {
            ref var e = ref table[slot];
            if (e.Key is null) return null;
            if (e.Hash == h && key.SequenceEqual(e.Key)) return e.Node;
        }
    }

    /// <summary>The child of <paramref name="node"/> (root when null) for a folded word, trying it without a final period too.</summary>
    public Node? Step(Node? node, ReadOnlySpan<char> folded)
    {
        node ??= _root;
        if (node.Children is null || folded.IsEmpty) return null;
        if (node.ChildLookup.TryGetValue(folded, out var next)) return next;
        if (folded.Length > 1 && folded[^1] == '.' && node.ChildLookup.TryGetValue(folded[..^1], out next)) return next;
        return null;
    }
}
