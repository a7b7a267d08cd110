using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Cronista.Model;

namespace Cronista.Ingest.Readers;

/// <summary>
/// Plain text (.txt): UTF-8 with or without BOM, UTF-16/32 with BOM. Invalid UTF-8 is decoded with U+FFFD
/// and reported as a warning with the first bad byte's offset and line.
/// <para>Title rule: the first non-blank line is the title when more text follows and either
/// (a) it is followed by a blank line, is at most 200 characters and does not end with '.', ',', ':' or ';'
/// (a period-ended line before a blank line is more likely a lead paragraph), or
/// (b) it is followed directly by text, is at most 150 characters and does not end with '.', '!', '?', ':' or ';'.
/// Otherwise there is no title and the text is the whole file.</para>
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public const int MaxTitleBeforeBlankLine = 200;
    public const int MaxUnpunctuatedTitle = 150;

    public bool OneDocumentPerFile => true;

    public bool MatchesExtension(ReadOnlySpan<char> extension) =>
        extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".text", StringComparison.OrdinalIgnoreCase);

    /// <summary>Any non-binary content that is not markup or JSON; <see cref="InputReader"/> only sniffs text for extensionless or explicitly named files.</summary>
    public bool MatchesContent(ReadOnlySpan<byte> head)
    {
        if (ByteSniffer.LooksBinary(head)) return false;
        var t = ByteSniffer.TrimStart(head);
        return t.IsEmpty || t[0] is not ((byte)'<' or (byte)'{' or (byte)'[');
    }

    public IEnumerable<ReadItem> Read(Stream stream, string source, ReadOptions options)
    {
        var (text, warning) = Decode(stream, source);
        if (warning is not null) yield return warning.Value;
        var doc = FromText(text, source);
        yield return doc is null ? ReadItem.Error(source, null, "empty file") : ReadItem.Of(doc);
    }

    /// <summary>Splits decoded text into title and body by the title rule; null when the text is blank.</summary>
    public static RawDocument? FromText(string text, string source)
    {
        var (title, body) = SplitTitle(text);
        return body is null ? null : new RawDocument { Source = source, Title = title, Text = body };
    }

    /// <summary>Applies the title rule to text (any newline convention; the body uses "\n"). Body is trimmed (leading blank lines, trailing whitespace); null when blank.</summary>
    public static (string? Title, string? Body) SplitTitle(string text)
    {
        var all = TextUtil.NormalizeNewlines(text).AsSpan().TrimEnd();
        var rest = all.TrimStart();
        if (rest.IsEmpty) return (null, null);
        int nl = rest.IndexOf('\n');
        if (nl < 0) return (null, rest.Trim().ToString());
        var first = rest[..nl].Trim();
        var after = rest[(nl + 1)..];
        int nl2 = after.IndexOf('\n');
        var secondLine = nl2 < 0 ? after : after[..nl2];
        bool blankNext = secondLine.IsWhiteSpace();
        bool isTitle = !first.IsEmpty && (blankNext
            ? first.Length <= MaxTitleBeforeBlankLine && first[^1] is not ('.' or ',' or ':' or ';')
            : first.Length <= MaxUnpunctuatedTitle && first[^1] is not ('.' or '!' or '?' or ':' or ';'));
        if (!isTitle) return (null, rest.ToString());
        var body = after.TrimStart('\n');
        while (!body.IsEmpty && body.IndexOf('\n') is var i and >= 0 && body[..i].IsWhiteSpace()) body = body[(i + 1)..];
        return body.IsWhiteSpace() ? (null, first.ToString()) : (first.ToString(), body.ToString());
    }

    /// <summary>Decodes by BOM (default UTF-8). Returns a warning for invalid UTF-8.</summary>
    internal static (string Text, ReadItem? Warning) Decode(Stream stream, string source)
    {
        // InputReader hands us a publicly visible MemoryStream over the file bytes: decode in place.
        if (stream is MemoryStream ms && ms.TryGetBuffer(out var seg))
            return Decode(seg.AsSpan((int)ms.Position), source);
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Decode(copy.GetBuffer().AsSpan(0, (int)copy.Length), source);
    }

    internal static (string Text, ReadItem? Warning) Decode(ReadOnlySpan<byte> bytes, string source)
    {
        int bom = ByteSniffer.BomLength(bytes);
        if (bom == 2) return (bytes[0] == 0xFF ? Encoding.Unicode.GetString(bytes[2..]) : Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        if (bom == 4) return ((bytes[0] == 0xFF ? new UTF32Encoding(false, false) : new UTF32Encoding(true, false)).GetString(bytes[4..]), null);
        var utf8 = bytes[bom..];
        var text = Encoding.UTF8.GetString(utf8); // replaces invalid sequences with U+FFFD
        if (Utf8.IsValid(utf8)) return (text, null);
        int bad = FirstInvalidUtf8(utf8);
        int line = utf8[..bad].Count((byte)'\n') + 1;
        return (text, ReadItem.Warning(source, line, $"invalid UTF-8 at byte {bad + bom} (line {line}); decoded with U+FFFD replacement characters"));
    }

    static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(utf8[offset..], scratch, out int read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall) return offset;
            }
        }
        finally { ArrayPool<char>.Shared.Return(scratch); }
    }
}
