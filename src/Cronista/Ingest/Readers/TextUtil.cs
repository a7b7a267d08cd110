using System.Text;

namespace Cronista.Ingest.Readers;

internal static class TextUtil
{
    /// <summary>"it-IT", "pt_BR", " EN " → "it", "pt", "en"; null when empty or not a plausible primary subtag.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (tag is null) return null;
        var s = tag.AsSpan().Trim();
        int cut = s.IndexOfAny('-', '_');
        if (cut >= 0) s = s[..cut];
        if (s.Length is < 2 or > 3) return null;
        foreach (var c in s) if (!char.IsAsciiLetter(c)) return null;
        return s.ToString().ToLowerInvariant();
    }

    /// <summary>"\r\n" and lone "\r" → "\n".</summary>
    public static string NormalizeNewlines(string s) =>
        s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    /// <summary>Collapses whitespace runs (incl. no-break spaces) to one space and trims; null for empty.</summary>
    public static string? CollapseWhitespace(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var sb = new StringBuilder(s.Length);
        AppendCollapsed(sb, s);
        int end = sb.Length;
        while (end > 0 && sb[end - 1] == ' ') end--;
        return sb.ToString(0, end);
    }

    /// <summary>Appends <paramref name="text"/> with whitespace runs collapsed to one space, never starting <paramref name="sb"/> with a space or doubling one.</summary>
    public static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else if (c != '\u00AD' && c != '\u200B') sb.Append(c); // soft hyphen, zero-width space
        }
    }

    /// <summary>"50 MB", "10.5 MB", "2.9 KB", "300 bytes" (KB = 2^10, MB = 2^20 bytes).</summary>
    public static string Size(long bytes) =>
        bytes >= 1 << 20 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : bytes >= 1 << 10 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
