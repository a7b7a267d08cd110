using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Numbers;

/// <summary>
/// Finds quantities in tokenized text: digits ("15.000", "1,5 milioni", "15mila", "$2 billion", "3,5%") and number words
/// ("quindicimila", "tre milioni", "migliaia di") with their hedges ("circa", "más de", "about" → <c>Approx</c>) and their
/// unit or head noun ("soldati", "km", "%", "dollari", "$"). The span [Start, End) runs from the hedge or currency sign to
/// the unit when there is one ("circa 15.000 soldati").
/// <para>Not quantities: years in date context ("nel 2019", "ottobre 2024"), day numbers next to a month ("18 e 19 giugno",
/// "12 de junio"), clock times ("10:30", "alle 10"), ordinals ("73°", "18th"), numbers inside names ("G20", "Covid-19" are
/// word tokens), codes with leading zeros and dashed dates ("2024-06-18").</para>
/// <para>Triggers only on Number tokens and on words that are made of number morphemes (a trie walk that fails on the first
/// letters for almost every word); language cues come from <c>numbers_context.txt</c> and <c>numbers_approx.txt</c>.
/// Immutable after construction: thread-safe.</para>
/// </summary>
public sealed class QuantityTagger
{
    private static readonly ConcurrentDictionary<string, QuantityTagger> Cache = new(StringComparer.Ordinal);

    private readonly NumberWords _numbers;
    private readonly WordSet _stop;
    private readonly FoldedSet _months, _yearBefore, _timeBefore, _timeAfter, _skip, _agoAfter, _dayBefore, _decadeBefore, _labelBefore, _clockBefore, _ambiguousNotAfter, _hourWords;
    private readonly string[][] _approxBefore, _approxAfter, _units, _range, _agoBefore, _notHedges;
    private readonly string[] _of;
    private readonly bool _plainYears;

    public string Language { get; }

    public static QuantityTagger For(string lang) =>
        Cache.TryGetValue(lang ?? "und", out var cached) ? cached : Cache.GetOrAdd((lang ?? "und").Trim().ToLowerInvariant(), static l => new QuantityTagger(l));

    private QuantityTagger(string lang)
    {
        Language = lang;
        _numbers = NumberWords.For(lang);
        _stop = StopWords.For(lang);
        var tokenizer = Tokenizer.For(lang);
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in LanguageResources.Lines(lang, "numbers_context").Concat(LanguageResources.Lines(lang, "numbers_approx")))
        {
            int sp = line.IndexOf(' ');
            if (sp < 0) continue;
            var key = line[..sp];
            var value = line[(sp + 1)..].Trim();
            if (!sets.TryGetValue(key, out var list)) sets[key] = list = new List<string>();
            list.Add(Folding.Fold(value));
            if (!phrases.TryGetValue(key, out var plist)) phrases[key] = plist = new List<string[]>();
            plist.Add(Words(value, tokenizer));
        }
        _months = Set("month");
        _yearBefore = Set("year-before");
        _timeBefore = Set("time-before");
        _timeAfter = Set("time-after");
        _skip = Set("skip");
        _agoAfter = Set("ago-after");
        _dayBefore = Set("day-before");
        _decadeBefore = Set("decade-before");
        _labelBefore = Set("label-before");
        _clockBefore = Set("clock-before");
        _hourWords = Set("hour-word");
        _ambiguousNotAfter = Set("ambiguous-not-after");
        _plainYears = sets.TryGetValue("years", out var years) && years.Contains("plain");
        _agoBefore = Phrases("ago-before");
        _of = sets.TryGetValue("of", out var of) ? of.ToArray() : [];
        _approxBefore = Phrases("before");
        _notHedges = Phrases("not-before");
        _approxAfter = Phrases("after");
        _units = Phrases("unit");
        _range = Phrases("range");

        FoldedSet Set(string key) => new(sets.TryGetValue(key, out var l) ? l : []);
        string[][] Phrases(string key) =>
            phrases.TryGetValue(key, out var l) ? l.OrderByDescending(p => p.Length).ToArray() : []; // longest first
    }

    /// <summary>The folded token texts of a phrase, tokenized as running text would be ("all'incirca" → "all'", "incirca").</summary>
    private static string[] Words(string phrase, Tokenizer tokenizer)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(phrase, tokens);
        return tokens.Select(t => Folding.Fold(phrase.Substring(t.Start, t.Length))).ToArray();
    }

    /// <summary>Appends the quantities of <paramref name="text"/> (tokenized into <paramref name="tokens"/>) to <paramref name="output"/>, in text order.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, List<Quantity> output)
    {
        var s = text.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word)
            {
                char c = s[t.Start];
                if (!char.IsAsciiDigit(c) && !_numbers.IsNumberWord(s.Slice(t.Start, t.Length))) continue;
            }
            else if (t.Kind != TokenKind.Number) continue;
            bool found = TryQuantity(text, tokens, i, out var q, out int last);
            if (found) output.Add(q);
            i = last; // past a quantity, or past a number read and rejected ("two thousand" in "the year two thousand")
        }
    }

    /// <summary>Tags a whole document: its tokens must be set; replaces <see cref="Document.Quantities"/>.</summary>
    public void Tag(Document doc)
    {
        doc.Quantities.Clear();
        Tag(doc.Text, CollectionsMarshal.AsSpan(doc.Tokens), doc.Quantities);
    }

    private bool TryQuantity(string text, ReadOnlySpan<Token> tokens, int i, out Quantity quantity, out int last)
    {
        quantity = null!;
        last = i;
        var s = text.AsSpan();
        var t = tokens[i];
        var tt = s.Slice(t.Start, t.Length);
        NumberMatch m;
        string? unit = null;
        int unitEnd = -1; // character end of a unit glued to the number ("10km")
        if (t.Kind == TokenKind.Word && char.IsAsciiDigit(tt[0]))
        {
            // "10km", "5bn": digits with a glued scale or a short lower-case unit; "5G", "4x4", "18-year-old" are not.
            int d = NumberWords.DigitPartEnd(tt);
            if (_numbers.TryParseNumberToken(tt, out double v)) m = new NumberMatch(v, 1, false, "digits+scale", true);
            else if (d > 0 && tt.Length - d <= 3 && char.IsLower(tt[d]) && AllLetters(tt[d..]) && _numbers.TryParseDigits(tt[..d], out v))
            {
                m = new NumberMatch(v, 1, false, "digits");
                unit = tt[d..].ToString();
                unitEnd = t.End;
            }
            else return false;
        }
        else
        {
            if (t.Kind == TokenKind.Number && !PlausibleNumber(s, tokens, i)) return false;
            if (!_numbers.TryParse(s, tokens, i, out m)) return false;
        }
        int e = i + m.TokenCount - 1; // last token of the number
        last = e;
        if (m.TokenCount == 1 && t.Kind == TokenKind.Word && i > 0 && _ambiguousNotAfter.Contains(Text(s, tokens[i - 1])) && _numbers.IsAmbiguous(tt))
            return false; // "ti sei scelto"
        bool plainInt = t.Kind == TokenKind.Number && m.TokenCount == 1 && m.Rule == "digits" && AllDigits(tt);

        int start = t.Start;
        bool approx = m.Approx;
        // Currency sign before ("$2 billion", "€ 3 milioni"), then a hedge before that ("about $2 billion").
        int before = i - 1;
        if (before >= 0 && tokens[before].Kind == TokenKind.Symbol && IsCurrency(s[tokens[before].Start]) && tokens[before].Length == 1)
        {
            unit = s[tokens[before].Start].ToString();
            start = tokens[before].Start;
            before--;
        }
        int hedge = MatchBefore(s, tokens, before, _approxBefore);
        // (A verb's particle is no hedge: "handed over three hostages".)
        if (hedge > 0 && MatchBefore(s, tokens, before, _notHedges) > hedge) hedge = 0;
        if (hedge > 0)
        {
            approx = true;
            start = tokens[before - hedge + 1].Start;
        }

        if (plainInt && hedge == 0 && unit is null && IsDate(s, tokens, i, m.Value, tt.Length)) return false;
        // "art. 18", "statale 189", "flight 17": a label.
        if (t.Kind == TokenKind.Number && hedge == 0 && i > 0 && tokens[i - 1].Kind == TokenKind.Word && _labelBefore.Contains(Text(s, tokens[i - 1]))) return false;
        if (m.Value <= 24 && t.Kind == TokenKind.Number && IsClockTime(s, tokens, i, e)) return false;
        if (m.Rule == "words" && SpokenYear(s, tokens, i, ref last, m.Value)) return false;
        // "hace dos años", "il y a deux ans": a count that dates an event.
        if (MatchBefore(s, tokens, hedge > 0 ? before - hedge : before, _agoBefore) > 0) return false;

        int end = unitEnd >= 0 ? unitEnd : tokens[e].End;
        last = e;
        int j = e + 1;
        int after = MatchAt(s, tokens, j, _approxAfter);
        if (after > 0) { approx = true; last = j + after - 1; end = tokens[last].End; j = last + 1; }
        if (unit is null) // a currency sign before or a unit glued on is the unit ("$2 billion", "10km")
        {
            if (FindUnit(s, tokens, i, j, m.EndsWithScale, out unit, out int unitLast))
            {
                last = unitLast;
                end = tokens[unitLast].End;
                j = unitLast + 1;
                after = MatchAt(s, tokens, j, _approxAfter);
                if (after > 0) { approx = true; last = j + after - 1; end = tokens[last].End; }
            }
            else unit = RangeUnit(s, tokens, j);
        }
        if (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Word && _agoAfter.Contains(Text(s, tokens[last + 1])))
            return false; // "two years ago", "due anni fa"
        // A bare number alone at a line edge is a counter or a list mark in scraped pages, not a count; nor is a bare 0.
        if (unit is null && !approx && t.Kind == TokenKind.Number
            && (m.Value == 0 || LineEdge(s, start, before: true) || LineEdge(s, end, before: false))) return false;
        quantity = new Quantity(start, end, m.Value, approx, unit, m.Rule);
        return true;
    }

    /// <summary>Rules out number tokens that are not counts: times and dates with ':' or '/', codes with a leading zero,
    /// ordinals ("18th", "73°"), dashed dates ("2024-06-18").</summary>
    private bool PlausibleNumber(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        var tt = s.Slice(t.Start, t.Length);
        if (tt.ContainsAny(':', '/')) return false;
        int d = tt.Length > 0 && tt[0] is '-' or '+' or '\u2212' ? 1 : 0;
        if (tt.Length > d + 1 && tt[d] == '0' && char.IsAsciiDigit(tt[d + 1])) return false;
        if (_numbers.TryParseOrdinal(tt, out _)) return false;
        // "21.30" where '.' groups thousands (it, es): a clock time, not 21.3.
        if (_numbers.GroupSeparator == '.' && tt.Length is 4 or 5 && tt[^3] == '.' && AllDigits(tt[..^3]) && AllDigits(tt[^2..])
            && int.Parse(tt[..^3]) <= 24 && int.Parse(tt[^2..]) < 60) return false;
        // "73°" (ordinal) but "30°C" (temperature).
        if (i + 1 < tokens.Length && tokens[i + 1].Start == t.End && s[t.End] is '°' or 'º' or 'ª'
            && !(i + 2 < tokens.Length && tokens[i + 2].Start == tokens[i + 1].End && s[tokens[i + 2].Start] is 'C' or 'F' && tokens[i + 2].Length == 1))
            return false;
        // Three or more numbers glued by hyphens or dots: a date ("2024-06-18").
        int chain = 1;
        for (int k = i; k + 2 < tokens.Length && Glued(tokens, k) && IsHyphenOrDot(s, tokens[k + 1]) && tokens[k + 2].Kind == TokenKind.Number; k += 2) chain++;
        for (int k = i; k - 2 >= 0 && Glued(tokens, k - 2) && IsHyphenOrDot(s, tokens[k - 1]) && tokens[k - 2].Kind == TokenKind.Number; k -= 2) chain++;
        return chain < 3;

        static bool Glued(ReadOnlySpan<Token> tk, int k) => tk[k + 1].Start == tk[k].End && tk[k + 2].Start == tk[k + 1].End;
        static bool IsHyphenOrDot(ReadOnlySpan<char> s, Token p) => p.Length == 1 && s[p.Start] is '-' or '.' or '–';
    }

    /// <summary>Day numbers next to a month or a day word ("18 giugno", "18 e 19 giugno", "12 de junio", "June 18", "del día 3
    /// al 5"), decades ("gli anni 90") and year-like numbers in date context ("nel 2019", "ottobre 2024", "in 2019.", "tra il
    /// 1992 e il 1994"; in English every plain 4-digit year-like number); "2000 soldati" stays a quantity.</summary>
    private bool IsDate(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int i, double value, int digits)
    {
        int prev = i - 1;
        bool prevWord = prev >= 0 && tokens[prev].Kind == TokenKind.Word;
        bool prevMonth = prevWord && _months.Contains(Text(s, tokens[prev]));
        if (value is >= 1 and <= 31 && digits <= 2)
        {
            if (prevMonth) return true;
            // Forward over "18, 19 e 20", "16 y el 25 de" to a month.
            int k = i + 1;
            for (int hops = 0; hops < 6 && k < tokens.Length; hops++, k++)
            {
                var w = Text(s, tokens[k]);
                if (tokens[k].Kind == TokenKind.Word && _months.Contains(w)) return true;
                bool joiner = IsJoiner(s, tokens[k]) || tokens[k].Kind == TokenKind.Word && (NumberWords.IsAny(w, _of) || _stop.Contains(w));
                if (!joiner && !IsDayNumber(s, tokens[k])) break;
            }
            // Back over "3 al" to a day word or a month ("del día 3 al 5", "June 18 and 19").
            for (k = i - 1; k >= 0 && k >= i - 6; k--)
            {
                var w = Text(s, tokens[k]);
                if (tokens[k].Kind == TokenKind.Word && (_dayBefore.Contains(w) || _months.Contains(w))) return true;
                if (!IsJoiner(s, tokens[k]) && !IsDayNumber(s, tokens[k])) break;
            }
        }
        if (digits == 2 && value % 10 == 0 && prevWord && _decadeBefore.Contains(Text(s, tokens[prev]))) return true;
        if (digits == 4 && value is >= 1000 and <= 2100)
        {
            if (_plainYears || prevMonth) return true;
            if (prevWord && _yearBefore.Contains(Text(s, tokens[prev]))) return true;
            // One end of a range of years ("tra il 1992 e il 1994", "entre 1992 y 1994").
            if (prev >= 1 && IsRangeWord(Text(s, tokens[prev])) && IsYearLike(s, tokens[prev - 1])) return true;
            if (i + 2 < tokens.Length && IsRangeWord(Text(s, tokens[i + 1])) && IsYearLike(s, tokens[i + 2])) return true;
            int next = i + 1;
            if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word) return true; // "risale al 2000, quando"
            var nw = Text(s, tokens[next]);
            return _stop.Contains(nw) || char.IsUpper(nw[0]) || _months.Contains(nw);
        }
        return false;
    }

    private bool IsJoiner(ReadOnlySpan<char> s, Token t)
    {
        var w = Text(s, t);
        return t.Kind == TokenKind.Punctuation && w is "," or "-" or "–" || t.Kind == TokenKind.Word && IsRangeWord(w);
    }

    private static bool IsDayNumber(ReadOnlySpan<char> s, Token t) => t.Kind == TokenKind.Number && t.Length <= 2 && AllDigits(Text(s, t));

    private static bool IsYearLike(ReadOnlySpan<char> s, Token t) =>
        t.Kind == TokenKind.Number && t.Length == 4 && AllDigits(Text(s, t)) && int.Parse(Text(s, t)) is >= 1000 and <= 2100;

    /// <summary>Years said in words: "nineteen ninety-six" (two number words that do not combine), "the year two thousand".</summary>
    private bool SpokenYear(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int i, ref int e, double value)
    {
        if (e + 1 < tokens.Length && tokens[e + 1].Kind == TokenKind.Word && tokens[e + 1].Start == tokens[e].End + 1
            && _numbers.TryParse(s, tokens, e + 1, out var m2) && m2.Value < 100)
        {
            e += m2.TokenCount;
            return true;
        }
        return value is >= 1000 and <= 2100 && value == Math.Floor(value)
               && i > 0 && tokens[i - 1].Kind == TokenKind.Word && _yearBefore.Contains(Text(s, tokens[i - 1]));
    }

    private bool IsRangeWord(ReadOnlySpan<char> w)
    {
        foreach (var r in _range) if (r.Length == 1 && NumberWords.FoldEquals(w, r[0])) return true;
        return false;
    }

    /// <summary>"alle 10", "ore 10", "a las 10", "at 10" without a unit after or with an hour word after ("à 22 heures"), "10 am", "10 h".</summary>
    private bool IsClockTime(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int i, int e)
    {
        if (e + 1 < tokens.Length && tokens[e + 1].Kind == TokenKind.Word && _timeAfter.Contains(Text(s, tokens[e + 1]))) return true;
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Word) return false;
        var prev = Text(s, tokens[i - 1]);
        if (_clockBefore.Contains(prev)) return true;
        if (!_timeBefore.Contains(prev)) return false;
        var tt = Text(s, tokens[i]);
        if (tt.Length >= 4 && tt[^3] is '.' or ',') return true; // "alle 18,00"
        // (… or an hour after it: "à 22 heures", "a las 22 horas" — a clock time, no quantity of hours.)
        return !FindUnit(s, tokens, i, e + 1, false, out var unit, out _) || unit is not null && _hourWords.Contains(unit);
    }

    /// <summary>The unit or head noun starting at token <paramref name="j"/>: a sign ("%", "€"), a listed unit ("per cento"),
    /// else the next content word, after a partitive when the number ends with a scale ("miliardi di dollari") and after
    /// skippable adjectives ("nuovi").</summary>
    private bool FindUnit(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int numberStart, int j, bool afterScale, out string? unit, out int last)
    {
        unit = null;
        last = -1;
        if (j >= tokens.Length || j > 0 && s[tokens[j - 1].End..tokens[j].Start].Contains('\n')) return false;
        var t = tokens[j];
        char c = s[t.Start];
        if (t.Kind is TokenKind.Symbol or TokenKind.Punctuation && t.Length == 1 && (c is '%' or '‰' || IsCurrency(c)))
        {
            unit = c.ToString();
            last = j;
            return true;
        }
        if (c == '°' && j + 1 < tokens.Length && tokens[j + 1].Start == t.End && tokens[j + 1].Length == 1 && s[tokens[j + 1].Start] is 'C' or 'F')
        {
            unit = s[t.Start..tokens[j + 1].End].ToString();
            last = j + 1;
            return true;
        }
        int n = MatchAt(s, tokens, j, _units);
        if (n > 0)
        {
            unit = s[t.Start..tokens[j + n - 1].End].ToString();
            last = j + n - 1;
            return true;
        }
        if (t.Kind != TokenKind.Word) return false;
        if (afterScale && NumberWords.IsAny(Text(s, t), _of)) j++;
        for (int skipped = 0; skipped < 2 && j < tokens.Length && tokens[j].Kind == TokenKind.Word && _skip.Contains(Text(s, tokens[j])); skipped++) j++;
        if (j >= tokens.Length || tokens[j].Kind != TokenKind.Word) return false;
        var w = Text(s, tokens[j]);
        if (!char.IsLetter(w[0]) || w[^1] is '\'' or '’' || _stop.Contains(w) || _months.Contains(w) || _numbers.IsNumberWord(w)) return false;
        if (s[tokens[j - 1].End..tokens[j].Start].Contains('\n')) return false;
        // A capitalized word is a head noun after a determiner ("i due Paesi"), else mostly a name ("statale 189 Agrigento").
        if (char.IsUpper(w[0]) && !DeterminerBefore(s, tokens, numberStart)) return false;
        unit = w.ToString();
        last = j;
        return true;
    }

    private bool DeterminerBefore(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int numberStart)
    {
        int k = numberStart - 1;
        return k >= 0 && tokens[k].Kind == TokenKind.Word && (_stop.Contains(Text(s, tokens[k])) || MatchBefore(s, tokens, k, _approxBefore) > 0);
    }

    /// <summary>Whether only spaces separate <paramref name="at"/> from a line break (or the text edge) on that side.</summary>
    private static bool LineEdge(ReadOnlySpan<char> s, int at, bool before)
    {
        if (before) { for (int k = at - 1; k >= 0; k--) { if (s[k] == '\n') return true; if (s[k] != ' ') return false; } }
        else { for (int k = at; k < s.Length; k++) { if (s[k] == '\n') return true; if (s[k] != ' ') return false; } }
        return true;
    }

    /// <summary>The shared unit of a range's first end: "tra 10 e 15 km" → "km" for 10.</summary>
    private string? RangeUnit(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Length || !IsRangeWord(Text(s, tokens[j])) || tokens[j + 1].Kind != TokenKind.Number) return null;
        if (!_numbers.TryParse(s, tokens, j + 1, out var m)) return null;
        return FindUnit(s, tokens, j + 1, j + 1 + m.TokenCount, m.EndsWithScale, out var unit, out _) ? unit : null;
    }

    /// <summary>Length in tokens of the longest phrase that ends at token <paramref name="end"/>, or 0.</summary>
    private static int MatchBefore(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int end, string[][] phrases)
    {
        if (end < 0 || tokens[end].Kind != TokenKind.Word) return 0;
        foreach (var p in phrases)
        {
            int first = end - p.Length + 1;
            if (first < 0) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = NumberWords.FoldEquals(Text(s, tokens[first + k]), p[k]);
            if (ok) return p.Length;
        }
        return 0;
    }

    /// <summary>Length in tokens of the longest phrase that starts at token <paramref name="start"/>, or 0.</summary>
    private static int MatchAt(ReadOnlySpan<char> s, ReadOnlySpan<Token> tokens, int start, string[][] phrases)
    {
        if (start >= tokens.Length) return 0;
        foreach (var p in phrases)
        {
            if (start + p.Length > tokens.Length) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = NumberWords.FoldEquals(Text(s, tokens[start + k]), p[k]);
            if (ok) return p.Length;
        }
        return 0;
    }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> s, Token t) => s.Slice(t.Start, t.Length);

    private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₽' or '₹' or '₩';

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool AllLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Accent-folded, case-insensitive word set queried with spans (folds into a stack buffer).</summary>
    private sealed class FoldedSet
    {
        private readonly HashSet<string> _set;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public FoldedSet(IEnumerable<string> folded)
        {
            _set = new HashSet<string>(folded, StringComparer.Ordinal);
            _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length > 64 || _set.Count == 0) return false;
            Span<char> buffer = stackalloc char[word.Length];
            Folding.Fold(word, buffer);
            return _lookup.Contains(buffer);
        }
    }
}
