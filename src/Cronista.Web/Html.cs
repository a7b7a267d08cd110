using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cronista.Web;

/// <summary>Markup that is already safe (built by <see cref="Html"/> or a literal of ours): inserted as is.</summary>
public readonly record struct Raw(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// An HTML writer whose interpolation holes are escaped unless they are <see cref="Raw"/>: <c>h.Add($"&lt;b&gt;{title}&lt;/b&gt;")</c>
/// escapes <c>title</c>. Article text is untrusted, so nothing reaches the page without going through here.
/// </summary>
public sealed class Html
{
    private readonly StringBuilder _sb = new(8192);

    public Html Add([InterpolatedStringHandlerArgument("")] ref Handler handler) => this;
    public Html Add(Raw raw) { _sb.Append(raw.Value); return this; }
    public Html Text(string? text) { Escape(_sb, text); return this; }
    public Raw ToRaw() => new(_sb.ToString());
    public override string ToString() => _sb.ToString();

    public static string Escape(string? s)
    {
        var sb = new StringBuilder();
        Escape(sb, s);
        return sb.ToString();
    }

    public static void Escape(StringBuilder sb, string? s)
    {
        if (s is null) return;
        foreach (char c in s)
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
    }

    /// <summary>A link target built from a path and query values (each URL-encoded; empty values left out).</summary>
    public static string Url(string path, params (string Name, object? Value)[] query)
    {
        var sb = new StringBuilder(path);
        char sep = '?';
        foreach (var (name, value) in query)
        {
            var v = value switch { null => null, DateOnly d => d.ToString("yyyy-MM-dd"), bool b => b ? "true" : null, _ => Convert.ToString(value, CultureInfo.InvariantCulture) };
            if (string.IsNullOrEmpty(v)) continue;
            sb.Append(sep).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(v));
            sep = '&';
        }
        return sb.ToString();
    }

    public static string Segment(string id) => Uri.EscapeDataString(id);

    /// <summary>An untrusted URL as a link target only when it is http(s); anything else (javascript:, data:) is not linked.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    /// <summary>A search snippet, whose matched words come as [word] (one word, no space inside), with them in &lt;mark&gt;.</summary>
    public static Raw Snippet(string snippet)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < snippet.Length)
        {
            int open = snippet.IndexOf('[', i);
            int close = open < 0 ? -1 : snippet.IndexOf(']', open + 1);
            if (close < 0) { Escape(sb, snippet[i..]); break; }
            var word = snippet.AsSpan(open + 1, close - open - 1);
            Escape(sb, snippet[i..open]);
            if (word.IsEmpty || word.ContainsAny(" \t\n[")) { Escape(sb, "["); i = open + 1; continue; }
            sb.Append("<mark>");
            Escape(sb, word.ToString());
            sb.Append("</mark>");
            i = close + 1;
        }
        return new Raw(sb.ToString());
    }

    /// <summary>A sentence with the span [start, end) in &lt;mark&gt; (the trigger of an event).</summary>
    public static Raw Marked(string sentence, int start, int end)
    {
        start = Math.Clamp(start, 0, sentence.Length);
        end = Math.Clamp(end, start, sentence.Length);
        return new Raw(Escape(sentence[..start]) + "<mark>" + Escape(sentence[start..end]) + "</mark>" + Escape(sentence[end..]));
    }

    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private readonly StringBuilder _sb;

        public Handler(int literalLength, int formattedCount, Html html) => _sb = html._sb;

        public void AppendLiteral(string s) => _sb.Append(s);
        public void AppendFormatted(Raw raw) => _sb.Append(raw.Value);
        public void AppendFormatted(string? s) => Escape(_sb, s);
        public void AppendFormatted<T>(T value) => Escape(_sb, value switch
        {
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString(),
        });
        public void AppendFormatted<T>(T value, string? format) where T : IFormattable => Escape(_sb, value.ToString(format, CultureInfo.InvariantCulture));
    }
}
