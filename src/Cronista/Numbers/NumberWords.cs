using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Numbers;

/// <summary>A number read from a token sequence: its value, how many tokens it spans, whether it is hedged by its own
/// words ("migliaia", "una decina") and how it was read: <c>digits</c>, <c>digits+scale</c> ("1,5 milioni", "15mila"),
/// <c>words</c> ("quindicimila"), <c>vague</c> (an order of magnitude: "migliaia di", "thousands of"). <c>EndsWithScale</c>:
/// the last word is a scale, so a partitive ("di", "de", "of") may come before the unit ("2 miliardi di dollari").</summary>
public readonly record struct NumberMatch(double Value, int TokenCount, bool Approx, string Rule, bool EndsWithScale = false);

/// <summary>
/// Reads numbers in one language: digits with the language's separators, cardinal number words (compounds such as
/// "quindicimila", "veintitrés", "twenty-three", multi-word "tre milioni", "un millón y medio"), scale words after digits
/// ("1.5 million", "2 mld") and ordinals ("terzo", "tercero", "twenty-third", "73°", "73rd").
/// <para>All language knowledge comes from <c>Resources/Languages/&lt;lang&gt;/numbers_words.txt</c>, <c>numbers_ordinals.txt</c>
/// and <c>numbers_context.txt</c>. A word is split into morphemes with a character trie (longest match first, with
/// backtracking) and the morphemes are combined the usual way: units and tens add, "hundred" multiplies what precedes,
/// a scale multiplies its group. Immutable after construction, so thread-safe; parsing allocates nothing.</para>
/// </summary>
public sealed class NumberWords
{
    private static readonly ConcurrentDictionary<string, NumberWords> Cache = new(StringComparer.Ordinal);

    private readonly Morpheme[] _morphemes;
    private readonly Trie _trie = new();
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64];
    private readonly bool[] _singles = new bool[128];
    private readonly string[] _ordinalSuffixes;
    private readonly WordSet _digitOrdinalSuffixes;
    private readonly string[] _and, _of;

    /// <summary>Language code this instance reads.</summary>
    public string Language { get; }
    /// <summary>Decimal separator of the language ('.' in English, ',' in Italian, Spanish, French).</summary>
    public char DecimalSeparator { get; }
    /// <summary>Digit-group separator ("15.000", "15,000").</summary>
    public char GroupSeparator { get; }
    /// <summary>Whether "15 000" (groups separated by a space) is one number.</summary>
    public bool GroupsWithSpace { get; }

    /// <summary>Shared reader for a language (ISO 639-1); languages without data read digits only, English-style.</summary>
    public static NumberWords For(string lang) =>
        Cache.TryGetValue(lang ?? "und", out var cached) ? cached : Cache.GetOrAdd((lang ?? "und").Trim().ToLowerInvariant(), static l => new NumberWords(l));

    private NumberWords(string lang)
    {
        Language = lang;
        var morphemes = new List<Morpheme>();
        foreach (var line in LanguageResources.Lines(lang, "numbers_words"))
            AddEntry(line, ordinal: false, morphemes);
        var suffixes = new List<string>();
        var digitSuffixes = new List<string>();
        foreach (var line in LanguageResources.Lines(lang, "numbers_ordinals"))
        {
            if (line[0] is '-' or '+')
            {
                foreach (var alt in line.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    (alt[0] == '-' ? suffixes : digitSuffixes).Add(alt[0] == '-' ? Folding.Fold(alt[1..]) : alt[1..]);
                continue;
            }
            AddEntry(line, ordinal: true, morphemes);
        }
        _morphemes = morphemes.ToArray();
        _ordinalSuffixes = suffixes.ToArray();
        _digitOrdinalSuffixes = new WordSet(digitSuffixes);

        char dec = '.', group = ',';
        bool space = false;
        var and = new List<string>();
        var of = new List<string>();
        foreach (var line in LanguageResources.Lines(lang, "numbers_context"))
        {
            int sp = line.IndexOf(' ');
            if (sp < 0) continue;
            var key = line[..sp];
            var value = line[(sp + 1)..].Trim();
            switch (key)
            {
                case "decimal": dec = value[0]; break;
                case "group" when value == "space": space = true; break;
                case "group": group = value[0]; break;
                case "and": and.Add(Folding.Fold(value)); break;
                case "of": of.Add(Folding.Fold(value)); break;
            }
        }
        DecimalSeparator = dec;
        GroupSeparator = group;
        GroupsWithSpace = space;
        _and = and.ToArray();
        _of = of.ToArray();

        void AddEntry(string line, bool ordinal, List<Morpheme> list)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                throw new FormatException($"numbers data ({lang}): bad line '{line}'");
            var kind = MorphemeKind.Add;
            var flags = ordinal ? MorphemeFlags.Ordinal : MorphemeFlags.None;
            foreach (var f in parts.AsSpan(2))
            {
                switch (f)
                {
                    case "hundred": kind = MorphemeKind.Hundred; break;
                    case "scale": kind = MorphemeKind.Scale; break;
                    case "half": kind = MorphemeKind.Half; break;
                    case "vague": kind = MorphemeKind.Scale; flags |= MorphemeFlags.Vague; break;
                    case "approx": kind = MorphemeKind.Scale; flags |= MorphemeFlags.Approx; break;
                    case "article": flags |= MorphemeFlags.Article; break;
                    case "prefix": flags |= MorphemeFlags.Prefix; break;
                    case "abbr": flags |= MorphemeFlags.Abbr; break;
                    case "ambiguous": flags |= MorphemeFlags.Ambiguous; break;
                    default: throw new FormatException($"numbers data ({lang}): unknown flag '{f}' in '{line}'");
                }
            }
            int id = list.Count;
            list.Add(new Morpheme(value, kind, flags));
            foreach (var form in parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = Folding.Fold(form).Replace("-", "");
                _trie.Add(folded, id);
                if (folded.Length == 1 && folded[0] < 128) _singles[folded[0]] = true;
                else if (folded.Length > 1 && folded[0] < 128 && folded[1] < 128)
                {
                    int pair = folded[0] << 7 | folded[1];
                    _pairs[pair >> 6] |= 1UL << (pair & 63);
                }
            }
        }
    }

    // ---------------------------------------------------------------- digits

    /// <summary>
    /// Digits with the language's separators: both separators present → the last one is the decimal point ("1.234,56",
    /// "1,234.56"); one separator repeated → digit groups ("1.000.000"); a single group separator followed by exactly
    /// three digits → a group ("15.000" in Italian, "15,000" in English); otherwise a decimal point ("1,5"; "1.500" in
    /// English = 1.5). A leading sign is accepted. Plain digits ("2024") are integers.
    /// </summary>
    public bool TryParseDigits(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        bool negative = false;
        if (s.Length > 0 && s[0] is '-' or '+' or '\u2212') { negative = s[0] != '+'; s = s[1..]; }
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.') { dots++; lastDot = i; }
            else if (c == ',') { commas++; lastComma = i; }
            else if (!char.IsAsciiDigit(c)) return false;
        }
        int dec; // index of the decimal point, -1 if none
        char groupSep;
        if (dots > 0 && commas > 0)
        {
            dec = Math.Max(lastDot, lastComma);
            groupSep = s[dec] == '.' ? ',' : '.';
            if ((s[dec] == '.' ? dots : commas) > 1) return false;
        }
        else if (dots + commas == 0) { dec = -1; groupSep = '\0'; }
        else
        {
            char sep = dots > 0 ? '.' : ',';
            int last = dots > 0 ? lastDot : lastComma;
            if (dots + commas > 1) { dec = -1; groupSep = sep; }
            else if (sep == GroupSeparator && s.Length - last - 1 == 3 && last <= 3 && s[0] != '0') { dec = -1; groupSep = sep; }
            else { dec = last; groupSep = '\0'; }
        }
        var integer = dec < 0 ? s : s[..dec];
        if (groupSep != '\0' && !ValidGroups(integer, groupSep)) return false;
        double v = 0;
        foreach (char c in integer) if (c != groupSep) v = v * 10 + (c - '0');
        if (dec >= 0)
        {
            double scale = 0.1;
            foreach (char c in s[(dec + 1)..]) { v += (c - '0') * scale; scale /= 10; }
            v = Math.Round(v, s.Length - dec - 1);
        }
        value = negative ? -v : v;
        return true;
    }

    /// <summary>1–3 leading digits, then groups of exactly three digits after each separator.</summary>
    private static bool ValidGroups(ReadOnlySpan<char> s, char sep)
    {
        int first = s.IndexOf(sep);
        if (first < 0) return true;
        if (first is 0 or > 3) return false;
        for (int i = first; i < s.Length; i += 4)
        {
            if (s[i] != sep || i + 3 >= s.Length) return false;
            for (int k = 1; k <= 3; k++) if (!char.IsAsciiDigit(s[i + k])) return false;
        }
        return true;
    }

    /// <summary>A Number token's value: digits, optionally followed by a scale word glued on ("15mila", "5bn");
    /// false for ordinals ("18th"), decades ("1990s") and other suffixes.</summary>
    public bool TryParseNumberToken(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        int end = DigitPartEnd(token);
        if (end == 0 || !TryParseDigits(token[..end], out double v)) return false;
        if (end == token.Length) { value = v; return true; }
        var suffix = token[end..];
        Span<int> ids = stackalloc int[MaxMorphemes];
        if (Segment(suffix, 0, ids, 0) != 1) return false;
        ref readonly var m = ref _morphemes[ids[0]];
        if (m.Kind != MorphemeKind.Scale || (m.Flags & (MorphemeFlags.Ordinal | MorphemeFlags.Vague | MorphemeFlags.Approx)) != 0) return false;
        value = v * m.Value;
        return true;
    }

    /// <summary>Length of the leading sign + digits + separators of a token (0 when it does not start with a digit).</summary>
    internal static int DigitPartEnd(ReadOnlySpan<char> s)
    {
        int i = s.Length > 1 && s[0] is '-' or '+' or '\u2212' ? 1 : 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))) i++;
        return i;
    }

    // ---------------------------------------------------------------- words

    /// <summary>One word (or a number token) as a cardinal: "quindicimila" = 15000, "ventitré" = 23, "twenty-three" = 23,
    /// "15.000" = 15000. Articles ("un") and "half" alone are not numbers.</summary>
    public bool TryParseWord(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (word.IsEmpty) return false;
        if (char.IsAsciiDigit(word[0]) || word.Length > 1 && word[0] is '-' or '+') return TryParseNumberToken(word, out value);
        var acc = new Accumulator();
        if (!ApplyWord(ref acc, word) || !acc.Complete) return false;
        value = acc.Value;
        return true;
    }

    /// <summary>A whole phrase as one cardinal ("tre milioni", "un millón y medio", "two hundred and fifty", "1.5 million").
    /// Tokenizes the phrase (allocates): for running text use <see cref="TryParse(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, out NumberMatch)"/>.</summary>
    public bool TryParse(string phrase, out double value)
    {
        value = 0;
        var tokens = new List<Token>();
        Tokenizer.For(Language).Tokenize(phrase, tokens);
        if (tokens.Count == 0 || !TryParse(phrase, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, out var m)
            || m.TokenCount != tokens.Count) return false;
        value = m.Value;
        return true;
    }

    /// <summary>
    /// The longest number starting at token <paramref name="index"/> of <paramref name="text"/>: digits (and "15 000" where the
    /// language groups with spaces), number words joined by the language's "and" ("treinta y tres"), scale words after them
    /// ("1,5 milioni", "tre milioni duecentomila", "mil millones"), a final half ("un milione e mezzo"), vague plurals
    /// ("migliaia", "centinaia di migliaia"). A lone article ("un", "a"), a lone half and a lone ambiguous word followed by
    /// a stop word ("sei stato") are not numbers.
    /// </summary>
    public bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        var acc = new Accumulator();
        var best = acc;
        int bestEnd = -1; // last token index of the best complete reading
        int i = index;
        var first = tokens[i];
        var firstText = text.Slice(first.Start, first.Length);
        if (first.Kind == TokenKind.Number)
        {
            if (!TryParseNumberToken(firstText, out double v)) return false;
            // "15 000": a space-grouped continuation (groups of exactly three digits, one space apart).
            if (GroupsWithSpace && DigitPartEnd(firstText) == firstText.Length && firstText.Length <= 3 && char.IsAsciiDigit(firstText[0]))
            {
                while (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Length == 3
                       && tokens[i + 1].Start == tokens[i].Start + tokens[i].Length + 1 && text[tokens[i].End] == ' '
                       && IsAsciiDigits(text.Slice(tokens[i + 1].Start, 3)))
                {
                    v = v * 1000 + double.Parse(text.Slice(tokens[i + 1].Start, 3), CultureInfo.InvariantCulture);
                    i++;
                }
            }
            acc.Digits(v, scaled: DigitPartEnd(firstText) < firstText.Length);
        }
        else if (first.Kind != TokenKind.Word || !ApplyWord(ref acc, firstText)) return false;
        if (acc.Complete) { best = acc; bestEnd = i; }
        // Continue over further number words, "and" / "of" connectors.
        while (++i < tokens.Length && tokens[i].Kind == TokenKind.Word)
        {
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            bool and = IsAny(w, _and), of = !and && IsAny(w, _of);
            if (and || of)
            {
                if (i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word) break;
                var after = text.Slice(tokens[i + 1].Start, tokens[i + 1].Length);
                // "of" only joins two scales ("centinaia di migliaia"); "and" follows hundreds, scales and tens
                // ("two hundred and fifty", "mille e cinquecento", "treinta y tres") or precedes a half ("due e mezzo").
                if (of ? !(acc.EndsWithScale && IsSingle(after, MorphemeKind.Scale))
                       : !(acc.HasMultiplier || acc.LastAdd >= 20 || IsSingle(after, MorphemeKind.Half))) break;
                continue;
            }
            var next = acc;
            if (!MayStartNumberWord(w) || !ApplyWord(ref next, w)) break;
            acc = next;
            if (acc.Complete) { best = acc; bestEnd = i; }
        }
        if (bestEnd < 0) return false;
        // A lone ambiguous word ("sei" = six / you are) counts only before a content word.
        if (best.Morphemes == 1 && best.Ambiguous)
        {
            int n = bestEnd + 1;
            if (n >= tokens.Length || tokens[n].Kind != TokenKind.Word
                || StopWords.For(Language).Contains(text.Slice(tokens[n].Start, tokens[n].Length))) return false;
        }
        match = new NumberMatch(best.Value, bestEnd - index + 1, best.Approx, best.Rule, best.EndsWithScale);
        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private bool IsSingle(ReadOnlySpan<char> word, MorphemeKind kind)
    {
        Span<int> ids = stackalloc int[MaxMorphemes];
        return Segment(word, 0, ids, 0) == 1 && _morphemes[ids[0]].Kind == kind;
    }

    /// <summary>Whether <paramref name="word"/> (accent-folded, case-insensitive) equals one of the folded forms.</summary>
    internal static bool IsAny(ReadOnlySpan<char> word, string[] folded)
    {
        foreach (var f in folded) if (FoldEquals(word, f)) return true;
        return false;
    }

    internal static bool FoldEquals(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length) return false;
        for (int i = 0; i < word.Length; i++) if (Folding.Fold(word[i]) != folded[i]) return false;
        return true;
    }

    /// <summary>Whether the word alone is an ambiguous number word ("sei": six / you are).</summary>
    public bool IsAmbiguous(ReadOnlySpan<char> word)
    {
        Span<int> ids = stackalloc int[MaxMorphemes];
        return Segment(word, 0, ids, 0) == 1 && (_morphemes[ids[0]].Flags & MorphemeFlags.Ambiguous) != 0;
    }

    /// <summary>Whether the word is made only of number morphemes (a quick test for the tagger; no evaluation).</summary>
    public bool IsNumberWord(ReadOnlySpan<char> word) => MayStartNumberWord(word) && StartsWithMorpheme(word) && Segments(word);

    /// <summary>A cheap filter on the first two folded characters (a bit table of the pairs that begin a morpheme):
    /// false means the word is certainly not a number word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartNumberWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        char a = Folding.Fold(word[0]);
        if (a >= 128) return true;
        if (word.Length == 1) return _singles[a];
        char b = Folding.Fold(word[1]);
        if (b >= 128) return true;
        int pair = a << 7 | b;
        return (_pairs[pair >> 6] >> (pair & 63) & 1) != 0;
    }

    /// <summary>Quick rejection: almost every word leaves the trie before completing a first morpheme.</summary>
    private bool StartsWithMorpheme(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        int node = _trie.RootChild(Folding.Fold(word[0]));
        for (int i = 1; node >= 0; i++)
        {
            if (_trie.Value(node) >= 0) return true;
            if (i == word.Length) return false;
            node = _trie.Child(node, Folding.Fold(word[i]));
        }
        return false;
    }

    [SkipLocalsInit]
    private bool Segments(ReadOnlySpan<char> word)
    {
        Span<int> ids = stackalloc int[MaxMorphemes];
        return Segment(word, 0, ids, 0) > 0;
    }

    /// <summary>Applies the morphemes of one word to the accumulator; false if the word is not (or cannot continue) a cardinal.</summary>
    private bool ApplyWord(ref Accumulator acc, ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.') word = word[..^1]; // "mld."
        Span<int> ids = stackalloc int[MaxMorphemes];
        int n = Segment(word, 0, ids, 0);
        if (n <= 0) return false;
        for (int k = 0; k < n; k++)
        {
            ref readonly var m = ref _morphemes[ids[k]];
            if ((m.Flags & MorphemeFlags.Ordinal) != 0) return false;
            if ((m.Flags & MorphemeFlags.Prefix) != 0 && k == n - 1) return false;
            if (!acc.Apply(m, compoundStart: k == 0)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- ordinals

    /// <summary>An ordinal word or numeral: "terzo", "tercera", "third", "twenty-third", "ventitreesimo", "73°", "73rd", "1.º".</summary>
    public bool TryParseOrdinal(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.IsEmpty) return false;
        if (char.IsAsciiDigit(word[0]))
        {
            int d = 0;
            while (d < word.Length && char.IsAsciiDigit(word[d])) d++;
            var suffix = word[d..];
            if (suffix.Length > 1 && suffix[0] == '.') suffix = suffix[1..]; // "1.º"
            if (suffix.IsEmpty || !_digitOrdinalSuffixes.Contains(suffix) || d > 9) return false;
            value = int.Parse(word[..d], CultureInfo.InvariantCulture);
            return true;
        }
        Span<int> ids = stackalloc int[MaxMorphemes];
        int n = Segment(word, 0, ids, 0);
        if (n > 0 && (_morphemes[ids[n - 1]].Flags & MorphemeFlags.Ordinal) != 0)
        {
            var acc = new Accumulator();
            bool ok = true;
            for (int k = 0; k < n && ok; k++)
            {
                var m = _morphemes[ids[k]];
                if (k > 0 && (_morphemes[ids[k - 1]].Flags & MorphemeFlags.Ordinal) != 0 && (m.Flags & MorphemeFlags.Ordinal) == 0) ok = false;
                else ok = acc.Apply(m with { Flags = m.Flags & ~MorphemeFlags.Article }, compoundStart: k == 0);
            }
            if (ok && acc.Value >= 1 && acc.Value == Math.Floor(acc.Value)) { value = (int)acc.Value; return true; }
        }
        // Suffixed ordinals: the cardinal stem lost its final vowel ("undic-esimo", "onz-ième") or kept it ("four-th").
        Span<char> stem = stackalloc char[Math.Min(word.Length + 1, 64)];
        foreach (var suffix in _ordinalSuffixes)
        {
            if (word.Length <= suffix.Length + 1 || word.Length >= stem.Length) continue;
            var tail = word[^suffix.Length..];
            if (!FoldEquals(tail, suffix)) continue;
            var head = word[..^suffix.Length];
            head.CopyTo(stem);
            if (TryParseWord(head, out double v) || TryVowel(stem, head.Length, out v))
            {
                if (v >= 1 && v == Math.Floor(v)) { value = (int)v; return true; }
            }
        }
        return false;

        bool TryVowel(Span<char> buffer, int length, out double v)
        {
            foreach (char vowel in "aeio")
            {
                buffer[length] = vowel;
                if (TryParseWord(buffer[..(length + 1)], out v)) return true;
            }
            v = 0;
            return false;
        }
    }

    // ---------------------------------------------------------------- morphemes

    private const int MaxMorphemes = 12;

    /// <summary>Splits <paramref name="word"/>[pos..] into morphemes (longest first, backtracking); hyphens between them are
    /// skipped. Returns the morpheme count, or -1.</summary>
    [SkipLocalsInit]
    private int Segment(ReadOnlySpan<char> word, int pos, Span<int> ids, int depth)
    {
        if (pos == word.Length) return depth;
        if (depth == ids.Length) return -1;
        Span<int> ends = stackalloc int[8];
        Span<int> found = stackalloc int[8];
        int n = 0, node = 0;
        for (int p = pos; p < word.Length; p++)
        {
            char c = Folding.Fold(word[p]);
            if (c is '-' or '\u2010' or '\u2011') { if (p == pos && depth == 0) return -1; continue; }
            node = _trie.Child(node, c);
            if (node < 0) break;
            int m = _trie.Value(node);
            if (m >= 0 && n < ends.Length) { ends[n] = p + 1; found[n] = m; n++; }
        }
        for (int k = n - 1; k >= 0; k--)
        {
            ids[depth] = found[k];
            int r = Segment(word, ends[k], ids, depth + 1);
            if (r >= 0) return r;
        }
        return -1;
    }

    private enum MorphemeKind : byte { Add, Hundred, Scale, Half }

    [Flags]
    private enum MorphemeFlags : byte { None = 0, Article = 1, Prefix = 2, Abbr = 4, Ambiguous = 8, Vague = 16, Approx = 32, Ordinal = 64 }

    private readonly record struct Morpheme(double Value, MorphemeKind Kind, MorphemeFlags Flags);

    /// <summary>Running value of a cardinal being read: <c>Total</c> holds completed scale groups, <c>Current</c> the open group.</summary>
    private struct Accumulator
    {
        public double Total, Current, LastAdd, LastScale;
        public int Morphemes, Real;
        public bool Approx, Ambiguous, StartsWithArticle, StartsWithHalf, HasMultiplier, FromDigits, Vague, LastWasHalf, EndsWithScale;

        public readonly double Value => Total + Current;

        /// <summary>Whether what was read so far is a number by itself.</summary>
        public readonly bool Complete => (Real > 0 || FromDigits) && !((StartsWithArticle || StartsWithHalf) && !HasMultiplier);

        public readonly string Rule => Vague ? "vague" : FromDigits ? (HasMultiplier ? "digits+scale" : "digits") : "words";

        public void Digits(double v, bool scaled)
        {
            Current = v;
            LastAdd = -1; // no number words add to digits
            FromDigits = true;
            HasMultiplier = EndsWithScale = scaled;
            Morphemes = 1;
        }

        public bool Apply(in Morpheme m, bool compoundStart)
        {
            bool first = Morphemes == 0;
            if ((m.Flags & MorphemeFlags.Abbr) != 0 && !FromDigits) return false;
            switch (m.Kind)
            {
                case MorphemeKind.Add:
                    if ((m.Flags & MorphemeFlags.Article) != 0 && first)
                    {
                        StartsWithArticle = true;
                        Current = 1;
                        LastAdd = 1;
                        break;
                    }
                    if ((m.Flags & MorphemeFlags.Article) != 0 && LastWasHalf && compoundStart) break; // "half a million"
                    if (LastAdd < 0 || LastAdd > 0 && !Fits(LastAdd, m.Value)) return false;
                    Current += m.Value;
                    LastAdd = m.Value;
                    Real++;
                    break;
                case MorphemeKind.Hundred:
                    if (Current >= 100 || LastAdd < 0) return false;
                    Current = (Current == 0 ? 1 : Current) * m.Value;
                    LastAdd = Current;
                    HasMultiplier = true;
                    Real++;
                    break;
                case MorphemeKind.Scale:
                    double s = m.Value;
                    if ((m.Flags & (MorphemeFlags.Vague | MorphemeFlags.Approx)) != 0)
                    {
                        Approx = true;
                        Vague |= first || StartsWithArticle && Morphemes == 1; // "migliaia", "un migliaio"
                    }
                    if (Current == 0 && Total == 0) Current = 1;
                    if (Current >= s && !FromDigits) return false;
                    if (Total > 0 && Total < s) Total = (Total + Current) * s;
                    else if (LastScale > 0 && s >= LastScale) return false;
                    else Total += Current * s;
                    Current = 0;
                    LastAdd = FromDigits ? -1 : 0; // "2 milioni" takes no number words after it
                    LastScale = s;
                    HasMultiplier = true;
                    Real++;
                    break;
                case MorphemeKind.Half:
                    if (first) { StartsWithHalf = true; Current = 0.5; }
                    else if (LastWasHalf) return false;
                    else if (LastScale > 0 && Current == 0) Total += 0.5 * LastScale;
                    else if (Current > 0 && Current == Math.Floor(Current)) Current += 0.5;
                    else return false;
                    if (!first) LastAdd = -1;
                    break;
            }
            if (first && (m.Flags & MorphemeFlags.Ambiguous) != 0) Ambiguous = true;
            LastWasHalf = m.Kind == MorphemeKind.Half;
            EndsWithScale = m.Kind == MorphemeKind.Scale || m.Kind == MorphemeKind.Half && EndsWithScale; // "un milione e mezzo di euro"
            Morphemes++;
            return true;
        }

        /// <summary>Whether <paramref name="v"/> can follow <paramref name="prev"/> additively: a ten then a unit (20+3),
        /// hundreds then tens (200+30), and the vigesimal 60/80 + 10–19 of French ("soixante-douze").</summary>
        private static bool Fits(double prev, double v) =>
            v < prev && (prev >= 100 && prev % 100 == 0 && v < 100
                         || prev >= 10 && prev % 10 == 0 && v < 10
                         || prev is 60 or 80 && v < 20);
    }

    /// <summary>A character trie over folded forms; node 0 is the root. Children are sibling lists (a node has few), except
    /// the root's, which a table indexed by ASCII character finds at once: most words fail on their first letters.</summary>
    private sealed class Trie
    {
        private char[] _key = ['\0'];
        private int[] _firstChild = [-1];
        private int[] _sibling = [-1];
        private int[] _value = [-1];
        private int _count = 1;
        private readonly int[] _root = Enumerable.Repeat(-1, 128).ToArray();

        public void Add(string form, int value)
        {
            int node = 0;
            foreach (char c in form)
            {
                int child = Child(node, c);
                if (child < 0)
                {
                    if (_count == _key.Length)
                    {
                        int size = _count * 2;
                        Array.Resize(ref _key, size);
                        Array.Resize(ref _firstChild, size);
                        Array.Resize(ref _sibling, size);
                        Array.Resize(ref _value, size);
                    }
                    child = _count++;
                    _key[child] = c;
                    _firstChild[child] = -1;
                    _sibling[child] = _firstChild[node];
                    _value[child] = -1;
                    _firstChild[node] = child;
                    if (node == 0 && c < 128) _root[c] = child;
                }
                node = child;
            }
            if (_value[node] < 0) _value[node] = value; // the first entry wins for duplicate forms
        }

        public int RootChild(char c) => c < 128 ? _root[c] : Child(0, c);

        public int Child(int node, char c)
        {
            if (node == 0 && c < 128) return _root[c];
            var key = _key;
            var sibling = _sibling;
            for (int k = _firstChild[node]; (uint)k < (uint)key.Length; k = sibling[k])
                if (key[k] == c) return k;
            return -1;
        }

        public int Value(int node) => _value[node];
    }
}
