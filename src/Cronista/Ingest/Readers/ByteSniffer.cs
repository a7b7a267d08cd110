namespace Cronista.Ingest.Readers;

/// <summary>Cheap checks on the first bytes of a file: byte-order marks, binary content, markup and JSON shape.</summary>
internal static class ByteSniffer
{
    public const int HeadSize = 8192;

    /// <summary>Length of a UTF-8/16/32 byte-order mark at the start, 0 if none.</summary>
    public static int BomLength(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? 4
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2
        : 0;

    static bool IsWideBom(ReadOnlySpan<byte> b) => BomLength(b) is 2 or 4;

    /// <summary>
    /// Binary if the head has a NUL byte, a well-known binary signature, or more than 5% control bytes
    /// (other than tab, newlines, form feed, vertical tab, escape). UTF-16/32 text with a BOM is not binary.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty || IsWideBom(head)) return false;
        if (head.StartsWith("%PDF-"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || head.StartsWith("PK\x03\x04"u8)
            || head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return true;
        if (head.Contains((byte)0)) return true;
        int controls = 0;
        foreach (var c in head)
            if ((c < 0x20 && c is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1B)) || c == 0x7F) controls++;
        return controls * 20 > head.Length;
    }

    /// <summary>True when the bytes (the whole file) hold only whitespace, ignoring a UTF-8 BOM. Wide encodings are left to the readers.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (IsWideBom(bytes)) return false;
        foreach (var c in bytes[BomLength(bytes)..])
            if (c is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C)) return false;
        return true;
    }

    /// <summary>The head after a UTF-8 BOM and leading ASCII whitespace.</summary>
    public static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> head)
    {
        head = head[(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0)..];
        int i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') i++;
        return head[i..];
    }

    /// <summary>ASCII case-insensitive search.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= text.Length; i++)
        {
            int j = 0;
            while (j < lowerNeedle.Length && (text[i + j] | 0x20) == lowerNeedle[j]) j++;
            if (j == lowerNeedle.Length) return true;
        }
        return false;
    }
}
