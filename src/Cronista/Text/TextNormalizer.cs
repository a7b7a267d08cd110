using System.Buffers;
using System.Globalization;

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
/// Idempotent. Returns the same instance when nothing changes (one scan); otherwise one pass into a pooled buffer.
/// </summary>
public static class TextNormalizer
{
    // Action codes for a character; values >= 0 are the replacement character itself.
    private const int Keep = -1, Remove = -2, Space = -3, LineBreak = -4, ParagraphBreak = -5, SpacedDash = -6;

    public static string Normalize(string text)
    {
        if (!NeedsChange(text)) return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 16);
        try
        {
            int n = 0, pendingBreaks = 0;
            bool pendingSpace = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int action = Action(c);
                switch (action)
                {
                    case Keep: break;
                    case Remove: continue;
                    case Space: pendingSpace = true; continue;
                    case LineBreak:
                        if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
                        pendingBreaks++; pendingSpace = false; continue;
                    case ParagraphBreak: pendingBreaks += 2; pendingSpace = false; continue;
                    case SpacedDash:
                        pendingSpace = true;
                        Emit('-');
                        pendingSpace = true;
                        continue;
                    default: c = (char)action; break;
                }
                Emit(c);
            }
            var result = new string(buffer, 0, n);
            result = Nfc.Normalize(result);
            return result == text ? text : result;

            // Writes c after whatever separator is pending; separators at the text start are dropped, and at the end never flushed.
            void Emit(char ch)
            {
                if (n + 3 > buffer.Length)
                {
                    var bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                    Array.Copy(buffer, bigger, n);
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = bigger;
                }
                if (n > 0)
                {
                    if (pendingBreaks > 0)
                    {
                        buffer[n++] = '\n';
                        if (pendingBreaks > 1) buffer[n++] = '\n';
                    }
                    else if (pendingSpace) buffer[n++] = ' ';
                }
                pendingBreaks = 0;
                pendingSpace = false;
                buffer[n++] = ch;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>One scan: false when <see cref="Normalize"/> would return the text unchanged.</summary>
    private static bool NeedsChange(string text)
    {
        if (text.Length == 0) return false;
        bool prevSpace = false;
        int breaks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (i == 0 || prevSpace || breaks > 0) return true; // leading, doubled, or at a line start
                prevSpace = true;
                continue;
            }
            if (c == '\n')
            {
                if (i == 0 || prevSpace || ++breaks > 2) return true;
                prevSpace = false;
                continue;
            }
            if (c < 0x20 || c == 0x7F) return true; // tab, CR, other controls
            if (c >= 0x80)
            {
                if (Action(c) != Keep) return true;
            }
            prevSpace = false;
            breaks = 0;
        }
        return prevSpace || breaks > 0 || !Nfc.IsNormalized(text);
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
