using System.Text;
using System.Text.Json;
using Cronista.Model;

namespace Cronista.Ingest.Readers;

/// <summary>
/// JSON Lines (.jsonl, .ndjson; "-" = stdin): one article object per line with <c>text</c> (required, non-empty string)
/// and optional <c>id</c> (string or number), <c>url</c>, <c>title</c>, <c>published</c> (ISO-8601 date or date-time),
/// <c>language</c>, <c>source</c> (outlet); other fields are ignored, null counts as absent. A bad line yields one error
/// naming its line and the reason, and reading goes on. Blank lines are skipped. Lines over
/// <see cref="ReadOptions.MaxDocumentBytes"/> are skipped with an error without being held in memory.
/// Each document's Source is "source:line".
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    public bool OneDocumentPerFile => false;

    public bool MatchesExtension(ReadOnlySpan<char> extension) =>
        extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".jsonlines", StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts with '{' and the first line (if complete within the head) ends with '}' — a pretty-printed .json file does not.</summary>
    public bool MatchesContent(ReadOnlySpan<byte> head)
    {
        var t = ByteSniffer.TrimStart(head);
        if (t.IsEmpty || t[0] != '{' || ByteSniffer.LooksBinary(head)) return false;
        int nl = t.IndexOf((byte)'\n');
        if (nl < 0) return true;
        var first = t[..nl].TrimEnd(" \t\r"u8);
        return first[^1] == '}';
    }

    public IEnumerable<ReadItem> Read(Stream stream, string source, ReadOptions options)
    {
        // UTF-8 is read as bytes (no decoding round trip); UTF-16/32 files with a BOM go through a StreamReader
        if (stream.CanSeek)
        {
            Span<byte> bom = stackalloc byte[4];
            int n = stream.ReadAtLeast(bom, 4, throwOnEndOfStream: false);
            stream.Seek(-n, SeekOrigin.Current);
            if (ByteSniffer.BomLength(bom[..n]) is 2 or 4)
                return ReadLines(new StreamReader(stream, detectEncodingFromByteOrderMarks: true), source, options);
        }
        return ReadLines(new BoundedLineReader(stream.Read, options.MaxDocumentBytes), source, options);
    }

    /// <summary>Reads JSON Lines from a text reader (e.g. stdin, with source "stdin"). Does not dispose <paramref name="reader"/>.</summary>
    public IEnumerable<ReadItem> ReadLines(TextReader reader, string source, ReadOptions options) =>
        ReadLines(new BoundedLineReader(Utf8Chunks(reader), options.MaxDocumentBytes), source, options);

    static IEnumerable<ReadItem> ReadLines(BoundedLineReader lines, string source, ReadOptions options)
    {
        while (lines.ReadLine())
        {
            if (lines.OversizeBytes > 0)
            {
                yield return ReadItem.Error(source, lines.LineNumber,
                    $"line {lines.LineNumber} is {TextUtil.Size(lines.OversizeBytes)}, over the {TextUtil.Size(options.MaxDocumentBytes)} limit");
                continue;
            }
            if (IsBlank(lines.Line.Span)) continue;
            yield return ParseLine(lines.Line, source, lines.LineNumber);
        }
    }

    static bool IsBlank(ReadOnlySpan<byte> line) => line.TrimStart(" \t\r\f\v"u8).IsEmpty;

    /// <summary>Text reader → UTF-8 bytes, chunk by chunk (surrogate pairs split across chunks are kept whole by the encoder).</summary>
    static Func<Span<byte>, int> Utf8Chunks(TextReader reader)
    {
        var chars = new char[4096];
        var encoder = new UTF8Encoding(false).GetEncoder();
        return destination =>
        {
            // 4096 chars encode to at most 3 bytes each (4 per surrogate pair)
            int n = reader.Read(chars, 0, Math.Min(chars.Length, destination.Length / 3));
            return encoder.GetBytes(chars.AsSpan(0, n), destination, flush: n == 0);
        };
    }

    static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    static ReadItem ParseLine(ReadOnlyMemory<byte> line, string source, int n)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line, JsonOptions); }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) reason = reason[..cut].TrimEnd('.', ' ');
            return ReadItem.Error(source, n, $"invalid JSON: {reason}" + (ex.BytePositionInLine is long c ? $" (byte {c + 1})" : ""));
        }
        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return ReadItem.Error(source, n, $"expected a JSON object, found {Kind(o.ValueKind)}");
            string? error = null;
            var text = Field(o, "text", ref error);
            var id = Field(o, "id", ref error, allowNumber: true);
            var url = Field(o, "url", ref error);
            var title = Field(o, "title", ref error);
            var published = Field(o, "published", ref error);
            var language = Field(o, "language", ref error);
            var outlet = Field(o, "source", ref error);
            if (error is not null) return ReadItem.Error(source, n, error);
            if (text is null) return ReadItem.Error(source, n, "missing \"text\"");
            if (string.IsNullOrWhiteSpace(text)) return ReadItem.Error(source, n, "empty \"text\"");
            DateOnly? date = null;
            if (published is not null)
            {
                if (!DateParsing.TryParseIso(published, out var d))
                    return ReadItem.Error(source, n, $"bad \"published\" date \"{Clip(published)}\" (expected ISO-8601 YYYY-MM-DD or date-time)");
                date = d;
            }
            return ReadItem.Of(new RawDocument
            {
                Source = $"{source}:{n}", Id = NonBlank(id), Url = NonBlank(url), Title = TextUtil.CollapseWhitespace(title),
                Text = TextUtil.NormalizeNewlines(text).Trim(), Published = date, Language = TextUtil.NormalizeLanguage(language),
                Outlet = NonBlank(outlet),
            });
        }
    }

    /// <summary>A string field (null when absent or JSON null); sets <paramref name="error"/> (first one wins) on a wrong type.</summary>
    static string? Field(JsonElement o, string name, ref string? error, bool allowNumber = false)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (allowNumber && v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        error ??= $"\"{name}\" must be a string{(allowNumber ? " or number" : "")}, found {Kind(v.ValueKind)}";
        return null;
    }

    static string Kind(JsonValueKind k) => k switch
    {
        JsonValueKind.Object => "an object", JsonValueKind.Array => "an array", JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number", JsonValueKind.True or JsonValueKind.False => "a boolean", _ => "null",
    };

    static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>
    /// Splits a byte source into lines through a fixed chunk buffer. A line over the limit is not kept: the rest
    /// is scanned to the next newline and only its size is reported. A UTF-8 BOM at the start is skipped.
    /// </summary>
    sealed class BoundedLineReader(Func<Span<byte>, int> read, long maxBytes)
    {
        readonly byte[] chunk = new byte[1 << 16];
        int pos, len;
        byte[] line = new byte[1024];
        int lineLength;
        bool started;

        public int LineNumber { get; private set; }
        public ReadOnlyMemory<byte> Line => line.AsMemory(0, lineLength);
        /// <summary>When the last line was over the limit: its size in bytes (else 0).</summary>
        public long OversizeBytes { get; private set; }

        public bool ReadLine()
        {
            lineLength = 0;
            OversizeBytes = 0;
            long bytes = 0;
            bool any = false;
            while (true)
            {
                if (pos == len)
                {
                    (pos, len) = (0, read(chunk));
                    if (len == 0)
                    {
                        if (!any) return false;
                        break;
                    }
                    if (!started && chunk.AsSpan(0, len).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) pos = 3;
                    started = true;
                }
                any = true;
                var span = chunk.AsSpan(pos, len - pos);
                int nl = span.IndexOf((byte)'\n');
                var segment = nl < 0 ? span : span[..nl];
                bytes += segment.Length;
                if (bytes <= maxBytes) Append(segment);
                pos += nl < 0 ? segment.Length : nl + 1;
                if (nl >= 0) break;
            }
            LineNumber++;
            if (bytes > maxBytes) { OversizeBytes = bytes; lineLength = 0; }
            else if (lineLength > 0 && line[lineLength - 1] == '\r') lineLength--;
            return true;
        }

        void Append(ReadOnlySpan<byte> s)
        {
            if (lineLength + s.Length > line.Length)
                Array.Resize(ref line, (int)Math.Min(Math.Max(line.Length * 2L, lineLength + s.Length), maxBytes));
            s.CopyTo(line.AsSpan(lineLength));
            lineLength += s.Length;
        }
    }
}
