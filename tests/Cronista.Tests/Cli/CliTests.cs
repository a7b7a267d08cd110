using System.Text.Json;
using Cronista.Tests.Support;

namespace Cronista.Tests.Cli;

public class CliTests
{
    private static string Samples => Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void AnalyzeSamplesPrintsOneJsonObjectPerDocumentWithTheirLanguages()
    {
        var (code, stdout, stderr) = CliProcess.Run("analyze", Samples, "--format", "jsonl");
        Assert.True(code == 0, stderr);
        var docs = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, docs.Count);
        // 002 now sits in samples/2024-06-17/, so the traversal order is no longer it, it, it, es, es: compare the languages as a multiset
        Assert.Equal(["es", "es", "it", "it", "it"], docs.Select(d => d.GetProperty("lang").GetString()).Order());
        foreach (var d in docs)
        {
            foreach (var field in new[] { "id", "source", "title", "lang", "lang_confidence", "published", "chars", "sentences", "duplicate_of" })
                Assert.True(d.TryGetProperty(field, out _), $"missing {field}");
            Assert.True(d.GetProperty("sentences").GetInt32() > 5);
        }
        // Only 000 opens with a headline line followed by a blank line; the others start with their lead paragraph.
        Assert.Equal("Corea del Nord e Russia: un nuovo asse militare si sta formando?", docs[0].GetProperty("title").GetString());
        Assert.All(docs.Skip(1), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("title").ValueKind));
    }

    [Fact]
    public void SearchFindsSamplesByWordPhraseAndStem()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        Assert.Equal(0, CliProcess.Run("ingest", Samples, "--db", db).ExitCode);

        List<string> Sources(params string[] args)
        {
            var r = CliProcess.Run(["search", .. args, "--db", db, "--json"]);
            Assert.True(r.ExitCode == 0, r.Stderr);
            return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)).Order().ToList();
        }

        var vlad = Sources("Vladivostok");
        Assert.Equal(2, vlad.Count);
        Assert.StartsWith("000_", vlad[0]);
        Assert.StartsWith("003_", vlad[1]);

        var nord = Sources("\"Corea del Nord\"");
        Assert.NotEmpty(nord);
        Assert.All(nord, s => Assert.True(s.StartsWith("000_") || s.StartsWith("001_") || s.StartsWith("002_"), s));

        // Stemming per language: "visita" reaches "visiterà"/"visitato" (it, 000 and 002) and "visitó" (es, 003).
        Assert.Equal(["000_", "002_"], Sources("visita", "--lang", "it").Select(f => f[..4]));
        Assert.Equal(["003_", "004_"], Sources("visita", "--lang", "es").Select(f => f[..4]));
        Assert.Equal(["000_", "002_", "003_", "004_"], Sources("visita").Select(f => f[..4]));

        // ... and "visitará" (es) and "visiterà" (it), in an added article of each language.
        var extra = tmp.Write("extra.jsonl",
            "{\"id\":\"x-es\",\"language\":\"es\",\"text\":\"El ministro visitará Pekín la próxima semana para hablar de comercio.\"}\n" +
            "{\"id\":\"x-it\",\"language\":\"it\",\"text\":\"Il ministro visiterà Pechino la prossima settimana per parlare di commercio.\"}\n");
        Assert.Equal(0, CliProcess.Run("ingest", extra, "--db", db).ExitCode);
        var es = CliProcess.Run("search", "visita", "--lang", "es", "--db", db, "--json");
        Assert.Contains("[visitará]", es.Stdout);
        var it = CliProcess.Run("search", "visita", "--lang", "it", "--db", db, "--json");
        Assert.Contains("[visiterà]", it.Stdout);
    }

    [Fact]
    public void StdinJsonlIsAnalysedWithItsDateAndLanguageAndBadLinesAreReported()
    {
        var input = "{\"id\":\"a1\",\"text\":\"Il presidente ha parlato a lungo con i giornalisti a Roma.\",\"published\":\"2024-06-17\"}\n" +
                    "{not json}\n" +
                    "{\"id\":\"a2\",\"text\":\"El presidente habló largamente con los periodistas en Madrid.\",\"published\":\"2024-06-18T09:30:00+02:00\"}\n";
        var (code, stdout, stderr) = CliProcess.RunWithInput(input, "analyze", "-", "--format", "jsonl");
        Assert.Equal(1, code); // one line rejected, the rest processed
        Assert.Contains("stdin:2", stderr);
        var docs = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a1", "a2"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["it", "es"], docs.Select(d => d.GetProperty("lang").GetString()));
        Assert.Equal(["2024-06-17", "2024-06-18"], docs.Select(d => d.GetProperty("published").GetString()));
    }

    [Fact]
    public void UsageErrorsExitWithTwoAndMissingInputsWithOne()
    {
        Assert.Equal(2, CliProcess.Run("search").ExitCode);
        Assert.Equal(2, CliProcess.Run("ingest", Samples, "--date", "yesterday", "--db", Path.Combine(Path.GetTempPath(), "x-never.db")).ExitCode);
        Assert.Equal(2, CliProcess.Run("stats", "--db", "/nonexistent/dir/none.db").ExitCode);
        using var tmp = new TempDir();
        var notDb = tmp.Write("not.db", "this is not a database");
        var broken = CliProcess.Run("ingest", Samples, "--db", notDb);
        Assert.Equal(3, broken.ExitCode);
        Assert.Contains("not.db", broken.Stderr);
        var r = CliProcess.Run("ingest", Samples, tmp.File("missing.txt"), "--db", tmp.File("m.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing.txt", r.Stderr);
        Assert.Contains("5 documents read", r.Stderr);
    }
}
