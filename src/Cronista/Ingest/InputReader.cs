using Cronista.Ingest.Readers;
using Cronista.Model;
using Cronista.Util;
using Microsoft.Win32.SafeHandles;

namespace Cronista.Ingest;

public sealed record ReadOptions
{
    /// <summary>
    /// Publication date for inputs whose own metadata carries none (CLI --date); it beats a date found in the path.
    /// See <see cref="InputReader"/> for the full precedence.
    /// </summary>
    public DateOnly? Date { get; init; }
    /// <summary>Language for inputs that declare none (CLI --lang), e.g. "it"; normalized to the primary subtag ("it-IT" → "it").</summary>
    public string? Language { get; init; }
    /// <summary>Largest single document in bytes: the file for .txt/.html, the line for JSONL, the item text for feeds. Default 10 MB.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    public const long DefaultMaxDocumentBytes = 10L * 1024 * 1024;
}

/// <summary>
/// Turns paths into documents and diagnostics, lazily (at most one file's document in memory) and in a deterministic
/// order: inputs in the order given; a directory recursively, each level sorted by ordinal name (files and folders
/// interleaved). "-" reads JSON Lines from stdin. Never throws for bad input: every problem becomes an
/// <see cref="InputDiagnostic"/> and the batch goes on.
/// <para>Format: by extension (.txt .text; .html .htm .xhtml; .rss .atom; .jsonl .ndjson .jsonlines), else by sniffing
/// the first 8 KB (HTML, RSS/Atom — including .xml feeds —, JSONL). Files without an extension, and unknown files named
/// explicitly, are read as plain text when they are text. In directories, hidden entries (name starting with '.') are
/// skipped silently and other unsupported files get a warning.</para>
/// <para>Publication date precedence: (1) the input's own metadata (JSONL <c>published</c>; HTML metas, JSON-LD,
/// &lt;time&gt;; feed pubDate/published) > (2) <see cref="ReadOptions.Date"/> (--date: explicit from the user, so it
/// beats a guess from the path) > (3) the YYYY-MM-DD component of the path nearest to the file
/// ("…/2011-02-01/x.txt", "2011-02-01_x.txt"). Language: the input's own (HTML lang, JSONL language, feed language)
/// > <see cref="ReadOptions.Language"/>.</para>
/// </summary>
public static class InputReader
{
    public static IEnumerable<ReadItem> Read(IEnumerable<string> paths, ReadOptions options, TextReader? stdin = null)
    {
        var run = new Run(options);
        foreach (var path in paths)
        {
            var items = path == "-" ? run.Finish(run.Jsonl.ReadLines(stdin ?? Console.In, "stdin", options), "stdin", pathDate: null)
                : Directory.Exists(path) ? run.ReadDirectory(path, SafeFullPath(path))
                : run.ReadFile(path, explicitPath: true);
            foreach (var item in items) yield return item;
        }
    }

    static string SafeFullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException) { return path; }
    }

    /// <summary>What went wrong with a path, as a user would want to read it.</summary>
    internal static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        IOException => ex.Message,
        ArgumentException => "invalid path",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    /// <summary>One Read call: reader instances (they cache parsers) and options.</summary>
    sealed class Run
    {
        public readonly JsonLinesReader Jsonl = new();
        readonly PlainTextReader text = new();
        readonly IDocumentReader[] byContent; // sniffing order; plain text is decided separately
        readonly IDocumentReader[] byExtension;
        readonly ReadOptions options;
        readonly string? language;

        public Run(ReadOptions options)
        {
            this.options = options;
            language = TextUtil.NormalizeLanguage(options.Language);
            byContent = [new HtmlReader(), new FeedReader(), Jsonl];
            byExtension = [.. byContent, text];
        }

        public IEnumerable<ReadItem> ReadDirectory(string path, string realPath)
        {
            FileSystemInfo[] entries;
            string? error = null;
            try { entries = new DirectoryInfo(path).GetFileSystemInfos(); }
            catch (Exception ex) { (entries, error) = ([], Reason(ex)); }
            if (error is not null)
            {
                yield return ReadItem.Error(path, null, error);
                yield break;
            }
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var child = Path.Join(path, entry.Name);
                if (entry is DirectoryInfo dir)
                {
                    string childReal = Path.Join(realPath, entry.Name);
                    if (dir.LinkTarget is not null)
                    {
                        // follow directory links, but not back into a directory we are inside
                        try { childReal = dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? childReal; }
                        catch (Exception ex) { error = Reason(ex); }
                        if (error is not null) { yield return ReadItem.Error(child, null, error); error = null; continue; }
                        if (IsSameOrInside(realPath, childReal)) { yield return ReadItem.Warning(child, null, "skipped: symbolic link loop"); continue; }
                    }
                    foreach (var item in ReadDirectory(child, childReal)) yield return item;
                }
                else foreach (var item in ReadFile(child, explicitPath: false)) yield return item;
            }
        }

        static bool IsSameOrInside(string path, string ancestor) =>
            path.StartsWith(ancestor, StringComparison.Ordinal)
            && (path.Length == ancestor.Length || path[ancestor.Length] == Path.DirectorySeparatorChar || ancestor.EndsWith(Path.DirectorySeparatorChar));

        public IEnumerable<ReadItem> ReadFile(string path, bool explicitPath)
        {
            SafeFileHandle? handle = null;
            long length = 0;
            string? error = null;
            try
            {
                handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
                length = RandomAccess.GetLength(handle);
            }
            catch (Exception ex) { error = Reason(ex); }
            if (error is not null || handle is null)
            {
                handle?.Dispose();
                yield return ReadItem.Error(path, null, error ?? "cannot open");
                yield break;
            }
            byte[]? buffer = null;
            Stream? stream = null;
            try
            {
                var (reader, problem) = Select(path, handle, length, explicitPath);
                if (problem is not null) { yield return problem.Value; yield break; }
                if (reader!.OneDocumentPerFile)
                {
                    // one read into a pooled buffer, decoded in place by the reader
                    buffer = Scratch<byte>.Rent((int)length);
                    int n = 0;
                    while (n < length && RandomAccess.Read(handle, buffer.AsSpan(n, (int)length - n), n) is var r and > 0) n += r;
                    stream = new MemoryStream(buffer, 0, n, writable: false, publiclyVisible: true);
                }
                else stream = new FileStream(handle, FileAccess.Read, bufferSize: 1 << 16);
                foreach (var item in Finish(reader.Read(stream, path, options), path, DateParsing.FromPath(path))) yield return item;
            }
            finally
            {
                stream?.Dispose();
                handle.Dispose();
                if (buffer is not null) Scratch<byte>.Return(buffer);
            }
        }

        /// <summary>Picks the reader for a file, or says why the file is rejected (empty, binary, too large, unsupported).</summary>
        (IDocumentReader? Reader, ReadItem? Problem) Select(string path, SafeFileHandle handle, long length, bool explicitPath)
        {
            if (length == 0) return (null, ReadItem.Error(path, null, "empty file"));
            var ext = Path.GetExtension(path.AsSpan());
            IDocumentReader? reader = null;
            foreach (var r in byExtension) if (r.MatchesExtension(ext)) { reader = r; break; }
            if (reader is { OneDocumentPerFile: true } && length > options.MaxDocumentBytes) return (null, TooLarge(path, length));

            Span<byte> headBuffer = stackalloc byte[ByteSniffer.HeadSize];
            var head = headBuffer[..RandomAccess.Read(handle, headBuffer[..(int)Math.Min(length, headBuffer.Length)], 0)];
            bool binary = ByteSniffer.LooksBinary(head);
            if (reader is null)
            {
                foreach (var r in byContent) if (r.MatchesContent(head)) { reader = r; break; }
                if (reader is null && (explicitPath || ext.IsEmpty) && text.MatchesContent(head)) reader = text;
                if (reader is null)
                    return (null, explicitPath && binary ? ReadItem.Error(path, null, "binary file")
                        : ReadItem.Warning(path, null, ext.IsEmpty ? "skipped: unsupported file type" : $"skipped: unsupported file type ({ext.ToString()})"));
                if (reader.OneDocumentPerFile && length > options.MaxDocumentBytes) return (null, TooLarge(path, length));
            }
            if (binary) return (null, ReadItem.Error(path, null, "binary file"));
            if (length <= head.Length && ByteSniffer.IsBlank(head)) return (null, ReadItem.Error(path, null, "empty file"));
            return (reader, null);
        }

        ReadItem TooLarge(string path, long length) =>
            ReadItem.Error(path, null, $"file is {TextUtil.Size(length)}, over the size limit of {TextUtil.Size(options.MaxDocumentBytes)}");

        /// <summary>Applies the date/language defaults to documents and turns a reader failure into one error (the batch goes on).</summary>
        public IEnumerable<ReadItem> Finish(IEnumerable<ReadItem> items, string source, DateOnly? pathDate)
        {
            using var e = items.GetEnumerator();
            while (true)
            {
                ReadItem item;
                string? failure = null;
                try
                {
                    if (!e.MoveNext()) break;
                    item = e.Current;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException) { (item, failure) = (default, Reason(ex)); }
                if (failure is not null)
                {
                    yield return ReadItem.Error(source, null, $"read failed: {failure}");
                    yield break;
                }
                if (item.Document is { } d)
                {
                    var date = d.Published ?? options.Date ?? pathDate;
                    var lang = d.Language ?? language;
                    if (date != d.Published || lang != d.Language) item = ReadItem.Of(d with { Published = date, Language = lang });
                }
                yield return item;
            }
        }
    }
}
