using Cronista.Model;

namespace Cronista.Ingest;

public sealed record ReadOptions
{
    /// <summary>Publication date for inputs that carry none (CLI --date).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Language forced for all inputs (CLI --lang).</summary>
    public string? Language { get; init; }
}

/// <summary>STUB (replaced by the readers work): turns paths ("-" = stdin JSONL) into documents and diagnostics, in a deterministic order.</summary>
public static class InputReader
{
    public static IEnumerable<ReadItem> Read(IEnumerable<string> paths, ReadOptions options, TextReader? stdin = null)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadItem.Of(new RawDocument { Source = f, Text = File.ReadAllText(f), Published = options.Date, Language = options.Language });
            }
            else if (File.Exists(p))
                yield return ReadItem.Of(new RawDocument { Source = p, Text = File.ReadAllText(p), Published = options.Date, Language = options.Language });
            else
                yield return ReadItem.Error(p, null, "no such file or directory");
        }
    }
}
