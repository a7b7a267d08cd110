using Cronista.Model;

namespace Cronista.Ingest.Readers;

/// <summary>
/// One input format. <see cref="InputReader"/> picks a reader by extension first, then by sniffing the first bytes.
/// Instances are not thread-safe (they may cache a parser): use one per thread.
/// </summary>
public interface IDocumentReader
{
    /// <summary>True when a file holds one article (the size limit applies to the file); false for containers (feeds, JSONL), where it applies per item.</summary>
    bool OneDocumentPerFile { get; }

    /// <summary>Whether this reader owns files with this extension (with the dot, any case, e.g. ".html").</summary>
    bool MatchesExtension(ReadOnlySpan<char> extension);

    /// <summary>Whether the first bytes of a file (up to 8 KB) look like this format.</summary>
    bool MatchesContent(ReadOnlySpan<byte> head);

    /// <summary>Reads documents and diagnostics from <paramref name="stream"/>; <paramref name="source"/> names the input in diagnostics and <see cref="RawDocument.Source"/>.</summary>
    IEnumerable<ReadItem> Read(Stream stream, string source, ReadOptions options);
}
