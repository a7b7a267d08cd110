using System.Globalization;
using Cronista.Model;
using Cronista.Text;
using Cronista.Util;
using static Cronista.Time.TimexValues;

namespace Cronista.Time;

/// <summary>How relative expressions are anchored when tagging one text.</summary>
/// <param name="Anchor">The reference date (publication date or inferred one); null = none.</param>
/// <param name="AnchorResolution">The resolution flag of values computed from <paramref name="Anchor"/>:
/// <c>document_date</c> or <c>inferred_date</c>.</param>
/// <param name="MergeRanges">True: "dal 3 al 5 marzo", "il 18 e 19 giugno" become one interval expression
/// (<c>2024-03-03/2024-03-05</c>); false: each end is its own expression, as TimeML/TempEval annotate them.</param>
public readonly record struct TimexContext(DateOnly? Anchor, string AnchorResolution = "document_date", bool MergeRanges = true);

/// <summary>
/// Rule-based temporal tagger and normalizer (HeidelTime-style, TIMEX3 values) over existing tokens. Language knowledge
/// is data (timex_lexicon.txt per language); the grammar below is language-independent. Only tokens that are in the
/// lexicon or are numbers trigger the grammar, so a document costs one folded hash lookup per token plus the work
/// around triggers. Thread-safe: one instance per language, no mutable state outside a call.
/// </summary>
public sealed class TimexTagger
{
    private readonly TimexLexicon _lex;
    private readonly Cronista.Text.WordSet _stopWords;
    private TimexTagger(TimexLexicon lex) => (_lex, _stopWords) = (lex, Cronista.Text.StopWords.For(lex.Language));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimexTagger?> Cache = new(StringComparer.Ordinal);

    /// <summary>The tagger for a language, or null when there is no temporal lexicon for it.</summary>
    public static TimexTagger? For(string lang) =>
        Cache.GetOrAdd(lang, static l => TimexLexicon.For(l) is { } lex ? new TimexTagger(lex) : null);

    /// <summary>Languages with a temporal lexicon.</summary>
    public static IEnumerable<string> Languages => TimexLexicon.Languages;

    public string Language => _lex.Language;

    /// <summary>Appends the temporal expressions of <paramref name="text"/> (tokens <paramref name="tokens"/>) in text order.</summary>
    public void Tag(string text, List<Token> tokens, TimexContext context, List<TimeExpression> output)
    {
        if (tokens.Count == 0) return;
        var lex = Scratch<Lex>.Rent(tokens.Count);
        try
        {
            var run = new Run(this, text, tokens, lex, context, output);
            run.Analyze();
            run.Parse();
        }
        finally { Scratch<Lex>.Return(lex, clear: true); }
    }

    internal enum NumKind : byte { None, Int, Ordinal, Decade, Date, Time, YearRange }

    /// <summary>What the lexicon and the number parser say about one token.</summary>
    internal struct Lex
    {
        public TEntry[]? Single;
        public TEntry[]? Phrase;
        public int PhraseLen;
        public NumKind Kind;
        public int Value, Digits, Y, M, D;
        /// <summary>Tokens after this one that the number spans ("2024-06-17" is five tokens).</summary>
        public int Extra;
        /// <summary>Bit per <see cref="TTag"/> present in <see cref="Single"/> or <see cref="Phrase"/>: tag tests without scanning.</summary>
        public ulong Mask;
        /// <summary>The token can be the head of an expression (a number, a date word, a hyphenated compound).</summary>
        public bool Trigger;
        /// <summary>1 + the first token of a modifier phrase (article, direction, hedge …) covering this token; 0 = none.</summary>
        public int PrefixFrom;
        /// <summary>Inside an idiom marked SKIP ("as soon as").</summary>
        public bool Skipped;
    }

    private readonly record struct Match(int S, int E, TimexType Type, string Value, string Resolution, string Rule, Match[]? Parts = null)
    {
        public int Len => E - S;
    }

    private sealed class Run(TimexTagger owner, string text, List<Token> toks, Lex[] lex, TimexContext ctx, List<TimeExpression> output)
    {
        private readonly TimexLexicon _l = owner._lex;
        private readonly Cronista.Text.WordSet _stop = owner._stopWords;
        private readonly int _n = toks.Count;
        private DateOnly? _lastDate;   // last explicit full date: the narrative anchor
        private (int Year, int Month, int Day)? _lastExplicit; // last explicit date of any granularity: what "that year" refers to
        private string? _lastQuarter;  // last quarter mentioned ("1989-Q3"): what "the quarter" refers back to
        private string? AnchorText => ctx.Anchor is { } a ? Ymd(a) : null;
        private int _dayEnd = -1;      // end token of the last day expression emitted, its value and resolution: the day of a
        private string? _dayValue;     // clock time right after it ("le 3 février à 11h35", "on June 3 at 10 a.m.")
        private string _dayResolution = "";

        // ---------------------------------------------------------------- token analysis (the per-token trigger lookup)
        public void Analyze()
        {
            Span<char> buf = stackalloc char[48];
            var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(toks);
            var chars = text.AsSpan();
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Url or TokenKind.Email) continue;
                ref var x = ref lex[i];
                var span = chars.Slice(t.Start, t.Length);
                if (t.Kind == TokenKind.Number)
                {
                    // "2024-06-17", "2019-2021": the tokenizer cuts numbers at hyphens ("5-3" is a score); a date or a year
                    // range written with them is read whole.
                    if (HyphenatedNumber(i, buf, out int extra, out int len))
                    {
                        ParseNumber(buf[..len], ref x);
                        if (x.Kind is NumKind.Date or NumKind.YearRange) x.Extra = extra;
                        else x = default; // "Mirage 2000-5", "3-1": a code or a score, no year
                    }
                    else ParseNumber(span, ref x);
                    x.Trigger = true;
                }
                if (_l.HClock && x.Kind == NumKind.None && t.Kind is TokenKind.Number or TokenKind.Word && HClockToken(span, out int hh, out int hm))
                { x.Kind = NumKind.Time; x.Value = hh; x.M = hm; x.Trigger = true; } // "21h30", "21h" (CLOCK:h)
                if (t.Length > buf.Length || !_l.MayStart(span))
                {
                    if (t.Kind == TokenKind.Word && t.Length >= 5 && _l.MayStartCompound(span) && span.Contains('-')) x.Trigger = true; // "two-year", "mid-1990"
                    continue;
                }
                var node = _l.StepRoot(span, buf, out int flen);
                var f = buf[..flen];
                if (node is not null)
                {
                    x.Single = node.Entries;
                    // longest multi-word phrase starting here
                    var cur = node;
                    for (int j = i + 1; j < _n && cur.Children is not null; j++)
                    {
                        var tj = tokens[j];
                        if (tj.Length > buf.Length || !TimexLexicon.MayContinue(cur, chars[tj.Start])) break;
                        cur = _l.Step(cur, buf[..Fold(text.AsSpan(tj.Start, tj.Length), buf)]);
                        if (cur is null) break;
                        if (cur.Entries is not null) { x.Phrase = cur.Entries; x.PhraseLen = j - i + 1; }
                    }
                }
                x.Mask = MaskOf(x.Single) | MaskOf(x.Phrase);
                x.Trigger |= (x.Mask & HeadMask) != 0 || (t.Kind == TokenKind.Word && t.Length >= 5 && span.Contains('-'));
                if ((x.Mask & PrefixMask) != 0)
                {
                    int len = (MaskOf(x.Phrase) & PrefixMask) != 0 ? x.PhraseLen : 1;
                    for (int j = i; j < i + len && j < _n; j++) if (lex[j].PrefixFrom == 0) lex[j].PrefixFrom = i + 1;
                }
                if ((MaskOf(x.Phrase) & Bit(TTag.Skip)) != 0)
                    for (int j = i; j < i + x.PhraseLen && j < _n; j++) lex[j].Skipped = true;
            }
        }

        private static int Fold(ReadOnlySpan<char> s, Span<char> dst)
        {
            Folding.Fold(s, dst);
            for (int k = 0; k < s.Length; k++) if (dst[k] is '\u2019' or '`') dst[k] = '\'';
            return s.Length;
        }

        // Heads: words an expression is built around. Prefixes: words that may precede a head inside the expression. The
        // parser runs only at heads and looks back over prefixes, so frequent function words ("the", "di") cost nothing more.
        private static readonly ulong HeadMask = Bit(TTag.Month) | Bit(TTag.Weekday) | Bit(TTag.Unit) | Bit(TTag.Units) | Bit(TTag.Num)
            | Bit(TTag.Ord) | Bit(TTag.Deic) | Bit(TTag.Ref) | Bit(TTag.Season) | Bit(TTag.Holiday) | Bit(TTag.Set) | Bit(TTag.Tod);
        private static readonly ulong PrefixMask = Bit(TTag.Art) | Bit(TTag.Rel) | Bit(TTag.Approx) | Bit(TTag.Part) | Bit(TTag.Mod)
            | Bit(TTag.Few) | Bit(TTag.Dem) | Bit(TTag.From) | Bit(TTag.Before) | Bit(TTag.Every) | Bit(TTag.Num) | Bit(TTag.Ord);

        private static ulong Bit(TTag t) => 1UL << (int)t;

        private static ulong MaskOf(TEntry[]? es)
        {
            ulong m = 0;
            if (es is not null) foreach (var e in es) m |= Bit(e.Tag);
            return m;
        }

        /// <summary>"21h30", "9h", "21H00": an hour (≤ 24) and minutes (&lt; 60) written with an "h".</summary>
        private static bool HClockToken(ReadOnlySpan<char> s, out int h, out int m)
        {
            h = m = 0;
            int i = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) h = h * 10 + (s[i++] - '0');
            if (i is 0 or > 2 || i >= s.Length || s[i] is not ('h' or 'H') || h > 24) return false;
            var rest = s[(i + 1)..];
            if (rest.IsEmpty) return true;
            return rest.Length == 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && (m = (rest[0] - '0') * 10 + rest[1] - '0') < 60;
        }

        /// <summary>Number tokens joined by hyphens (or an en dash) with no space between them: two or three numbers, copied
        /// into <paramref name="buf"/> with '-' between; <paramref name="extra"/> = the tokens after the first.</summary>
        private bool HyphenatedNumber(int i, Span<char> buf, out int extra, out int len)
        {
            extra = len = 0;
            int k = i;
            while (k + 2 < _n && extra < 4 && toks[k + 1].Length == 1 && text[toks[k + 1].Start] is '-' or '–'
                   && toks[k + 1].Start == toks[k].End && toks[k + 2].Start == toks[k + 1].End && toks[k + 2].Kind == TokenKind.Number)
            {
                k += 2;
                extra += 2;
            }
            if (extra == 0) return false;
            for (int j = i; j <= k; j++)
            {
                var part = text.AsSpan(toks[j].Start, toks[j].Length);
                if (len + part.Length > buf.Length) return false;
                if (j % 2 != i % 2) buf[len++] = '-';
                else { part.CopyTo(buf[len..]); len += part.Length; }
            }
            return true;
        }

        private static void ParseNumber(ReadOnlySpan<char> s, ref Lex x)
        {
            int i = 0, v = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i < 9) v = v * 10 + (s[i++] - '0');
            if (i == 0) return;
            if (i == s.Length) { x.Kind = NumKind.Int; x.Value = v; x.Digits = i; return; }
            var rest = s[i..];
            if (rest is "s" or "'s" && i == 4 && v % 10 == 0) { x.Kind = NumKind.Decade; x.Value = v / 10; return; }
            if (i <= 2 && (rest is "th" or "st" or "nd" or "rd" or "º" or "ª" or "°" or "o" or "a" or "er")) { x.Kind = NumKind.Ordinal; x.Value = v; x.Digits = i; return; }
            char sep = rest[0];
            if (sep == ':' && i <= 2 && rest.Length == 3 && int.TryParse(rest[1..], out int mm) && v <= 24 && mm < 60)
            { x.Kind = NumKind.Time; x.Value = v; x.M = mm; return; }
            if (sep is not ('/' or '-' or '.')) return;
            Span<Range> parts = stackalloc Range[4];
            int count = s.Split(parts, sep);
            if (count == 2 && sep == '-' && i == 4 && int.TryParse(s[parts[1]], out int y2) && s[parts[1]].Length is 2 or 4)
            {
                if (s[parts[1]].Length == 2) { y2 += v / 100 * 100; if (y2 <= v) y2 += 100; } // "2019-21", "1939-45"
                if (y2 > v && y2 - v < 100) { x.Kind = NumKind.YearRange; x.Y = v; x.Value = y2; }
                return;
            }
            if (count != 3) return;
            if (!int.TryParse(s[parts[0]], out int a) || !int.TryParse(s[parts[1]], out int b) || !int.TryParse(s[parts[2]], out int c)) return;
            int la = s[parts[0]].Length, lc = s[parts[2]].Length;
            int y, m, d;
            if (la == 4) { y = a; m = b; d = c; }
            else if (lc is 4 or 2 && la <= 2 && s[parts[1]].Length <= 2) { y = lc == 2 ? (c >= 50 ? 1900 + c : 2000 + c) : c; d = a; m = b; }
            else return;
            // the caller's order (d/m or m/d) is applied later; keep both readings valid-checked then
            x.Kind = NumKind.Date; x.Y = y; x.M = m; x.D = d; x.Digits = la;
        }

        // ---------------------------------------------------------------- lexicon queries
        private bool Get(int j, TTag tag, out TEntry e, out int len)
        {
            e = default; len = 0;
            if ((uint)j >= (uint)_n || (lex[j].Mask & Bit(tag)) == 0) return false;
            ref var x = ref lex[j];
            if (x.Phrase is { } p) foreach (var pe in p) if (pe.Tag == tag) { e = pe; len = x.PhraseLen; return true; }
            if (x.Single is { } s) foreach (var se in s) if (se.Tag == tag) { e = se; len = 1; return true; }
            return false;
        }

        private bool Is(int j, TTag tag) => (uint)j < (uint)_n && (lex[j].Mask & Bit(tag)) != 0;

        private bool IsPunct(int j, char c) => (uint)j < (uint)_n && toks[j].Length == 1 && text[toks[j].Start] == c;

        /// <summary>A cardinal (digits or word) at j: its value and length in tokens, else -1.</summary>
        private int NumAt(int j, out int len)
        {
            len = 1;
            if ((uint)j >= (uint)_n) return -1;
            if (lex[j].Kind == NumKind.Int) return lex[j].Digits <= 6 ? lex[j].Value : -1;
            return Get(j, TTag.Num, out var e, out len) ? e.Arg : -1;
        }

        private int DayAt(int j)
        {
            if ((uint)j >= (uint)_n) return -1;
            ref var x = ref lex[j];
            if (x.Kind is NumKind.Int or NumKind.Ordinal && x.Digits <= 2 && x.Value is >= 1 and <= 31) return x.Value;
            if (Get(j, TTag.Num, out var n, out int nl) && nl == 1 && n.Arg is >= 1 and <= 31 && !Is(j, TTag.Art)) return n.Arg; // "el uno de agosto"
            return Get(j, TTag.Ord, out var e, out int len) && len == 1 && e.Arg == 1 ? 1 : -1; // "primo", "1st" written out
        }

        private int YearAt(int j)
        {
            if ((uint)j >= (uint)_n) return -1;
            ref var x = ref lex[j];
            return x.Kind == NumKind.Int && x.Digits == 4 && x.Value is >= 1000 and <= 2099 ? x.Value : -1;
        }

        /// <summary>[,|of|de] YEAR after position j: the year and the end position, else -1.</summary>
        private int YearAfter(int j, out int end)
        {
            end = j;
            int k = j;
            if (IsPunct(k, ',')) k++;
            if (Get(k, TTag.Of, out _, out int ol)) k += ol;
            int y = YearAt(k);
            if (y < 0)
            {
                y = SpokenYear(k, out int sl);
                if (y < 0) return -1;
                end = k + sl;
                return y;
            }
            end = k + 1;
            return y;
        }

        /// <summary>A year in words as broadcast transcripts write it, "nineteen ninety-six", "nineteen seventy": the year and its
        /// length in tokens, else -1.</summary>
        private int SpokenYear(int j, out int len)
        {
            len = 0;
            if ((uint)(j + 1) >= (uint)_n || toks[j].Kind != TokenKind.Word || !Get(j, TTag.Num, out var c, out int cl) || cl != 1 || c.Arg is not (19 or 20)) return -1;
            int k = j + 1;
            int rest;
            if (Get(k, TTag.Num, out var r, out int rl) && rl == 1 && r.Arg is >= 10 and <= 99) rest = r.Arg;
            else
            {
                var t = text.AsSpan(toks[k].Start, toks[k].Length);
                int dash = t.IndexOf('-');
                if (toks[k].Kind != TokenKind.Word || dash <= 0 || t.Length > 24) return -1;
                Span<char> a = stackalloc char[dash];
                Span<char> b = stackalloc char[t.Length - dash - 1];
                Fold(t[..dash], a);
                Fold(t[(dash + 1)..], b);
                if (Find(_l.Step(null, a)?.Entries, TTag.Num) is not { Arg: >= 20 and <= 90 } tens || tens.Arg % 10 != 0
                    || Find(_l.Step(null, b)?.Entries, TTag.Num) is not { Arg: >= 1 and <= 9 } units) return -1;
                rest = tens.Arg + units.Arg;
            }
            len = 2;
            return c.Arg * 100 + rest;
        }

        // ---------------------------------------------------------------- tense: direction of a bare weekday or month
        // The nearest tense cue on either side decides (a cue phrase by its last word), the one before on a tie: "dijo el
        // lunes que Kim viajará" is the Monday when it was said. A cue before a word opening a clause (CLAUSE: "que",
        // "che") is the main clause's and yields to any cue after: "dijo que el lunes Kim viajará" is the Monday of the trip.
        private int Tense(int s, int e)
        {
            Span<char> buf = stackalloc char[48];
            int before = 0, beforeDistance = int.MaxValue, clause = 0;
            for (int j = s - 1; j >= Math.Max(0, s - 10) && !IsBoundary(j); j--)
            {
                if (TenseCue(j, buf, out int len, bare: j == s - 1) is var c && c != 0 && clause + s - (j + len - 1) < beforeDistance)
                    (before, beforeDistance) = (c, clause + s - (j + len - 1)); // a cue phrase ends nearer than it starts: "is scheduled to close Monday"
                if (Is(j, TTag.Clause)) clause = 100;
            }
            // (A date that opens its sentence dates the whole sentence, and its verb may be far: "21 maggio, a Ribera, un
            // pensionato, 87 anni, e' stato investito", "Domenica sera a Ramallah, in Cisgiordania, 400 giovani hanno …".)
            int ahead = s == 0 || IsBoundary(s - 1) ? 30 : 8;
            for (int j = e; j < Math.Min(_n, e + ahead) && j - e + 1 < beforeDistance && !IsBoundary(j); j++)
                if (TenseCue(j, buf, out _) is var c && c != 0) return c;
            return before;
        }

        private bool BoundaryBetween(int a, int b)
        {
            for (int j = a; j < b; j++) if (IsBoundary(j)) return true;
            return false;
        }

        private bool IsBoundary(int j) => toks[j].Kind == TokenKind.Punctuation && text[toks[j].Start] is '.' or '!' or '?' or ';' or ':';

        /// <summary>The word before token <paramref name="i"/> is an auxiliary of a compound tense (@auxiliaries).</summary>
        private bool AfterAuxiliary(int i) => WordBeforeIn(i, _l.Auxiliaries);

        /// <summary>The word before token <paramref name="i"/> makes an hour there a clock time (@clock_before: "alle 18.07").</summary>
        private bool AfterClockWord(int i) => WordBeforeIn(i, _l.ClockBefore);

        private bool WordBeforeIn(int i, WordSet words)
        {
            if (i == 0 || words.Count == 0 || toks[i - 1].Kind != TokenKind.Word) return false;
            Span<char> buf = stackalloc char[32];
            var t = toks[i - 1];
            return t.Length <= buf.Length && words.Contains(buf[..Folding.Lower(text.AsSpan(t.Start, t.Length), buf)]);
        }

        /// <summary>+1 future-tense cue, -1 past-tense cue, 0 none (cue words FUT/PAST and verb endings from the lexicon).</summary>
        private int TenseCue(int j, Span<char> buf, out int len, bool bare = false)
        {
            if (Get(j, TTag.Fut, out _, out len)) return 1;
            if (Get(j, TTag.Past, out _, out len)) return -1;
            len = 1;
            var t = toks[j];
            if (t.Kind != TokenKind.Word || t.Length > buf.Length || char.IsUpper(text[t.Start])) return 0;
            var w = buf[..Folding.Lower(text.AsSpan(t.Start, t.Length), buf)];
            if (_l.FutureWords.Contains(w)) return 1;
            foreach (var suf in _l.FutureSuffixes)
                if (w.Length > suf.Length + 2 && w.EndsWith(suf, StringComparison.Ordinal)) return _l.NotFuture.Contains(w) ? 0 : 1;
            foreach (var suf in _l.PastSuffixes)
                if (w.Length > suf.Length + 2 && w.EndsWith(suf, StringComparison.Ordinal)) return _l.NotPast.Contains(w) ? 0 : -1;
            // A participle right after a past auxiliary ("è arrivato"), unless the pair opens a future cue ("è previsto"), or
            // right before the date (bare = j is the word before it: "il caccia abbattuto venerdì"), unless it plans ("previsto").
            // A bare participle yields to a tense its own auxiliary gives ("serán aprobadas el lunes", "sea aprobada en mayo").
            if (_l.PastParticiples.Length > 0 && !_l.NotPast.Contains(w)
                && (bare ? !WordBeforeIn(j, _l.ParticipleBlockers) && (j == 0 || TenseCue(j - 1, stackalloc char[48], out _) == 0)
                         : WordBeforeIn(j, _l.PastAuxiliaries) && !Get(j - 1, TTag.Fut, out _, out _)))
                foreach (var suf in _l.PastParticiples)
                    if (w.Length > suf.Length && w.EndsWith(suf, StringComparison.Ordinal)) return -1;
            return 0;
        }

        // ---------------------------------------------------------------- the grammar
        public void Parse()
        {
            int done = 0; // tokens before this are consumed by an emitted expression
            for (int i = 0; i < _n; i++)
            {
                ref var x = ref lex[i];
                if (!x.Trigger || x.Skipped || i < done) continue;
                // "a"/"un" are heads only before a unit or month ("a year ago", "uno de agosto"), not as plain articles
                if ((x.Mask & (Bit(TTag.Num) | Bit(TTag.Art))) == (Bit(TTag.Num) | Bit(TTag.Art)) && (x.Mask & HeadMask & ~Bit(TTag.Num)) == 0
                    && (i + 1 >= _n || (lex[i + 1].Mask & (Bit(TTag.Unit) | Bit(TTag.Units) | Bit(TTag.Month) | Bit(TTag.Of))) == 0)) continue;
                // earliest start: walk back over the modifier phrases right before the head
                int k = i;
                while (k > done && lex[k - 1].PrefixFrom > 0 && lex[k - 1].PrefixFrom - 1 >= done) k = lex[k - 1].PrefixFrom - 1;
                Match? found = null;
                for (int s = k; s <= i && found is null; s++)
                {
                    if (s < i && lex[s].PrefixFrom != s + 1) continue; // only where a modifier phrase starts
                    if (Best(s) is { } m && m.E > i) found = m;
                }
                if (found is not { } f) continue;
                // "la avenida 9 de Julio", "piazza 25 Aprile": a date with a capitalised month after a street noun is a name.
                if (Is(f.S - 1, TTag.Street) && CapitalMonthIn(f.S, f.E)) { done = f.E; continue; }
                Emit(f);
                done = f.E;
            }
        }

        /// <summary>A month name among tokens [s, e) written with a capital and then lower case ("Julio", not "JULIO" nor "julio").</summary>
        private bool CapitalMonthIn(int s, int e)
        {
            for (int k = s; k < e; k++)
                if (Is(k, TTag.Month) && toks[k].Length > 1 && char.IsUpper(text[toks[k].Start]) && char.IsLower(text[toks[k].Start + 1])) return true;
            return false;
        }

        private void Emit(Match m)
        {
            if (m.Parts is { } parts && !ctx.MergeRanges) { foreach (var p in parts) Emit(p); return; }
            output.Add(new TimeExpression(toks[m.S].Start, toks[m.E - 1].End, m.Type, m.Value,
                m.Resolution is "document_date" or "inferred_date" or "previous_date" ? AnchorFor(m.Resolution) : null, m.Resolution, m.Rule));
            if (m.Type == TimexType.Date && m.Value.Length == 10 && char.IsAsciiDigit(m.Value[0])) { _dayEnd = m.E; _dayValue = m.Value; _dayResolution = m.Resolution; }
            if (m.Value.Length == 7 && m.Value[5] == 'Q' && char.IsAsciiDigit(m.Value[0]) && !m.Rule.Contains("ago")) _lastQuarter = m.Value;
            if (m.Resolution == "explicit" && m.Value.Length >= 4 && int.TryParse(m.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int ey))
            {
                int em = m.Value.Length >= 7 && m.Value[4] == '-' && int.TryParse(m.Value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int mm) ? mm : 0;
                int ed = em > 0 && m.Value.Length == 10 && int.TryParse(m.Value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int dd) ? dd : 0;
                if (em is >= 0 and <= 12) _lastExplicit = (ey, em, ed);
            }
            if (m.Resolution == "explicit" && m.Value.Length == 10 && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                _lastDate = d;
        }

        private string? _prevAnchorText;
        private string? AnchorFor(string res) => res == "previous_date" ? _prevAnchorText : AnchorText;

        private static Match? Longer(Match? a, Match? b) => b is null ? a : a is null || b.Value.E > a.Value.E ? b : a;

        /// <summary>The longest expression starting at token i: optional hedge, part-of, article and direction prefixes, then a core.</summary>
        private Match? Best(int i)
        {
            if (Is(i, TTag.Rel) && AfterAuxiliary(i)) return null; // "haber pasado": a participle
            Match? best = Range(i);
            int p = i;
            int? rel = null;
            bool few = false;
            best = Longer(best, Core(i, p, rel, few));
            if (Get(p, TTag.Approx, out _, out int len)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            if (Get(p, TTag.Part, out _, out len)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            // a definite article is part of the expression ("the third quarter", "el 2000"); an indefinite one is not ("a 1971 treaty")
            if (Get(p, TTag.Art, out _, out len) && !Is(p, TTag.Num)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            if (Get(p, TTag.Dem, out _, out len)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            if (Get(p, TTag.Mod, out _, out len)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            if (Get(p, TTag.Rel, out var r, out len)) { p += len; rel = r.Arg; best = Longer(best, Core(i, p, rel, few)); }
            if (rel is not null && Get(p, TTag.Mod, out _, out len)) { p += len; best = Longer(best, Core(i, p, rel, few)); }
            if (Get(p, TTag.Few, out _, out len)) { p += len; few = true; best = Longer(best, Core(i, p, rel, few)); }
            return best;
        }

        private Match? Core(int s, int p, int? rel, bool few)
        {
            if (p >= _n) return null;
            Match? m = null;
            if (lex[p].Kind != NumKind.None || toks[p].Kind == TokenKind.Number || Is(p, TTag.Num) || DayAt(p) > 0) m = Longer(m, Number(s, p, rel));
            if (Is(p, TTag.Month)) m = Longer(m, Month(s, p, rel));
            if (Is(p, TTag.Weekday)) m = Longer(m, Weekday(s, p, rel));
            if (Is(p, TTag.Unit) || Is(p, TTag.Units)) m = Longer(m, Unit(s, p, rel, few));
            if (Is(p, TTag.Ord)) m = Longer(m, Ordinal(s, p));
            if (Is(p, TTag.Deic)) m = Longer(m, Deictic(s, p));
            if (Is(p, TTag.Season)) m = Longer(m, Season(s, p, rel));
            if (Is(p, TTag.Holiday)) m = Longer(m, Holiday(s, p));
            if (rel is null && (s < p && Definite(s, p) || s == p && Is(p, TTag.Art) && !Is(p, TTag.Num) && lex[p].PhraseLen > 1)
                && Get(p, TTag.Tod, out var dt, out int dtl)) // "the morning", "la tarde" (a phrase with its article)
                m = Longer(m, ctx.Anchor is { } da ? new Match(s, p + dtl, TimexType.Time, Ymd(da) + "T" + dt.Text, ctx.AnchorResolution, "definite-time-of-day")
                                                   : new Match(s, p + dtl, TimexType.Time, "XXXX-XX-XXT" + dt.Text, "unresolved", "definite-time-of-day"));
            if (rel is 0 or -1 && Get(p, TTag.Tod, out var tod, out int todl)) // "this morning", "questa sera", "last night"
                m = Longer(m, ctx.Anchor is { } a ? new Match(s, p + todl, TimexType.Time, Ymd(a.AddDays(rel.Value)) + "T" + tod.Text, ctx.AnchorResolution, "this-time-of-day")
                                                  : new Match(s, p + todl, TimexType.Time, "XXXX-XX-XXT" + tod.Text, "unresolved", "this-time-of-day"));
            if (rel is null && s == p && Get(p, TTag.Tod, out var ck, out int ckl) && ck.Text is { Length: > 0 } ckt && char.IsAsciiDigit(ckt[0]))
                m = Longer(m, ctx.Anchor is { } ca ? new Match(s, p + ckl, TimexType.Time, Ymd(ca) + "T" + ckt, ctx.AnchorResolution, "clock-word")
                                                   : new Match(s, p + ckl, TimexType.Time, "XXXX-XX-XXT" + ckt, "unresolved", "clock-word")); // "noon", "midnight"
            if (rel is null && !few && s == p)
            {
                // a vague reference used as a noun is not one: "su futuro", "its future", "el futuro de las pensiones"
                if (Get(p, TTag.Ref, out var e, out int len) && !(Is(p, TTag.Noun) && (Is(p - 1, TTag.Poss) || Is(p + len, TTag.Of))))
                    m = Longer(m, new Match(s, p + len, TimexType.Date, e.Text + "_REF", "vague", "ref"));
                if (Is(p, TTag.Before)) m = Longer(m, Before(s, p));
                if (Is(p, TTag.Every)) m = Longer(m, Every(s, p));
                if (Get(p, TTag.Set, out e, out len)) m = Longer(m, new Match(s, p + len, TimexType.Set, e.Text!, "explicit", "set-adjective"));
                if (m is null && toks[p].Kind is TokenKind.Word or TokenKind.Number) m = Compound(s, p);
            }
            if (m is { Type: TimexType.Time } tm && AttachDate(tm) is { } withDate) m = withDate;
            return m;
        }

        /// <summary>A time followed by the day it falls on: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon Thursday",
        /// "la noche del viernes pasado", "las seis de la mañana de ayer". The day's date replaces the anchor's.</summary>
        private Match? AttachDate(Match t)
        {
            int k = t.E;
            if (IsPunct(k, ',')) k++;
            if (Get(k, TTag.Of, out _, out int ol)) k += ol;
            if (Is(k, TTag.Art) && !Is(k, TTag.Num)) k++;
            int ti = t.Value.IndexOf('T');
            if (ti < 0 || k >= _n) return null;
            // The night between two days is the first one's: "nella notte tra venerdì e sabato", "la noche entre el viernes y el sábado".
            if (k == t.E && Is(k, TTag.From) && t.Value.EndsWith("TNI", StringComparison.Ordinal) && Range(k) is { Parts: [var from, var to] } r
                && DateOnly.TryParseExact(from.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d0)
                && DateOnly.TryParseExact(to.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d1) && d1 == d0.AddDays(1))
                return t with { E = r.E, Value = from.Value + t.Value[ti..], Resolution = r.Resolution, Rule = t.Rule + "+night-between" };
            if (!lex[k].Trigger || lex[k].Skipped) return null;
            // a capitalized word that is not a weekday or month name starts something else ("10:15 Oggi …" in a dateline)
            if (k == t.E && char.IsUpper(text[toks[k].Start]) && !Is(k, TTag.Weekday) && !Is(k, TTag.Month)) return null;
            if (Core(k, k, null, false) is not { Type: TimexType.Date } d || d.Value.Length != 10 || !char.IsAsciiDigit(d.Value[0])) return null;
            return t with { E = d.E, Value = d.Value + t.Value[ti..], Resolution = d.Resolution, Rule = t.Rule + "+date" };
        }

        // ---- dates from numbers: numeric dates, years, day + month, durations, "N units ago", clock times
        private Match? Number(int s, int p, int? rel)
        {
            ref var x = ref lex[p];
            switch (x.Kind)
            {
                case NumKind.Date:
                    {
                        int d = x.D, m = x.M;
                        if (x.Digits != 4 && _l.MonthFirst) (d, m) = (m, d);
                        if (!ValidDay(x.Y, m, d)) (d, m) = (m, d); // the other order when the preferred one is impossible
                        return ValidDay(x.Y, m, d) ? new Match(s, p + 1 + x.Extra, TimexType.Date, Ymd(new DateOnly(x.Y, m, d)), "explicit", "numeric-date") : null;
                    }
                case NumKind.Time:
                    if (Get(p + 1, TTag.Pm, out var pm1, out int pml1) && x.Value <= 12) return ClockTime(s, p + 1 + pml1, x.Value % 12 + pm1.Arg, x.M, "clock-time");
                    if (_l.HClock && toks[p].Length > 1 && text[toks[p].End - 1] is 'h' or 'H' && AfterDurationWord(p)) return null; // "pendant 24h"
                    return ClockTime(s, p + 1, x.Value, x.M, "clock-time");
                case NumKind.Decade:
                    return new Match(s, p + 1, TimexType.Date, x.Value.ToString(CultureInfo.InvariantCulture), "explicit", "decade");
                case NumKind.Ordinal when Century(s, p + 1, x.Value) is { } century: // "20th century", "20e siècle"
                    return century;
                case NumKind.YearRange:
                    {
                        var a = new Match(p, p + 1, TimexType.Date, Y(x.Y), "explicit", "year-range");
                        return new Match(s, p + 1 + x.Extra, TimexType.Date, $"{Y(x.Y)}/{Y(x.Value)}", "explicit", "year-range", [a]);
                    }
            }
            Match? best = null;
            // "21 h 30", "21 h" (CLOCK:h; without minutes not after a preposition of duration: "pendant 24 h")
            if (_l.HClock && x.Kind == NumKind.Int && x.Digits <= 2 && x.Value <= 24 && p + 1 < _n && toks[p + 1].Length == 1 && text[toks[p + 1].Start] is 'h' or 'H')
            {
                bool minutes = p + 2 < _n && lex[p + 2].Kind == NumKind.Int && lex[p + 2].Digits == 2 && lex[p + 2].Value < 60;
                int he = p + (minutes ? 3 : 2), hour = x.Value;
                if (hour <= 12 && Get(he, TTag.Pm, out var hpm, out int hpml)) { hour = hour % 12 + hpm.Arg; he += hpml; } // "3 h 20 du matin"
                if (minutes) return ClockTime(s, he, hour, lex[p + 2].Value, "clock-time");
                if (!AfterDurationWord(p)) return ClockTime(s, he, hour, 0, "clock-time");
            }
            if (x.Kind == NumKind.None && HourDotMinute(p, out int hh, out int mi)
                && (s < p || AfterClockWord(p) || Is(p + 1, TTag.Unit) || Is(p + 1, TTag.Zone) || (_l.DotClock && HourWord(p + 1))
                    || (_l.DotClock && IsPunct(p - 1, '(') && (IsPunct(p + 1, ')') || IsPunct(p + 1, ','))))) // "( 21.30 , TV-3 )"
            {
                int e = !Is(p + 1, TTag.Zone) && HourWord(p + 1) ? p + 1 + HourWordLen(p + 1) : p + 1; // "hora local" is a zone
                return ClockTime(s, e, hh, mi, "clock-time");
            }
            // day (+ coordinated day) + month (+ year)
            int day = DayAt(p);
            if (day > 0)
            {
                best = Longer(best, DayMonth(s, p, day, rel));
                int k = p + 1;
                if (Is(k, TTag.And) || Is(k, TTag.To) || IsPunct(k, '-'))
                {
                    k++;
                    if (Is(k, TTag.Art) && !Is(k, TTag.Month)) k++;
                    int day2 = DayAt(k);
                    if (day2 > day && DayMonth(k, k, day2, rel) is { } second && second.Value.Length == 10)
                    {
                        var first = new Match(p, p + 1, TimexType.Date, second.Value[..8] + day.ToString("D2", CultureInfo.InvariantCulture), second.Resolution, "day-coordination");
                        best = Longer(best, new Match(s, second.E, TimexType.Date, first.Value + "/" + second.Value, second.Resolution, "day-coordination", [first with { S = s }, second]));
                    }
                }
            }
            int n = NumAt(p, out int nlen);
            if (n >= 0)
            {
                int q = p + nlen;
                if (n <= 12 && Get(q, TTag.Pm, out var pm, out int pl))
                    best = Longer(best, ClockTime(s, q + pl, n % 12 + pm.Arg, 0, "clock-time"));
                else if (n <= 12 && HourWord(q) && Get(q + HourWordLen(q), TTag.Pm, out pm, out pl)) // "8 heures du matin", "las 8 horas de la tarde"
                    best = Longer(best, ClockTime(s, q + HourWordLen(q) + pl, n % 12 + pm.Arg, 0, "clock-time"));
                // "à 22 heures", "a las 22 horas" (not "pendant 22 heures", nor a distance: "à 2 heures de vol d'ici")
                else if (n < 24 && nlen == 1 && HourWord(q) && AfterClockWord(p) && !Is(q + HourWordLen(q), TTag.Of))
                    best = Longer(best, ClockTime(s, q + HourWordLen(q), n, 0, "clock-time"));
                bool plural = Get(q, TTag.Units, out var u, out int ul);
                if ((plural || Get(q, TTag.Unit, out u, out ul)) && u.Text != "H2" && (plural || YearAt(p) < 0))
                {
                    int e = q + ul;
                    // "two weeks later" in narrative text: after the last full date mentioned ("the truce of July 28 … two weeks
                    // later"), not after the report ("ago" counts back from the report)
                    if (Get(e, TTag.Ago, out var ago, out int al) && ago.Arg > 0 && LastDay() is { } ld && u.Text is "D" or "W" or "M" or "Y" && Shift(ld, u.Text, n) is { } later)
                        best = Longer(best, Prev(new Match(s, e + al, TimexType.Date, later, "previous_date", "units-later"), ld));
                    else if (Get(e, TTag.Ago, out ago, out al))
                        best = Longer(best, Relative(s, e + al, u.Text!, ago.Arg * n, "units-ago"));
                    else if (n == 1 && Is(p, TTag.Art) && AfterQuantity(p)) { } // "$ 5 million a year": a rate, not a duration
                    else if (n == 1 && plural && Is(p, TTag.Art) && !Is(q, TTag.Unit)) // "un tiempo" (not "un mois": singular too): an indefinite article before a mass unit, an unspecified amount
                        best = Longer(best, new Match(s, e, TimexType.Duration, Duration(null, u.Text!), "vague", "vague-duration"));
                    else if (rel is null or -1 or 1)
                        best = Longer(best, new Match(s, e, TimexType.Duration, Duration(n, u.Text!), "explicit", "duration"));
                }
            }
            if (best is null && rel is null && SpokenYear(p, out int syl) is > 0 and var sy) // "in nineteen ninety-six"
                return new Match(s, p + syl, TimexType.Date, Y(sy), "explicit", "year-words");
            int y = YearAt(p);
            if (y > 0 && best is null && rel is null && YearPart(s, p + 1, y, "year-part") is { } yp) return yp; // "the 1988 third quarter"
            if (y > 0 && best is null && rel is null && PlausibleYear(s, p, y))
            {
                if (Is(p + 1, TTag.Season) || Is(p + 1, TTag.Units)) return null;
                best = new Match(s, p + 1, TimexType.Date, Y(y), "explicit", "year");
            }
            return best;
        }

        /// <summary>"11.45", "8.15": a clock time written with a period (only used with an article before or "horas" after).</summary>
        private bool HourDotMinute(int p, out int h, out int m)
        {
            h = m = 0;
            var t = text.AsSpan(toks[p].Start, toks[p].Length);
            int dot = t.IndexOf('.');
            return dot is 1 or 2 && t.Length == dot + 3 && int.TryParse(t[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out h)
                && int.TryParse(t[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out m) && h <= 24 && m < 60;
        }

        /// <summary>YEAR followed by [ORDINAL] quarter/half ("the 1988 third quarter", "this year's first half"); a bare
        /// "quarter" takes the number of the quarter last mentioned.</summary>
        private Match? YearPart(int s, int q, int year, string rule)
        {
            int k = q;
            if (Get(k, TTag.Of, out _, out int ol)) k += ol;
            int ord = 0;
            if (Get(k, TTag.Ord, out var o, out int ordl)) { ord = o.Arg; k += ordl; }
            if (!Get(k, TTag.Unit, out var u, out int ul) || u.Text is not ("Q" or "H2")) return null;
            if (ord == 0 && (u.Text != "Q" || _lastQuarter is null || k != q)) return null;
            int n = ord > 0 ? ord : _lastQuarter![6] - '0';
            if (n > (u.Text == "Q" ? 4 : 2)) return null;
            return new Match(s, k + ul, TimexType.Date, $"{Y(year)}-{(u.Text == "Q" ? "Q" : "H")}{n}", ord > 0 ? "explicit" : "previous_date", rule);
        }

        private bool AfterQuantity(int p) =>
            p > 0 && (toks[p - 1].Kind == TokenKind.Number || (p > 1 && toks[p - 1].Kind == TokenKind.Word && toks[p - 2].Kind == TokenKind.Number));

        private bool PlausibleYear(int s, int p, int y)
        {
            if (p > 0 && toks[p - 1].Kind == TokenKind.Symbol) return false; // "$ 2000", "€ 1500"
            if (p + 1 < _n && toks[p + 1].Kind == TokenKind.Symbol) return false; // "2000 %"
            // A count, not a year: a hedged number before a word that is not temporal ("près de 1300 morts", "circa 1400
            // siriani", "más de 2000 manifestantes", "about 1500 people"), or one below 1900 after a bare "of" ("la muerte
            // de 1000 personas"; a year there takes an article or a context word: "del 1300", "nel 1300").
            if (CountedWordAfter(p) && (HedgeBefore(p) || y < 1900 && s == p && p > 0 && Is(p - 1, TTag.Of) && !Is(p - 1, TTag.Art) && toks[p - 1].Length <= 2))
                return false;
            // (… or any number right before such a word where years follow their noun: "2000 manifestants ont réclamé".)
            // (Not after a name, whose year it is: "la Marcia della Pace 2011 insieme …".)
            if (_l.YearsAfterNoun && s == p && CountedWordAfter(p) && PluralAfter(p)
                && !(p > 0 && (Is(p - 1, TTag.Art) || Is(p - 1, TTag.Ctx) && !Is(p - 1, TTag.Of) || toks[p - 1].Kind == TokenKind.Word && char.IsUpper(text[toks[p - 1].Start])))
                && !(p > 1 && Is(p - 1, TTag.And) && YearAt(p - 2) > 0)) // (nor after a year and "and": "entre 2006 y 2010 filtrados")
                return false;
            if (y >= 1900) return true;
            return s < p || (p > 0 && (Is(p - 1, TTag.Ctx) || Is(p - 1, TTag.From) || Is(p - 1, TTag.Art)));
        }

        /// <summary>Whether a hedge ends just before the number at p ("près de 1300", "più di 2000", "about 1500").</summary>
        private bool HedgeBefore(int p)
        {
            for (int k = Math.Max(0, p - 3); k < p; k++)
                if (Get(k, TTag.Approx, out _, out int len) && k + len == p) return true;
            return false;
        }

        /// <summary>A lower-case word after j that is neither a stop word nor the start of a temporal phrase: what a count
        /// counts ("morts", "siriani", "personas"), not "the", "sont", "años" or a month.</summary>
        private bool CountedWordAfter(int j) =>
            j + 1 < _n && toks[j + 1].Kind == TokenKind.Word && char.IsLower(text[toks[j + 1].Start]) && lex[j + 1].Mask == 0
            && !_stop.Contains(text.AsSpan(toks[j + 1].Start, toks[j + 1].Length));

        /// <summary>The word after j ends like a plural noun (@plural_suffixes).</summary>
        private bool PluralAfter(int j)
        {
            var word = text.AsSpan(toks[j + 1].Start, toks[j + 1].Length);
            foreach (var suffix in _l.PluralSuffixes)
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>"horas", "h", "hours" after a clock time (the unit H, singular or plural).</summary>
        private bool HourWord(int j) => (Get(j, TTag.Unit, out var u, out _) || Get(j, TTag.Units, out u, out _)) && u.Text == "H";

        private int HourWordLen(int j) => Get(j, TTag.Unit, out var u, out int l) && u.Text == "H" ? l : Get(j, TTag.Units, out _, out l) ? l : 1;

        private Match ClockTime(int s, int e, int h, int m, string rule)
        {
            string hm = $"T{h:D2}:{m:D2}";
            if (Get(e, TTag.Zone, out var z, out int zl)) { e += zl; if (z.Text == "Z") hm += "Z"; } // "13.00 GMT", "hora local"
            // after a day named earlier in the same sentence: that day ("le 3 février à 11h35", "ont enregistré mercredi … selon
            // le comptage à 20 h 30")
            if (_dayValue is { } dv && _dayEnd <= s && s - _dayEnd <= 30 && !BoundaryBetween(_dayEnd, s))
                return new Match(s, e, TimexType.Time, dv + hm, _dayResolution, rule + "-of-day");
            return ctx.Anchor is { } a ? new Match(s, e, TimexType.Time, Ymd(a) + hm, ctx.AnchorResolution, rule)
                                       : new Match(s, e, TimexType.Time, "XXXX-XX-XX" + hm, "unresolved", rule);
        }

        /// <summary>DAY [of|de] MONTH [[,] [of|de] YEAR] starting with the day at p.</summary>
        private Match? DayMonth(int s, int p, int day, int? rel)
        {
            int k = p + 1;
            if (Get(k, TTag.Of, out _, out int ol) && Is(k + ol, TTag.Month)) k += ol;
            if (!Get(k, TTag.Month, out var mon, out int ml)) return null;
            return DatePart(s, k + ml, mon.Arg, day, rel, "day-month");
        }

        /// <summary>Resolves MONTH (+ day) with an optional following year, a postposed direction word, or the anchor.</summary>
        private Match? DatePart(int s, int e, int month, int day, int? rel, string rule)
        {
            int y = YearAfter(e, out int ye);
            if (y > 0)
            {
                if (day > 0 && !ValidDay(y, month, day)) return null;
                return new Match(s, ye, TimexType.Date, day > 0 ? Ymd(new DateOnly(y, month, day)) : YM(y, month), "explicit", rule);
            }
            // "en enero y mayo de 2024", "in January and February 2024", "gennaio, marzo e maggio 2023": coordinated months
            // share the year written after the last one.
            if (rel is null && day == 0 && CoordinatedMonthsYear(e) is int shared and > 0)
                return new Match(s, e, TimexType.Date, YM(shared, month), "explicit", rule + "-coordination");
            // "September of last year", "septiembre del año pasado", "settembre dell'anno scorso", "July last year", "ese año"
            if (rel is null && RelativeYearAfter(e, out int ry, out int rye, out string ryRes) is { } yearRes)
            {
                if (day > 0 && !ValidDay(ry, month, day)) return null;
                return new Match(s, rye, TimexType.Date, day > 0 ? Ymd(new DateOnly(ry, month, day)) : YM(ry, month), ryRes, rule + "-of-relative-year");
            }
            if (rel is null && Get(e, TTag.Rel, out var r, out int rl)) { rel = r.Arg; e += rl; }
            string md = day > 0 ? $"-{month:D2}-{day:D2}" : $"-{month:D2}";
            if (ctx.Anchor is not { } a)
            {
                if (_lastDate is { } ld && rel is null) return Prev(new Match(s, e, TimexType.Date, Y(ld.Year) + md, "previous_date", rule), ld);
                return new Match(s, e, TimexType.Date, "XXXX" + md, "unresolved", rule);
            }
            // no direction word: future tense → the next occurrence; otherwise the nearest one (news speak of the recent past and near future)
            // "since October", "desde octubre", "depuis octobre": the last occurrence, unless the clause speaks of the future.
            int tense = rel is null ? Tense(s, e) : 0;
            if (rel is null && tense <= 0 && SinceBefore(s, e)) rel = -1; // not "dal 3 al 5 marzo": a range's start
            int year = rel is { } rd ? YearOf(a, month, day, rd, strict: true) : NearestYear(a, month, day, tense);
            if (day > 0 && !ValidDay(year, month, day)) return null;
            return new Match(s, e, TimexType.Date, Y(year) + md, ctx.AnchorResolution, rule);
        }

        /// <summary>After a month at <paramref name="e"/>: ("," | and) month, repeated (up to four), the last one followed by a year —
        /// that year; else -1.</summary>
        private int CoordinatedMonthsYear(int e)
        {
            int k = e;
            for (int n = 0; n < 4; n++)
            {
                if (!(Is(k, TTag.And) || IsPunct(k, ','))) return -1;
                k++;
                if (Is(k, TTag.And)) k++; // serial comma: "January, March, and May"
                if (Is(k, TTag.Art) && !Is(k, TTag.Month)) k++;
                if (!Get(k, TTag.Month, out _, out int ml)) return -1;
                k += ml;
                int y = YearAfter(k, out _);
                if (y > 0) return y;
            }
            return -1;
        }

        /// <summary>[of] [article] (direction year | year direction | demonstrative year) after a month: "of last year", "del año
        /// pasado", "dell'anno scorso", "last year", "de ese año". The year, the end position and the resolution, else null.</summary>
        private string? RelativeYearAfter(int e, out int year, out int end, out string resolution)
        {
            year = end = 0; resolution = "";
            int k = e;
            bool of = Get(k, TTag.Of, out _, out int ol);
            if (of) k += ol;
            if (Is(k, TTag.Art) && !Is(k, TTag.Num) && !Is(k, TTag.Unit)) k++;
            int? rel = null;
            bool dem = false;
            if (Get(k, TTag.Rel, out var r1, out int rl1)) { rel = r1.Arg; k += rl1; }
            else if (of && Get(k, TTag.Dem, out _, out int dl)) { dem = true; k += dl; }
            if (!Get(k, TTag.Unit, out var u, out int ul) || u.Text != "Y") return null;
            k += ul;
            if (rel is null && !dem && of && Get(k, TTag.Rel, out var r2, out int rl2)) { rel = r2.Arg; k += rl2; }
            if (dem)
            {
                if (_lastExplicit is not { } le) return null;
                year = le.Year; end = k; resolution = "previous_date";
                return resolution;
            }
            if (rel is not { } n || ctx.Anchor is not { } a) return null;
            year = a.Year + n; end = k; resolution = ctx.AnchorResolution;
            return resolution;
        }

        /// <summary>The year of the occurrence of month (day) nearest to the anchor; the verb tense around it makes occurrences on
        /// the other side of the anchor count as 4 months farther ("in March" said in October in a past-tense sentence = last March).</summary>
        private static int NearestYear(DateOnly a, int month, int day, int tense)
        {
            int best = a.Year; double bestDist = double.MaxValue;
            for (int y = a.Year - 1; y <= a.Year + 1; y++)
            {
                double diff = (y - a.Year) * 12 + month - a.Month + ((day == 0 ? a.Day : day) - a.Day) / 31.0;
                double dist = Math.Abs(diff) + (tense != 0 && Math.Sign(diff) == -tense ? 4 : 0);
                if (dist < bestDist - 1e-9) { bestDist = dist; best = y; }
            }
            return best;
        }

        /// <summary>"since" right before the expression [<paramref name="s"/>, <paramref name="e"/>) and no range after it: a state
        /// that has lasted since a past time ("depuis mars", "chiuso da domenica" — not "dal 3 al 5 marzo").</summary>
        private bool SinceBefore(int s, int e) => s > 0 && Is(s - 1, TTag.Since) && !Is(e, TTag.To);

        /// <summary>The last day a date of the text named, however its year was found ("July 28"), or null.</summary>
        private DateOnly? LastDay() =>
            _dayValue is { } dv && DateOnly.TryParseExact(dv, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

        private Match Prev(Match m, DateOnly anchor) { _prevAnchorText = Ymd(anchor); return m; }

        // ---- MONTH [DAY] [, YEAR]
        private Match? Month(int s, int p, int? rel)
        {
            Get(p, TTag.Month, out var mon, out int ml);
            int q = p + ml;
            if (ml == 1 && Is(p, TTag.Ambig) && !Licensed(s, p, q, rel)) return null;
            // (A capitalised month inside a sentence where months are lower case, before another capitalised word, is a name:
            // "el dirigente Julio Rosas".)
            if (_l.LowerCaseMonths && ml == 1 && p > 0 && toks[p - 1].Kind == TokenKind.Word && char.IsUpper(text[toks[p].Start])
                && q < _n && toks[q].Kind == TokenKind.Word && char.IsUpper(text[toks[q].Start]) && !_stop.Contains(text.AsSpan(toks[q].Start, toks[q].Length))) return null;
            Match? best = DatePart(s, q, mon.Arg, 0, rel, "month");
            // A day after the month is written in figures ("October 2", "ottobre 2"); a number word counts what follows ("en
            // octubre dos paros").
            int day = YearAt(q) < 0 && (uint)q < (uint)_n && lex[q].Kind is NumKind.Int or NumKind.Ordinal ? DayAt(q) : -1;
            if (day > 0) best = Longer(best, DatePart(s, q + 1, mon.Arg, day, rel, "month-day"));
            return best;
        }

        /// <summary>An ambiguous month or season word ("May", "March", "fall") counts only when capitalized and next to other date
        /// words or after a licensing preposition.</summary>
        private bool Licensed(int s, int p, int q, int? rel)
        {
            if (!char.IsUpper(text[toks[p].Start]) && !Is(p, TTag.Season)) return false;
            // (A name goes on through a short linker and a capital: "nel Mar del Giappone", "el Mar de China".)
            if (q + 1 < _n && toks[q].Kind == TokenKind.Word && toks[q].Length <= 3 && !char.IsUpper(text[toks[q].Start])
                && toks[q + 1].Kind == TokenKind.Word && char.IsUpper(text[toks[q + 1].Start])) return false;
            if (rel is not null || s < p) return true;
            if (DayAt(q) > 0 || YearAfter(q, out _) > 0) return true;
            return p > 0 && (Is(p - 1, TTag.Ctx) || Is(p - 1, TTag.From) || Is(p - 1, TTag.Part));
        }

        // ---- WEEKDAY [, DAY MONTH [YEAR]] | WEEKDAY (relative)
        private Match? Weekday(int s, int p, int? rel)
        {
            Get(p, TTag.Weekday, out var wd, out _);
            int q = p + 1;
            // (The apostrophe some Italian sources write for the accent belongs to the word: "venerdi' 23 dicembre".)
            if (q < _n && toks[q].Start == toks[p].End && IsPunct(q, '\'')) q++;
            int k = IsPunct(q, ',') ? q + 1 : q;
            if (Is(k, TTag.Art) && !Is(k, TTag.Num)) k++;
            int day = DayAt(k);
            if (day > 0 && DayMonth(s, k, day, rel) is { } full) return full with { Rule = "weekday-date" };
            if (Is(k, TTag.Month) && DayAt(k + 1) > 0 && Month(s, k, rel) is { } md) return md with { Rule = "weekday-date" }; // "Saturday, April 25"
            if (rel is null && Get(q, TTag.Rel, out var r, out int rl)) { rel = r.Arg; q += rl; }
            Match m;
            if (ctx.Anchor is not { } a) m = new Match(s, q, TimexType.Date, "XXXX-WXX-" + wd.Arg, "unresolved", "weekday");
            else
            {
                // No tense cue: the last such day, or the day of the anchor's week, or the nearest, where the language data says so
                // (WEEKDAY:week, WEEKDAY:nearest).
                int tense = Tense(s, q);
                // (A weekday something is set for is ahead: "convocaron una huelga para el viernes", "scheduled for Friday".)
                // (A weekday a state has lasted since is past: "chiuso da domenica", "depuis dimanche" — not a range's start.)
                int dir = rel is null or 0 ? (Is(s - 1, TTag.Ahead) ? 1 : SinceBefore(s, q) ? -1 : tense != 0 ? tense
                    : _l.BareWeekday switch { BareWeekdayRule.Nearest => TimexValues.NearestWeekdayDirection(a, wd.Arg), BareWeekdayRule.Week => 0, _ => -1 }) : rel.Value;
                var d = TimexValues.Weekday(a, wd.Arg, dir, inclusive: rel is null or 0);
                m = new Match(s, q, TimexType.Date, Ymd(d), ctx.AnchorResolution, rel is null ? "weekday-tense" : "weekday-relative");
            }
            if (Get(q, TTag.Tod, out var tod, out int tl)) m = m with { E = q + tl, Type = TimexType.Time, Value = m.Value + "T" + tod.Text };
            return m;
        }

        // ---- UNIT with direction ("last year", "l'anno scorso", "el año pasado"); vague plurals; "el año 2000"; decades
        private Match? Unit(int s, int p, int? rel, bool few)
        {
            bool plural = Get(p, TTag.Units, out var u, out int ul);
            // a noun that is singular and plural alike ("mois"): plural after a vague quantity, a direction before it or a
            // preposition of duration ("quelques mois", "ces derniers mois", "depuis des mois"), else singular ("le mois dernier")
            if (plural && Is(p, TTag.Unit) && !few && rel is not (-1 or 1) && !(s == p && AfterDurationWord(p))) plural = false;
            if (!plural) Get(p, TTag.Unit, out u, out ul);
            int q = p + ul;
            string unit = u.Text!;
            if (plural)
            {
                if (unit == "Y" && (NumAt(q, out _) is >= 20 and <= 90 and var dec) && dec % 10 == 0)
                    return new Match(s, q + 1, TimexType.Date, "19" + dec / 10, "explicit", "decade-words");
                // "les années 1990", "los años 2000": a plural year unit before a year ending in 0 is its decade (not "the years
                // 2020 and 2021", "años 2010-2012")
                if (unit == "Y" && YearAt(q) is > 0 and var dy && dy % 10 == 0 && !Is(q + 1, TTag.And) && !Is(q + 1, TTag.To) && !IsPunct(q + 1, '-'))
                    return new Match(s, q + 1, TimexType.Date, (dy / 10).ToString(CultureInfo.InvariantCulture), "explicit", "decade-year");
                if (rel is null && Get(q, TTag.Rel, out var pr, out int prl)) { rel = pr.Arg; q += prl; }
                if (rel is null && Get(q, TTag.Ago, out var pa, out int pal)) // "mesi fa", "several years ago"
                    return new Match(s, q + pal, TimexType.Date, pa.Arg < 0 ? "PAST_REF" : "FUTURE_REF", "vague", "vague-ago");
                if (few || rel is -1 or 1) return new Match(s, q, TimexType.Duration, Duration(null, unit), "vague", "vague-duration");
                if (rel is null && s == p && AfterDurationWord(p)) // "durante años", "for years", "within weeks"
                    return new Match(s, q, TimexType.Duration, Duration(null, unit), "vague", "bare-plural-duration");
                if (rel == 0) return new Match(s, q, TimexType.Date, "PRESENT_REF", "vague", "these-units"); // "these days", "queste settimane"
                return null;
            }
            if (unit == "Y" && YearAt(q) > 0) return new Match(s, q + 1, TimexType.Date, Y(YearAt(q)), "explicit", "year");
            if (unit == "Y" && NumAt(q, out int ywl) is >= 1000 and <= 2099 and var yw) // "the year two thousand"
                return new Match(s, q + ywl, TimexType.Date, Y(yw), "explicit", "year-words");
            if (unit == "CE" && (uint)q < (uint)_n && Roman(text.AsSpan(toks[q].Start, toks[q].Length)) is > 0 and <= 30 and var c)
                return new Match(s, q + 1, TimexType.Date, (c - 1).ToString("D2", CultureInfo.InvariantCulture), "explicit", "century"); // "el siglo XXI"
            if (s < p && Is(p - 1, TTag.Dem) && _lastExplicit is { } le && unit is "Y" or "M" or "D") // "ese año", "quel giorno", "that day"
            {
                var v = unit switch { "Y" => Y(le.Year), "M" => le.Month > 0 ? YM(le.Year, le.Month) : null, _ => le.Day > 0 ? Ymd(new DateOnly(le.Year, le.Month, le.Day)) : null };
                if (v is not null) return new Match(s, q, TimexType.Date, v, "previous_date", "demonstrative-unit");
            }
            if (rel is null && Get(q, TTag.Rel, out var r, out int rl)) { rel = r.Arg; q += rl; }
            if (rel is null && unit == "D" && Get(q, TTag.Ago, out var ago, out int al)) { rel = ago.Arg; q += al; }
            if (unit == "M" && Get(q, TTag.Of, out _, out int mol) && Get(q + mol, TTag.Month, out var mm, out int mml)) // "el pasado mes de mayo"
                return DatePart(s, q + mol + mml, mm.Arg, 0, rel, "month-of-name");
            if (unit == "D" && DayAt(q) is > 0 and var d1 && DayMonth(s, q, d1, rel) is { } dm) return dm; // "el próximo día 9 de julio"
            if (rel is null && unit == "D" && DayAt(q) is > 0 and var dom && !Is(q + 1, TTag.Month) && !Is(q + 1, TTag.Of)) // "el día 13"
            {
                if (ctx.Anchor is not { } an) return new Match(s, q + 1, TimexType.Date, $"XXXX-XX-{dom:D2}", "unresolved", "day-of-month");
                return ValidDay(an.Year, an.Month, dom) ? new Match(s, q + 1, TimexType.Date, Ymd(new DateOnly(an.Year, an.Month, dom)), ctx.AnchorResolution, "day-of-month") : null;
            }
            // "the year", "the quarter", "the week": the current period, when introduced by a definite article
            if (rel is null && Definite(s, p) && Is(q, TTag.Ending) && unit is "Y" or "Q" or "M" or "W") // "the year ended March 31": a span of one unit
                return new Match(s, q, TimexType.Duration, Duration(1, unit), "explicit", "period-ending");
            if (rel is null && Definite(s, p) && unit is "Y" or "Q" or "M" or "W" or "WE")
            {
                // anaphoric "the quarter": the quarter last mentioned, if any
                if (unit == "Q" && _lastQuarter is { } lq) return new Match(s, q, TimexType.Date, lq, "previous_date", "definite-unit-anaphora");
                // "the weekend" told in the past on a weekday is the one just gone
                rel = unit == "WE" && ctx.Anchor is { } wa && wa.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && Tense(s, q) < 0 ? -1 : 0;
            }
            // "a fine mese", "alla fine del mese", "a finales de mes", "à la fin du mois": the part of the current period.
            if (rel is null && unit is "Y" or "M" && (s < p && Is(s, TTag.Part) || PartRightBefore(p))) rel = 0;
            if (rel is not { } n) return null;
            // "the next day", "il giorno dopo", "el día anterior" in narrative text: relative to the last full date mentioned
            if (unit == "D" && n != 0 && _lastDate is { } ld && s < p)
                return Prev(new Match(s, q, TimexType.Date, Ymd(ld.AddDays(n)), "previous_date", "day-after-before"), ld);
            var rm = Relative(s, q, unit, n, "unit-relative");
            if (unit == "Y" && rm is { } ry && ry.Value.Length == 4 && int.TryParse(ry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int ryv)
                && YearPart(s, q, ryv, "relative-year-part") is { } yp)
                return yp with { Resolution = ry.Resolution }; // "this year's third quarter"
            return rm;
        }

        /// <summary>An ordinal followed by a century unit: "XXe siècle", "20th century" → "19".</summary>
        private Match? Century(int s, int q, int ordinal) =>
            ordinal is >= 1 and <= 30 && Get(q, TTag.Unit, out var u, out int ul) && u.Text == "CE"
                ? new Match(s, q + ul, TimexType.Date, (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), "explicit", "ordinal-century")
                : null;

        private static int Roman(ReadOnlySpan<char> r)
        {
            int total = 0, prev = 0;
            for (int i = r.Length - 1; i >= 0; i--)
            {
                int v = r[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => -1 };
                if (v < 0) return -1;
                total += v < prev ? -v : v;
                prev = Math.Max(prev, v);
            }
            return total;
        }

        /// <summary>A part-of phrase (PART: "fine", "finales de", "la fin du") ends right before p.</summary>
        private bool PartRightBefore(int p) => TagEndsAt(TTag.Part, p, 4);

        /// <summary>An entry of <paramref name="tag"/> starting at most <paramref name="back"/> tokens before p ends right before p.</summary>
        private bool TagEndsAt(TTag tag, int p, int back)
        {
            for (int j = p - 1; j >= Math.Max(0, p - back); j--)
                if (Get(j, tag, out _, out int len) && j + len == p) return true;
            return false;
        }

        /// <summary>A preposition of duration (DUR: "durante", "for") ends right before p.</summary>
        private bool AfterDurationWord(int p) => TagEndsAt(TTag.Dur, p, 3);

        private bool Definite(int s, int p)
        {
            for (int j = s; j < p; j++) if (Is(j, TTag.Art) && !Is(j, TTag.Num)) return true;
            return false;
        }

        private Match? Relative(int s, int e, string unit, int n, string rule)
        {
            // "a year ago" in a text about a quarter ("third-quarter profit … a year ago"): the same quarter that many years off
            if (unit == "Y" && rule is "units-ago" or "compound-ago" && _lastQuarter is { } lq && ctx.Anchor is { } qa)
                return new Match(s, e, TimexType.Date, Y(qa.Year + n) + lq[4..], ctx.AnchorResolution, rule + "-quarter");
            if (unit is "H" or "MIN" or "S")
                return ctx.Anchor is null ? null : new Match(s, e, TimexType.Date, Ymd(ctx.Anchor.Value), ctx.AnchorResolution, rule);
            if (ctx.Anchor is not { } a) return new Match(s, e, TimexType.Date, Unknown(unit), "unresolved", rule);
            var v = Shift(a, unit, n);
            return v is null ? null : new Match(s, e, TimexType.Date, v, ctx.AnchorResolution, rule);
        }

        // ---- ORDINAL + quarter/half [of YEAR]; "the first nine months"
        private Match? Ordinal(int s, int p)
        {
            Get(p, TTag.Ord, out var o, out int ol);
            int q = p + ol;
            if (Century(s, q, o.Arg) is { } century) return century; // "le XXe siècle"
            int n = NumAt(q, out int nl);
            if (n > 0 && Get(q + nl, TTag.Units, out var us, out int usl))
                return new Match(s, q + nl + usl, TimexType.Duration, Duration(n, us.Text!), "explicit", "ordinal-duration");
            if (!Get(q, TTag.Unit, out var u, out int ul) || u.Text is not ("Q" or "H2")) return null;
            int e = q + ul;
            string part = u.Text == "Q" ? "Q" : "H";
            if (o.Arg > (part == "Q" ? 4 : 2)) return null;
            int y = YearAfter(e, out int ye);
            if (y > 0) return new Match(s, ye, TimexType.Date, $"{Y(y)}-{part}{o.Arg}", "explicit", "ordinal-period");
            if (ctx.Anchor is not { } a) return new Match(s, e, TimexType.Date, $"XXXX-{part}{o.Arg}", "unresolved", "ordinal-period");
            return new Match(s, e, TimexType.Date, $"{Y(a.Year)}-{part}{o.Arg}", ctx.AnchorResolution, "ordinal-period");
        }

        // ---- today / yesterday (+ time of day)
        private Match? Deictic(int s, int p)
        {
            Get(p, TTag.Deic, out var d, out int dl);
            int q = p + dl;
            // "au lendemain de la découverte", "alla vigilia del vertice": the day after or before an event, not the document's
            // (a deictic noun after its article; adverbs go on: "anunció ayer de forma oficial").
            if (p > 0 && Is(p - 1, TTag.Art) && Get(q, TTag.Of, out _, out int ofl) && !(Is(q + ofl, TTag.Month) || Is(q + ofl, TTag.Weekday) || DayAt(q + ofl) > 0 || Is(q + ofl, TTag.Deic))
                && !(Is(q + ofl, TTag.Art) && (Is(q + ofl + 1, TTag.Month) || Is(q + ofl + 1, TTag.Weekday) || DayAt(q + ofl + 1) > 0))) return null;
            string? tod = Get(p, TTag.Tod, out var t0, out int tl0) && tl0 == dl ? t0.Text : null;
            if (tod is null && Get(q, TTag.Tod, out var t1, out int tl1)) { tod = t1.Text; q += tl1; }
            // "hoy, jueves", "tomorrow (Friday)": the weekday restates the day
            int w = IsPunct(q, ',') ? q + 1 : q;
            if (tod is null && Is(w, TTag.Weekday)) q = w + 1;
            string date = ctx.Anchor is { } a ? Ymd(a.AddDays(d.Arg)) : "XXXX-XX-XX";
            var res = ctx.Anchor is null ? "unresolved" : ctx.AnchorResolution;
            return tod is null ? new Match(s, q, TimexType.Date, date, res, "deictic")
                               : new Match(s, q, TimexType.Time, date + "T" + tod, res, "deictic-time");
        }

        private Match? Season(int s, int p, int? rel)
        {
            Get(p, TTag.Season, out var se, out int sl);
            int q = p + sl;
            if (sl == 1 && Is(p, TTag.Ambig) && !Licensed(s, p, q, rel)) return null;
            int y = YearAfter(q, out int ye);
            if (y > 0) return new Match(s, ye, TimexType.Date, $"{Y(y)}-{se.Text}", "explicit", "season");
            if (rel is null && Get(q, TTag.Rel, out var r, out int rl)) { rel = r.Arg; q += rl; }
            if (rel is null && s == p) return null; // a bare season name is generic ("in summer prices rise")
            if (ctx.Anchor is not { } a) return new Match(s, q, TimexType.Date, $"XXXX-{se.Text}", "unresolved", "season");
            return new Match(s, q, TimexType.Date, $"{Y(a.Year + (rel ?? 0))}-{se.Text}", ctx.AnchorResolution, "season");
        }

        private Match? Holiday(int s, int p)
        {
            Get(p, TTag.Holiday, out var h, out int hl);
            int q = p + hl;
            int y = YearAfter(q, out int ye);
            if (y > 0) return new Match(s, ye, TimexType.Date, HolidayDate(y, h.Text!), "explicit", "holiday");
            if (ctx.Anchor is not { } a) return new Match(s, q, TimexType.Date, h.Text!.StartsWith("EASTER", StringComparison.Ordinal) ? "XXXX" : $"XXXX-{h.Text}", "unresolved", "holiday");
            return new Match(s, q, TimexType.Date, HolidayDate(a.Year, h.Text!), ctx.AnchorResolution, "holiday");
        }

        /// <summary>A holiday's date in <paramref name="year"/>: "MM-DD", or "EASTER" with an offset in days ("EASTER+1": Easter
        /// Monday, "EASTER-2": Good Friday).</summary>
        private static string HolidayDate(int year, string holiday)
        {
            if (!holiday.StartsWith("EASTER", StringComparison.Ordinal)) return $"{Y(year)}-{holiday}";
            int offset = holiday.Length > 6 ? int.Parse(holiday.AsSpan(6), CultureInfo.InvariantCulture) : 0;
            return Ymd(TimexValues.EasterSunday(year).AddDays(offset));
        }

        // ---- "hace dos años", "tra due settimane"
        private Match? Before(int s, int p)
        {
            Get(p, TTag.Before, out var b, out int bl);
            int q = p + bl;
            if (Get(q, TTag.Approx, out _, out int al)) q += al;
            if (Get(q, TTag.Few, out _, out int fl)) q += fl;
            if (Get(q, TTag.Units, out var vu, out int vul)) // "hace unos días", "hace meses": an unspecified amount
                return new Match(s, q + vul, TimexType.Duration, Duration(null, vu.Text!), "vague", "before-vague");
            int n = NumAt(q, out int nl);
            if (n < 0) return null;
            if (!Get(q + nl, TTag.Units, out var u, out int ul) && !Get(q + nl, TTag.Unit, out u, out ul)) return null;
            return Relative(s, q + nl + ul, u.Text!, b.Arg * n, "before-units");
        }

        // ---- "every day", "cada año", "ogni lunedì", "todos los días"
        private Match? Every(int s, int p)
        {
            Get(p, TTag.Every, out _, out int el);
            int q = p + el;
            int n = NumAt(q, out int nl);
            if (n > 1) q += nl; else n = 1;
            if (Get(q, TTag.Unit, out var u, out int ul) || Get(q, TTag.Units, out u, out ul))
                return new Match(s, q + ul, TimexType.Set, Duration(n, u.Text!), "explicit", "set-every");
            if (Get(q, TTag.Weekday, out var w, out int wl))
                return new Match(s, q + wl, TimexType.Set, "XXXX-WXX-" + w.Arg, "explicit", "set-every");
            return null;
        }

        // ---- hyphenated compounds: "two-year" (P2Y), "third-quarter" (Q3), "mid-1990"
        private Match? Compound(int s, int p)
        {
            var t = toks[p];
            var span = text.AsSpan(t.Start, t.Length);
            int dash = span.IndexOf('-');
            if (dash <= 0 || dash == span.Length - 1 || span.Length > 40) return null;
            Span<char> a = stackalloc char[dash];
            Span<char> b = stackalloc char[span.Length - dash - 1];
            Fold(span[..dash], a);
            Fold(span[(dash + 1)..], b);
            var na = _l.Step(null, a)?.Entries;
            var nb = _l.Step(null, b)?.Entries;
            int num = int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : Find(na, TTag.Num)?.Arg ?? -1;
            if (Find(nb, TTag.Unit) is { } u)
            {
                if (num > 0) return new Match(s, p + 1, TimexType.Duration, Duration(num, u.Text!), "explicit", "compound-duration");
                if (Find(na, TTag.Ord) is { } o && u.Text == "Q" && o.Arg <= 4)
                    return ctx.Anchor is { } an ? new Match(s, p + 1, TimexType.Date, $"{Y(an.Year)}-Q{o.Arg}", ctx.AnchorResolution, "compound-quarter")
                                                : new Match(s, p + 1, TimexType.Date, $"XXXX-Q{o.Arg}", "unresolved", "compound-quarter");
            }
            if (Find(na, TTag.Part) is not null && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && b.Length == 4)
                return new Match(s, p + 1, TimexType.Date, Y(y), "explicit", "compound-part-year");
            if (Find(na, TTag.Part) is not null && Find(nb, TTag.Month) is { } mon) // "mid-November"
                return DatePart(s, p + 1, mon.Arg, 0, null, "compound-part-month");
            if (Find(na, TTag.Unit) is { } ua && Find(nb, TTag.Ago) is { } ago) // "year-earlier", "year-ago"
                return Relative(s, p + 1, ua.Text!, ago.Arg, "compound-ago");
            return null;
        }

        private static TEntry? Find(TEntry[]? es, TTag tag)
        {
            if (es is null) return null;
            foreach (var e in es) if (e.Tag == tag) return e;
            return null;
        }

        // ---- ranges: "dal 3 al 5 marzo", "between 2019 and 2021", "entre 2019 y 2021", "tra il 2011 e il 2013"
        private Match? Range(int i)
        {
            if (!Get(i, TTag.From, out _, out int fl)) return null;
            int p = i + fl;
            if (Is(p, TTag.Art) && !Is(p, TTag.Num)) p++;
            if (p >= _n || !lex[p].Trigger) return null;
            Match? x = Core(p, p, null, false);
            int day = x is null ? DayAt(p) : -1;
            int k = x?.E ?? p + 1;
            if (x is null && day < 0) return null;
            if (x is { } xv && (xv.Type != TimexType.Date || xv.Resolution == "vague" || xv.Value.Contains('/'))) return null;
            if (!Is(k, TTag.To) && !Is(k, TTag.And) && !IsPunct(k, '-')) return null;
            Get(k, TTag.To, out _, out int tl);
            k += Math.Max(tl, 1);
            if (Is(k, TTag.Art) && !Is(k, TTag.Num) && !Is(k, TTag.Month)) k++;
            if (k >= _n) return null;
            var y = Core(k, k, null, false);
            if (y is not { } yv || yv.Type != TimexType.Date || yv.Resolution == "vague" || yv.Value.Contains('/')) return null;
            if (x is null)
            {
                if (yv.Value.Length != 10 || !int.TryParse(yv.Value.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out int yd) || day >= yd) return null;
                x = new Match(p, p + 1, TimexType.Date, yv.Value[..8] + day.ToString("D2", CultureInfo.InvariantCulture), yv.Resolution, "range");
            }
            var xm = x.Value;
            // "dal 1 gennaio al 30 giugno" said in July: each end alone is the nearest occurrence (next January, last June);
            // a range's start whose year was not written is in the year before its end.
            // (A weekday's start is in the week before: "tra domenica e martedì" said on a Wednesday.)
            if (string.CompareOrdinal(xm.Value, yv.Value) >= 0 && xm.Value.Length == yv.Value.Length && xm.Resolution != "explicit"
                && xm.Rule.StartsWith("weekday", StringComparison.Ordinal)
                && DateOnly.TryParseExact(xm.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wd))
                xm = xm with { Value = Ymd(wd.AddDays(-7)) };
            else if (string.CompareOrdinal(xm.Value, yv.Value) >= 0 && xm.Value.Length == yv.Value.Length && xm.Resolution != "explicit"
                && int.TryParse(xm.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int sy))
                xm = xm with { Value = Y(sy - 1) + xm.Value[4..] };
            if (string.CompareOrdinal(xm.Value, yv.Value) >= 0 || xm.Value.Length != yv.Value.Length) return null;
            var res = xm.Resolution == "explicit" ? yv.Resolution : xm.Resolution;
            return new Match(i, yv.E, TimexType.Date, xm.Value + "/" + yv.Value, res, "range", [xm, yv]);
        }
    }
}
