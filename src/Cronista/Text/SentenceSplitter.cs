using System.Runtime.InteropServices;
using Cronista.Model;

namespace Cronista.Text;

/// <summary>
/// Splits tokenized text into sentences. A sentence ends:
/// <list type="bullet">
/// <item>at a paragraph break (blank line), always;</item>
/// <item>after . ! ? … ... (with adjacent closing quotes/brackets) followed by whitespace and a plausible start:
///   a capital or uncased letter, digit, opening quote/bracket, ¿ ¡, dash or bullet — or glued to a capitalised word by a
///   scraper that lost the space ("Zawawi.Treinta");</item>
/// <item>after an abbreviation, initial or dotted acronym ("ecc.", "J.", "U.S.") only when a capitalized stop word follows
///   ("…in the U.S. The…"); never after a person's title ("Sig.", "Dr.") or a German ordinal ("17.");</item>
/// <item>at a single line break when the line ends with sentence punctuation, or when it looks like a title:
///   no final , ; : or opening bracket/quote, and the next line has a plausible start. Bullets always start a sentence;</item>
/// <item>after <see cref="MaxTokens"/> tokens, always.</item>
/// </list>
/// Sentences are token ranges, so they are never empty and their spans are trimmed.
/// </summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    /// <summary>The longest sentence, in tokens; longer runs are cut (ten ML-Crisis articles have such runs: pages scraped
    /// without sentence punctuation).</summary>
    public const int MaxTokens = 400;

    /// <summary>Appends sentences over already computed tokens; <paramref name="lang"/> selects abbreviation data ("und" = all languages).</summary>
    public void Split(string text, IReadOnlyList<Token> tokens, string lang, List<Sentence> output)
    {
        ReadOnlySpan<Token> t = tokens switch
        {
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => tokens.ToArray(),
        };
        if (t.Length == 0) return;
        var data = TextLanguageData.For(lang);
        var s = text.AsSpan();
        int first = 0;
        for (int i = 0; i < t.Length; i++)
        {
            int last = i;
            bool boundary;
            var end = EndKind(s, t[i], data);
            if (end != Ending.None)
            {
                // Absorb adjacent closers and further terminal marks: «…». / "?!" / .)
                while (last + 1 < t.Length && (t[last + 1].Start == t[last].End && (IsCloser(s, t[last + 1]) || IsTerminal(s, t[last + 1]))
                                                || IsSpacedCloser(s, t, last + 1)))
                    last++;
            }
            if (last + 1 >= t.Length) boundary = true;
            else
            {
                var next = t[last + 1];
                int breaks = LineBreaks(s, t[last].End, next.Start);
                bool spaced = next.Start > t[last].End;
                if (breaks >= 2) boundary = true;
                else if (breaks == 1)
                    boundary = end switch
                    {
                        Ending.Terminal or Ending.Abbreviation => true,
                        Ending.Never => false,
                        _ => StartsBullet(s, next) || (!IsContinuation(s, t[last]) && IsPlausibleStart(s, next)),
                    };
                else if (!spaced) boundary = end == Ending.Terminal && IsGluedStart(s, t, i, last + 1);
                else
                    boundary = end switch
                    {
                        Ending.Terminal => IsPlausibleStart(s, next) && !IsListMarker(s, t, first, i),
                        Ending.Abbreviation => IsCapitalizedStopWord(s, next, data),
                        _ => false,
                    };
            }
            // A run of text with no sentence end (a list, a page scraped without punctuation) is cut every MaxTokens tokens:
            // per-sentence rules look across the whole sentence, and on a 15,000-word "sentence" they took seconds.
            // (After its last ; or , in the window's second half, if any.)
            if (!boundary && last - first + 1 >= MaxTokens)
            {
                boundary = true;
                for (int c = last; c > first + MaxTokens / 2; c--)
                    if (t[c].Kind == TokenKind.Punctuation && s[t[c].Start] is ';' or ',') { last = c; break; }
            }
            if (boundary)
            {
                output.Add(new Sentence(t[first].Start, t[last].End, first, last - first + 1));
                first = last + 1;
            }
            i = last;
        }
    }

    private enum Ending : byte
    {
        None,
        /// <summary>. ! ? … ...</summary>
        Terminal,
        /// <summary>A word ending in a period that may end a sentence: abbreviation, initial, dotted acronym.</summary>
        Abbreviation,
        /// <summary>A word or number ending in a period that never ends a sentence: person title, German ordinal.</summary>
        Never,
    }

    private static Ending EndKind(ReadOnlySpan<char> s, Token t, TextLanguageData data)
    {
        char last = s[t.End - 1];
        if (t.Kind == TokenKind.Punctuation) return IsTerminal(s, t) ? Ending.Terminal : Ending.None;
        if (last != '.' || t.Length < 2) return Ending.None;
        if (t.Kind == TokenKind.Number) return Ending.Never;
        if (t.Kind != TokenKind.Word) return Ending.None;
        return data.Abbreviations.Lookup(s.Slice(t.Start, t.Length - 1)) == AbbreviationKind.Title ? Ending.Never : Ending.Abbreviation;
    }

    private static bool IsTerminal(ReadOnlySpan<char> s, Token t) =>
        t.Kind == TokenKind.Punctuation && s[t.Start] is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。' or '！' or '？';

    private static bool IsCloser(ReadOnlySpan<char> s, Token t) =>
        t.Kind == TokenKind.Punctuation && s[t.Start] is '"' or '\'' or '»' or '”' or '’' or '›' or ')' or ']' or '}';

    /// <summary>"1." opening a sentence is a list item number, not a sentence ("1. Politica interna.").</summary>
    private static bool IsListMarker(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int first, int period) =>
        period == first + 1 && t[first].Kind == TokenKind.Number && t[first].Length <= 3 && s[t[period].Start] == '.' && t[period].Length == 1;

    /// <summary>"Il", "The", "Los" after an abbreviation start a sentence; all-caps headline words ("DE EE.UU. EN SIRIA") do not.</summary>
    private static bool IsCapitalizedStopWord(ReadOnlySpan<char> s, Token next, TextLanguageData data)
    {
        if (next.Kind != TokenKind.Word || !char.IsUpper(s[next.Start])) return false;
        if (next.Length > 1 && char.IsUpper(s[next.Start + 1])) return false;
        return data.StopWords.Contains(s.Slice(next.Start, next.Length));
    }

    /// <summary>French-style closing guillemet or bracket after a space ("agir. » Le"); one attached to the next word
    /// opens a quote instead (German "»Komm«").</summary>
    private static bool IsSpacedCloser(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int k)
    {
        var c = t[k];
        if (c.Kind != TokenKind.Punctuation || s[c.Start] is not ('»' or '”' or '›' or ')' or ']')) return false;
        for (int i = t[k - 1].End; i < c.Start; i++)
            if (s[i] is not (' ' or '\t' or '\u00A0' or '\u202F' or '\u2009')) return false;
        return k + 1 >= t.Length || t[k + 1].Start > c.End;
    }

    /// <summary>Line endings after which the text goes on: , ; : and opening brackets/quotes.</summary>
    private static bool IsContinuation(ReadOnlySpan<char> s, Token t) =>
        t.Kind == TokenKind.Punctuation && s[t.Start] is ',' or ';' or ':' or '(' or '[' or '{' or '«' or '“' or '‹' or '-';

    private static bool StartsBullet(ReadOnlySpan<char> s, Token t) =>
        t.Length == 1 && s[t.Start] is '-' or '•' or '·' or '*' or '–' or '—' or '▪' or '►' or '‣' or '◦';

    private static bool IsPlausibleStart(ReadOnlySpan<char> s, Token t)
    {
        char c = s[t.Start];
        if (char.IsLetter(c)) return !char.IsLower(c);
        if (char.IsDigit(c)) return true;
        if (char.IsHighSurrogate(c)) return t.Kind == TokenKind.Word;
        return c is '"' or '\'' or '«' or '“' or '„' or '‘' or '‹' or '(' or '[' or '¿' or '¡' or '-' or '–' or '—' or '•';
    }

    /// <summary>A sentence glued to the one before by a scraper that dropped the space: "dijo Mohamed Zawawi.Treinta y dos",
    /// "«mentiras sucias».«Las informaciones»" — a lower-case word of two letters or more, the mark, then a capitalised word
    /// (after an opening quote or not). Not inside dotted chains or addresses: "www.Stefanomele.com", "Una.Comunità.Cristiana".</summary>
    private static bool IsGluedStart(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int mark, int next)
    {
        if (mark < 1 || t[mark].Length != 1 || s[t[mark].Start] is not ('.' or '!' or '?')) return false;
        int b = mark - 1;
        if (IsCloser(s, t[b]) && t[b].End == t[mark].Start && b >= 1) b--; // "sucias"."Las
        var before = t[b];
        if (before.Kind != TokenKind.Word || before.Length < 2 || before.End != t[b + 1].Start || !char.IsLower(s[before.End - 1])) return false;
        if (b >= 1 && t[b - 1].End == before.Start) return false; // "a.b.Cc", "x/yy.Zz"
        int w = next;
        if (t[w].Kind == TokenKind.Punctuation && s[t[w].Start] is '"' or '«' or '“' or '\'' && w + 1 < t.Length && t[w + 1].Start == t[w].End) w++;
        var word = t[w];
        if (word.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(s[word.Start]) || !char.IsLower(s[word.Start + 1])) return false;
        return !(w + 2 < t.Length && t[w + 1].Start == word.End && s[t[w + 1].Start] == '.' && t[w + 2].Start == t[w + 1].End);
    }

    /// <summary>Number of line breaks (capped at 2) in the gap [from, to).</summary>
    private static int LineBreaks(ReadOnlySpan<char> s, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            char c = s[i];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 >= to || s[i + 1] != '\n'))) { if (++n == 2) return 2; }
            else if (c == '\u2029') return 2;
        }
        return n;
    }
}
