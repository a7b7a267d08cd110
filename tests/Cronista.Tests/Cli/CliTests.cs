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
        // Files of a folder come before its subfolders (2024-06-17/ holds 002 and 004).
        Assert.Equal(["000", "001", "003", "002", "004"], docs.Select(d => Path.GetFileName(d.GetProperty("source").GetString())![..3]));
        Assert.Equal(["it", "it", "es", "it", "es"], docs.Select(d => d.GetProperty("lang").GetString()));
        Assert.Equal([null, null, null, "2024-06-17", "2024-06-17"], docs.Select(d => d.GetProperty("published").GetString()));
        foreach (var d in docs)
        {
            foreach (var field in new[] { "id", "source", "title", "lang", "lang_confidence", "published", "chars", "sentences", "duplicate_of" })
                Assert.True(d.TryGetProperty(field, out _), $"missing {field}");
            Assert.True(d.GetProperty("sentences").GetInt32() > 5);
        }
        // Only 000 opens with a headline line followed by a blank line; the others start with their lead paragraph.
        Assert.Equal("Corea del Nord e Russia: un nuovo asse militare si sta formando?", docs[0].GetProperty("title").GetString());
        Assert.All(docs.Skip(1), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("title").ValueKind));
        // Each document's story {id, title}: the three stories of the samples ({000, 003}, {001}, {002, 004}).
        var stories = docs.Select(d => d.GetProperty("story").GetProperty("id").GetString()).ToList();
        Assert.Equal((stories[0], stories[3]), (stories[2], stories[4]));
        Assert.Equal(3, stories.Distinct().Count());
        Assert.All(docs, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("story").GetProperty("title").GetString())));
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
        var mistyped = CliProcess.Run("analyze", Samples, "--published", "2024-06-17");
        Assert.Equal(2, mistyped.ExitCode);
        Assert.Contains("unknown option '--published'", mistyped.Stderr);
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

    [Fact]
    public void BenchBuildsItsCorpusFromArticlesOfAtMostMaxWords()
    {
        // The samples: four articles of 340–451 words and one of 1,306.
        var (code, stdout, stderr) = CliProcess.Run("bench", "--count", "12", "--corpus", Samples, "--max-words", "600", "--end-to-end", "--json");
        Assert.True(code == 0, stderr);
        var corpus = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("corpus");
        Assert.Equal(4, corpus.GetProperty("built_from").GetInt32());
        Assert.Equal(600, corpus.GetProperty("max_words").GetInt32());
        Assert.Equal(12, corpus.GetProperty("articles").GetInt32());
        // Counted by the end-to-end run itself: the four articles have 340–451 words.
        double tokens = corpus.GetProperty("tokens_per_article").GetDouble();
        Assert.True(tokens is > 300 and < 700, $"{tokens} tokens per article");
        var none = CliProcess.Run("bench", "--count", "12", "--corpus", Samples, "--max-words", "100", "--end-to-end");
        Assert.Equal(2, none.ExitCode); // a usage error: no article is that short
        Assert.Contains("of at most 100 words", none.Stderr);
    }

    [Fact]
    public void SkipLeavesOutEventsOrStoriesAndKeepsTheRest()
    {
        using var tmp = new TempDir();
        string Ingest(string name, params string[] skip)
        {
            var db = tmp.File(name);
            var (code, _, stderr) = CliProcess.Run(["ingest", Samples, "--db", db, .. skip]);
            Assert.True(code == 0, stderr);
            return db;
        }
        int Lines(params string[] args)
        {
            var (code, stdout, stderr) = CliProcess.Run(args);
            Assert.True(code == 0, stderr);
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var noEvents = Ingest("e.db", "--skip", "events");
        Assert.Equal(0, Lines("events", "--db", noEvents, "--json"));
        Assert.True(Lines("stories", "--db", noEvents, "--json") > 0);
        var noStories = Ingest("s.db", "--skip", "stories");
        Assert.True(Lines("events", "--db", noStories, "--json") > 0);
        Assert.Equal(0, Lines("stories", "--db", noStories, "--json"));
        // Both (repeated or comma-separated): entities and search stay.
        foreach (var both in new[] { Ingest("b1.db", "--skip", "events", "--skip", "stories"), Ingest("b2.db", "--skip", "events,stories") })
        {
            Assert.Equal(0, Lines("events", "--db", both, "--json"));
            Assert.Equal(0, Lines("stories", "--db", both, "--json"));
            Assert.Equal(5, Lines("search", "--entity", "North Korea", "--db", both, "--json"));
        }
        var bad = CliProcess.Run("ingest", Samples, "--db", tmp.File("x.db"), "--skip", "entities");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown step 'entities'", bad.Stderr);
    }

    [Fact]
    public void BenchMeasuresOnlyTheStepsSkipLeaves()
    {
        var (code, stdout, stderr) = CliProcess.Run("bench", "--count", "12", "--corpus", Samples, "--skip", "events,stories", "--json");
        Assert.True(code == 0, stderr);
        var stages = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("stages").EnumerateArray()
            .Select(s => s.GetProperty("stage").GetString()!).ToList();
        Assert.Contains("stage: entities", stages);
        Assert.Contains("end to end (read → analyse → SQLite)", stages);
        Assert.DoesNotContain("stage: events", stages);
        Assert.DoesNotContain(stages, s => s.StartsWith("stories"));
    }
}
