using Cronista.Ingest;
using Cronista.Model;

namespace Cronista.Tests.Ingest;

/// <summary>A fresh temporary directory, deleted on dispose.</summary>
sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cronista-ingest-").FullName;

    public string File(string relative, string content)
    {
        var p = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, content);
        return p;
    }

    public string File(string relative, byte[] content)
    {
        var p = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, content);
        return p;
    }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

static class Ingest
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "ingest", name);

    public static List<ReadItem> Read(string path, ReadOptions? options = null) => InputReader.Read([path], options ?? new ReadOptions()).ToList();

    public static List<RawDocument> Docs(this IEnumerable<ReadItem> items) => items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
    public static List<InputDiagnostic> Diags(this IEnumerable<ReadItem> items) => items.Where(i => i.Diagnostic is not null).Select(i => i.Diagnostic!).ToList();

    public static RawDocument Single(string path, ReadOptions? options = null)
    {
        var items = Read(path, options);
        Assert.Empty(items.Diags());
        return Assert.Single(items.Docs());
    }
}
