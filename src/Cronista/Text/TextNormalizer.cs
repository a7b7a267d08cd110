using System.Buffers;
using System.Globalization;
using Cronista.Util;

namespace Cronista.Text;

/// <summary>
/// Unicode and layout normalization applied to every text before tokenization; all later offsets point into its output.
/// <list type="bullet">
/// <item>NFC (ICU, see <see cref="Nfc"/>).</item>
/// <item>Curly/low/reversed double quotes and the double prime → <c>"</c>; « » ‹ › are kept (real quote marks in it/es/fr).</item>
/// <item>Curly single quotes, modifier apostrophe, prime, and the acute accent misused as apostrophe (´) → <c>'</c>.</item>
/// <item>Hyphen, non-breaking hyphen, figure dash, en dash, minus → <c>-</c>; em dash and horizontal bar → <c>" - "</c>
///   (they separate clauses, so "Kim—who" must not become the compound "Kim-who").</item>
/// <item>No-break, thin, figure and other Unicode spaces and tabs → space; runs of spaces collapse to one;
///   spaces at line starts and ends are removed.</item>
/// <item>CRLF, CR, NEL, VT, FF, U+2028 → line break; U+2029 → paragraph break; two or more line breaks (blank lines) → exactly "\n\n".</item>
/// <item>Soft hyphen, zero-width and bidi format characters, BOM and control characters are removed.</item>
/// <item>The whole text is trimmed.</item>
/// </list>
/// Idempotent. Returns the same instance when nothing changes (one scan); otherwise one pass into a pooled buffer
/// (ICU only when a character at or above U+0300 appears).
/// </summary>
public static class TextNormalizer
{
    // Action codes for a character; values >= 0 are the replacement character itself.
    private const int Keep = -1, Remove = -2, Space = -3, LineBreak = -4, ParagraphBreak = -5, SpacedDash = -6;

    // Every character below U+0300 (where combining marks begin) is NFC_Quick_Check=Yes with combining class 0,
    // so text made only of them is already NFC: ICU is needed only when a character at or above this appears.
    private const char FirstNotNfcStable = '\u0300';

    public static string Normalize(string text)
    {
        if (!NeedsChange(text)) return text;
        var buffer = Scratch<char>.Rent(text.Length + 16);
        try
        {
            int n = 0;
            int pending = None; // the separator owed before the next character written
            bool beyondLatin = false;
            var s = text.AsSpan();
            for (int i = 0; i < s.Length; i++)
            {
                // Printable ASCII and Latin-1 and single spaces are kept as they are: copy such runs whole, up to a doubled
                // space or another character; only their first and last space may be dropped, so they become pending.
                int end = s[i..].IndexOfAnyExcept(KeptAsIs);
                end = end < 0 ? s.Length : i + end;
                while (i < end)
                {
                    int doubled = s[i..end].IndexOf("  ", StringComparison.Ordinal);
                    var run = s[i..(doubled < 0 ? end : i + doubled)];
                    i += run.Length;
                    while (i < end && s[i] == ' ') i++; // the doubled spaces
                    if (run.Length > 0 && run[0] == ' ') { if (pending == None) pending = OneSpace; run = run[1..]; }
                    bool spaceAfter = i > 0 && s[i - 1] == ' ';
                    if (run.Length > 0 && run[^1] == ' ') run = run[..^1];
                    if (run.Length > 0) PutRun(run, ref buffer, ref n, ref pending);
                    if (spaceAfter && pending == None) pending = OneSpace;
                }
                if (i == s.Length) break;
                char c = s[i];
                switch (Action(c))
                {
                    case Keep: break;
                    case Remove: continue;
                    case Space: if (pending == None) pending = OneSpace; continue;
                    case LineBreak:
                        if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') continue;
                        pending = pending >= OneBreak ? TwoBreaks : OneBreak;
                        continue;
                    case ParagraphBreak: pending = TwoBreaks; continue;
                    case SpacedDash:
                        if (pending == None) pending = OneSpace;
                        PutRun(['-'], ref buffer, ref n, ref pending);
                        pending = OneSpace;
                        continue;
                    case var replacement: c = (char)replacement; break;
                }
                beyondLatin |= c >= FirstNotNfcStable;
                PutRun([c], ref buffer, ref n, ref pending);
            }
            var result = new string(buffer, 0, n);
            if (beyondLatin) result = Nfc.Normalize(result);
            return result == text ? text : result;
        }
        finally
        {
            Scratch<char>.Return(buffer);
        }
    }

    private static readonly SearchValues<char> KeptAsIs = SearchValues.Create(
        Enumerable.Range(' ', 0x100 - ' ').Select(c => (char)c).Where(c => c == ' ' || Action(c) == Keep).ToArray());

    private const int None = 0, OneSpace = 1, OneBreak = 2, TwoBreaks = 3;

    /// <summary>Writes <paramref name="run"/> after the pending separator; separators at the text start are dropped, and at the end never flushed.</summary>
    private static void PutRun(scoped ReadOnlySpan<char> run, ref char[] buffer, ref int n, ref int pending)
    {
        if (n + 2 + run.Length > buffer.Length) Grow(ref buffer, n, n + 2 + run.Length);
        if (pending != None)
        {
            if (n > 0)
            {
                if (pending == OneSpace) buffer[n++] = ' ';
                else
                {
                    buffer[n++] = '\n';
                    if (pending == TwoBreaks) buffer[n++] = '\n';
                }
            }
            pending = None;
        }
        run.CopyTo(buffer.AsSpan(n));
        n += run.Length;
    }

    private static void Grow(ref char[] buffer, int n, int needed)
    {
        var bigger = Scratch<char>.Rent(Math.Max(buffer.Length * 2, needed));
        Array.Copy(buffer, bigger, n);
        Scratch<char>.Return(buffer);
        buffer = bigger;
    }

    /// <summary>False when <see cref="Normalize"/> would return the text unchanged: vectorized searches for doubled spaces and
    /// for the next character that is not printable ASCII or space, then a look at each such character.</summary>
    private static bool NeedsChange(string text)
    {
        if (text.Length == 0) return false;
        if (text[0] is ' ' or '\n' || text[^1] is ' ' or '\n') return true; // leading or trailing separators
        if (text.Contains("  ", StringComparison.Ordinal)) return true;
        var s = text.AsSpan();
        bool beyondLatin = false;
        int i = 0;
        while (true)
        {
            int next = s[i..].IndexOfAnyExceptInRange(' ', '~');
            if (next < 0) break;
            i += next;
            char c = s[i];
            if (c == '\n')
            {
                if (s[i - 1] == ' ') return true; // space at a line end
                int run = 1;
                while (s[i + run] == '\n') run++; // the text does not end with '\n'
                if (run > 2 || s[i + run] == ' ') return true; // blank lines beyond one, space at a line start
                i += run;
                continue;
            }
            if (c < 0x20 || c == 0x7F) return true; // tab, CR, other controls
            if (Action(c) != Keep) return true;
            beyondLatin |= c >= FirstNotNfcStable;
            i++;
        }
        return beyondLatin && !Nfc.IsNormalized(text);
    }

    private static int Action(char c)
    {
        if (c < 0x80)
        {
            if (c > 0x20) return c == 0x7F ? Remove : Keep;
            return c switch
            {
                ' ' or '\t' => Space,
                '\n' or '\r' or '\v' or '\f' => LineBreak,
                _ => Remove,
            };
        }
        switch (c)
        {
            case '\u0085' or '\u2028': return LineBreak;
            case '\u2029': return ParagraphBreak;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' or '\u301D' or '\u301E' or '\uFF02': return '"';
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '\u02BC' or '\u00B4' or '\u1FFD' or '\uFF07': return '\'';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\uFE63' or '\uFF0D': return '-';
            case '\u2014' or '\u2015' or '\uFE58': return SpacedDash;
        }
        if (c < 0xA0) return Remove; // C1 controls
        if (c < 0x100) return c == '\u00A0' ? Space : c == '\u00AD' ? Remove : Keep;
        if (char.IsWhiteSpace(c)) return Space;
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? Remove : Keep;
    }
}
