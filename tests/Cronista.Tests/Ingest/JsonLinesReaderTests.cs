using Cronista.Ingest;
using Cronista.Model;

namespace Cronista.Tests.Ingest;

public class JsonLinesReaderTests
{
    [Fact]
    public void ReadsArticles()
    {
        var path = Ingest.Fixture("articles.jsonl");
        var docs = Ingest.Read(path).Docs();
        Assert.Equal(3, docs.Count);
        var a = docs[0];
        Assert.Equal(("a1", "https://example.it/1", "Kim a Mosca", "Kim Jong-un è arrivato a Mosca.", "it", "Agenzia Uno"), (a.Id, a.Url, a.Title, a.Text, a.Language, a.Outlet));
        Assert.Equal(new DateOnly(2023, 9, 12), a.Published);
        Assert.Equal($"{path}:1", a.Source);
        Assert.Equal("42", docs[1].Id);
        Assert.Equal($"{path}:3", docs[1].Source); // line 2 is blank
        Assert.Null(docs[1].Published);
        Assert.Equal(new DateOnly(2024, 6, 18), docs[2].Published); // date as written, not shifted to UTC
        Assert.Equal("en", docs[2].Language);
    }

    [Fact]
    public void MalformedLinesAreErrorsGoodLinesComeThrough()
    {
        string[] lines =
        [
            """{"text":"good one"}""",                              // 1
            """{"text":"broken""",                                  // 2 bad JSON
            """{"title":"no text"}""",                              // 3 missing text
            """{"text":"   "}""",                                   // 4 empty text
            """{"text":42}""",                                      // 5 wrong type
            """{"text":"bad date","published":"2024-13-45"}""",     // 6 bad date
            """["not","an","object"]""",                            // 7 not an object
            "",                                                     // 8 blank: skipped
            """{"text":"good two","published":"2024-02-29"}""",     // 9
            """{"text":"bad title type","title":["x"]}""",          // 10 wrong type
            """{"text":"good three","id":null}""",                  // 11
        ];
        using var dir = new TempDir();
        var path = dir.File("mixed.jsonl", string.Join("\n", lines));
        var items = Ingest.Read(path);
        Assert.Equal(["good one", "good two", "good three"], items.Docs().Select(d => d.Text));
        var errors = items.Diags();
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.All(errors, e => Assert.Equal(path, e.Source));
        Assert.Equal([2, 3, 4, 5, 6, 7, 10], errors.Select(e => e.Line!.Value));
        Assert.Contains("invalid JSON", errors[0].Message);
        Assert.Contains("missing \"text\"", errors[1].Message);
        Assert.Contains("empty \"text\"", errors[2].Message);
        Assert.Contains("\"text\" must be a string", errors[3].Message);
        Assert.Contains("2024-13-45", errors[4].Message);
        Assert.Contains("object", errors[5].Message);
        Assert.Contains("\"title\"", errors[6].Message);
        Assert.Equal($"error: {path}:2: {errors[0].Message}", errors[0].ToString());
    }

    [Fact]
    public void Stdin()
    {
        var stdin = new StringReader("{\"text\":\"uno\"}\r\n\r\n{\"text\":\"due\",\"published\":\"2020-01-02\"}\r\nnot json\r\n");
        var items = InputReader.Read(["-"], new ReadOptions { Language = "it-IT", Date = new DateOnly(2001, 1, 1) }, stdin).ToList();
        var docs = items.Docs();
        Assert.Equal(["stdin:1", "stdin:3"], docs.Select(d => d.Source));
        Assert.Equal([new DateOnly(2001, 1, 1), new DateOnly(2020, 1, 2)], docs.Select(d => d.Published!.Value));
        Assert.All(docs, d => Assert.Equal("it", d.Language));
        var e = Assert.Single(items.Diags());
        Assert.Equal(("stdin", 4), (e.Source, e.Line!.Value));
    }

    [Fact]
    public void OverlongLineIsSkippedWithoutMaterializingIt()
    {
        using var dir = new TempDir();
        var path = dir.Combine("big.jsonl");
        const int fiftyMb = 50 * 1024 * 1024;
        using (var w = new StreamWriter(path))
        {
            w.Write("{\"text\":\"before\"}\n{\"text\":\""); // line 2 = 9 + x's + 2 bytes = exactly 50 MB
            var chunk = new string('x', 1 << 20);
            for (int left = fiftyMb - 11; left > 0; left -= chunk.Length) w.Write(chunk.AsSpan(0, Math.Min(left, chunk.Length)));
            w.Write("\"}\n{\"text\":\"after\"}\n");
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var items = Ingest.Read(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["before", "after"], items.Docs().Select(d => d.Text));
        var e = Assert.Single(items.Diags());
        Assert.Equal((Severity.Error, 2), (e.Severity, e.Line!.Value));
        Assert.Equal("line 2 is 50 MB, over the 10 MB limit", e.Message);
        // a 50 MB line as a string would be 100 MB; the bounded buffer grows to the 10 MB limit at most (~26 MB allocated in all)
        Assert.True(allocated < 40L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Utf16WithBom()
    {
        using var dir = new TempDir();
        var text = "{\"text\":\"Ciudad de México\"}\n{\"text\":\"Città\"}\n";
        var path = dir.File("u16.jsonl", [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(text)]);
        Assert.Equal(["Ciudad de México", "Città"], Ingest.Read(path).Docs().Select(d => d.Text));
    }
}
