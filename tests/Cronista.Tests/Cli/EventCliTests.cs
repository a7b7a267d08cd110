using System.Text.Json;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Tests.Storage;
using Cronista.Tests.Support;

namespace Cronista.Tests.Cli;

/// <summary><c>cronista events</c>, <c>search --event-type</c> and <c>stats</c> on a small database with hand-made events.</summary>
public class EventCliTests
{
    private static string Database(TempDir tmp)
    {
        var db = tmp.File("ev.db");
        using var store = new SqliteDocumentStore(db);
        // The real pipeline (entities, times) with events added by hand, as the event extractor will add them.
        store.Add(EventStoreTests.ItalianDoc(pipeline: DocumentPipeline.Default));
        store.Add(EventStoreTests.SpanishDoc());
        store.Commit();
        return db;
    }

    private static List<JsonElement> Json(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void EventsAreListedByActorNameTypeAndDate()
    {
        using var tmp = new TempDir();
        var db = Database(tmp);

        // A country by name (English or Spanish alias) also finds its people and government.
        foreach (var name in new[] { "Russia", "Rusia", "country:RU" })
        {
            var (code, stdout, stderr) = CliProcess.Run("events", "--actor", name, "--db", db, "--json");
            Assert.True(code == 0, stderr);
            var events = Json(stdout);
            Assert.Equal(["AID", "CONSULT", "REJECT"], events.Select(e => e.GetProperty("type").GetString()));
            Assert.Equal("invierà", events[0].GetProperty("trigger").GetString());
            Assert.Equal("gov:RU", events[0].GetProperty("source").GetProperty("id").GetString());
            Assert.Equal("reported", events[0].GetProperty("modality").GetString());
            Assert.Equal("2023-09-30", events[0].GetProperty("date").GetProperty("end").GetString());
            Assert.StartsWith("Secondo il Pentagono", events[0].GetProperty("evidence").GetString()!.Trim());
        }

        var (c2, one, err2) = CliProcess.Run("events", "--source", "Vladimir Putin", "--from", "2023-09-10", "--to", "2023-09-20", "--db", db, "--json");
        Assert.True(c2 == 0, err2);
        Assert.Equal(["e1"], Json(one).Select(e => e.GetProperty("id").GetString()));

        // The table: dates, source → target, modality with attribution and negation, the trigger marked in its sentence.
        var (c3, table, err3) = CliProcess.Run("events", "--db", db);
        Assert.True(c3 == 0, err3);
        Assert.Contains("2023-09-01–2023-09-30", table);
        Assert.Contains("Vladimir Putin → Kim Jong-un", table);
        Assert.Contains("[incontrato]", table);
        Assert.True(table.Contains("AID/military reported (United States"), table);
        Assert.Contains("NEG", table);
        Assert.Contains("denies e2", table);

        var (c4, none, _) = CliProcess.Run("events", "--type", "assault", "--db", db, "--json");
        Assert.Equal((0, ""), (c4, none));
    }

    [Fact]
    public void SearchByEventTypeAndStatsCountEvents()
    {
        using var tmp = new TempDir();
        var db = Database(tmp);
        var (code, stdout, stderr) = CliProcess.Run("search", "--event-type", "agree", "--db", db, "--json");
        Assert.True(code == 0, stderr);
        Assert.Equal(["es"], Json(stdout).Select(h => h.GetProperty("lang").GetString()));

        (code, stdout, stderr) = CliProcess.Run("stats", "--db", db, "--json");
        Assert.True(code == 0, stderr);
        var stats = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(4, stats.GetProperty("events").GetInt64());
        Assert.Equal(1, stats.GetProperty("events_by_type").GetProperty("CONSULT").GetInt64());
        Assert.Equal(SqliteSchema.Migrations.Length, stats.GetProperty("schema_version").GetInt32());
    }

    [Theory]
    [InlineData("--from", "2024-13-01")]
    [InlineData("--modality", "maybe")]
    [InlineData("--limit", "0")]
    [InlineData("--actor", "Xyzzy Plugh")]
    [InlineData("--bogus", "x")]
    [InlineData("--from", "2024-06-02", "--to", "2024-06-01")]
    public void BadOptionsAreUsageErrors(params string[] args)
    {
        using var tmp = new TempDir();
        var db = Database(tmp);
        var (code, _, stderr) = CliProcess.Run(["events", "--db", db, .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }

    [Fact]
    public void MissingDatabaseIsAUsageError() =>
        Assert.Equal(2, CliProcess.Run("events", "--db", "/nonexistent/ev.db").ExitCode);

    [Fact]
    public void CuesShowHowTheLexiconReadsEachSentence()
    {
        using var tmp = new TempDir();
        var file = tmp.File("t.txt");
        File.WriteAllText(file, "La Russia non ha inviato truppe.");
        var (code, stdout, stderr) = CliProcess.Run("cues", file, "--lang", "it");
        Assert.True(code == 0, stderr);
        Assert.Contains("[0] La Russia non ha inviato truppe.", stdout);
        Assert.Contains("non:Negation", stdout);
        Assert.Contains("[AID/military]", stdout);
        var (missing, _, err) = CliProcess.Run("cues", tmp.File("none.txt"), "--lang", "it");
        Assert.Equal(2, missing);
        Assert.Contains("no such file", err);
    }
}

