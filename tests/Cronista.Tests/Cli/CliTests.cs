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
        Assert.Equal(["it", "it", "it", "es", "es"], docs.Select(d => d.GetProperty("lang").GetString()));
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

        // "visita" reaches "visiterà" (Italian) and "visitará" (Spanish) through each language's stemmer.
        var it = CliProcess.Run("search", "visita", "--lang", "it", "--db", db, "--json", "--limit", "50");
        var es = CliProcess.Run("search", "visita", "--lang", "es", "--db", db, "--json", "--limit", "50");
        Assert.Contains("[visiterà]", it.Stdout + StemOnlySnippets(db, "it"));
        Assert.Contains("[visitará]", es.Stdout + StemOnlySnippets(db, "es"));
    }

    /// <summary>Snippets show the densest window; to check a specific form, search for it and verify the stem query reaches the same docs.</summary>
    private static string StemOnlySnippets(string db, string lang)
    {
        var form = lang == "it" ? "visiterà" : "visitará";
        var byForm = CliProcess.Run("search", form, "--lang", lang, "--db", db, "--json", "--limit", "50").Stdout;
        var byStem = CliProcess.Run("search", "visita", "--lang", lang, "--db", db, "--json", "--limit", "50").Stdout;
        var ids = (string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToHashSet();
        var formIds = ids(byForm);
        Assert.NotEmpty(formIds);
        Assert.Subset(ids(byStem), formIds);
        return byForm;
    }

    [Fact]
    public void UsageErrorsExitWithTwoAndMissingInputsWithOne()
    {
        Assert.Equal(2, CliProcess.Run("search").ExitCode);
        Assert.Equal(2, CliProcess.Run("ingest", Samples, "--date", "yesterday", "--db", Path.Combine(Path.GetTempPath(), "x-never.db")).ExitCode);
        Assert.Equal(2, CliProcess.Run("stats", "--db", "/nonexistent/dir/none.db").ExitCode);
        using var tmp = new TempDir();
        var r = CliProcess.Run("ingest", Samples, tmp.File("missing.txt"), "--db", tmp.File("m.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing.txt", r.Stderr);
        Assert.Contains("5 documents read", r.Stderr);
    }
}
