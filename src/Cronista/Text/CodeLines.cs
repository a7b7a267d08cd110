namespace Cronista.Text;

/// <summary>Lines of style sheets and scripts that scraped pages keep in their text ("transition: all 0.9s ease 0s;",
/// "#menu:hover{…}", "var id = video.substring(0, 2);"): not prose, so no language evidence and no story features.</summary>
public static class CodeLines
{
    /// <summary>A brace, or a declaration or assignment ended by a semicolon (prose has semicolons, colons and dollar
    /// signs, hardly ever braces or <c>prop: value;</c> / <c>x = y;</c> lines; a URL's <c>?id=…</c> has no semicolon).</summary>
    public static bool IsCode(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny('{', '}') >= 0) return true;
        line = line.TrimEnd();
        return line.EndsWith(";") && line.IndexOfAny('=', ':') >= 0;
    }

    /// <summary>Whether any line of <paramref name="text"/> is code.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('\n'))
            if (IsCode(text[range])) return true;
        return false;
    }
}
