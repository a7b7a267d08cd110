using System.Text.Json;
using Cronista.Model;
using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Storage;
using Cronista.Tests.Support;
using static Cronista.Tests.Storage.EventClusterStoreTests;

namespace Cronista.Tests.Cli;

/// <summary><c>cronista timeline</c> and <c>cronista export</c> on hand-made events, and the timeline of the bundled samples.</summary>
public class TimelineExportCliTests
{
    private static readonly EventArgument Pyongyang = new("place:KP:12:pyongyang", "Pyongyang", 0, 0, "KP");

    private static string Database(TempDir tmp)
    {
        var db = tmp.File("t.db");
        using var store = new SqliteDocumentStore(db);
        var it = Doc("it.txt", "it", new DateOnly(2024, 6, 17),
            "Putin visiterà la Corea del Nord, ha detto il Cremlino: \"una visita storica\", con Kim.",
            new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18", "2024-06-19", Modality: Modality.Planned, By: "Government of Russia"));
        it.Entities.Add(new DocumentEntity("place:KP:12:pyongyang", "Pyongyang", EntityType.Loc, null, "KP", 39.03, 125.75));
        it.Entities.Add(new DocumentEntity("country:KP", "North Korea", EntityType.Loc, "Q423", "KP"));
        it.Entities.Add(new DocumentEntity("country:RU", "Russia", EntityType.Loc, "Q159", "RU"));
        it.Events[0].Location = Pyongyang;
        store.Add(it);
        store.Add(Doc("es.txt", "es", new DateOnly(2024, 6, 18), "Putin llegó a Pionyang, según funcionarios, en una visita.",
            new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18", Modality: Modality.Reported, By: "US officials"),
            new Spec("AID", "military", NorthKorea, Russia, "2023-11-01", "2023-11-30"),
            new Spec("ASSAULT", "attack", Russia, Ukraine, "2024-01-02")));
        store.Commit();
        return db;
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void TimelineListsDeduplicatedEventsByEventDate()
    {
        using var tmp = new TempDir();
        var db = Database(tmp);
        var (code, stdout, stderr) = CliProcess.Run("timeline", "North Korea", "Russia", "--db", db, "--format", "json");
        Assert.True(code == 0, stderr);
        var events = Lines(stdout);
        Assert.Equal(["AID", "CONSULT"], events.Select(e => e.GetProperty("type").GetString()));
        var visit = events[1];
        Assert.Equal((2, 2), (visit.GetProperty("mentions").GetInt32(), visit.GetProperty("sources").GetInt32()));
        Assert.Equal(["es", "it"], visit.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2024-06-18", visit.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("reported by US officials; planned by Government of Russia", visit.GetProperty("summary").GetString());
        Assert.Equal(2, visit.GetProperty("evidence").GetArrayLength());

        (code, stdout, stderr) = CliProcess.Run("timeline", "Russia", "--db", db);
        Assert.True(code == 0, stderr);
        Assert.Contains("ASSAULT/attack Russia → Ukraine", stdout);
        Assert.Contains("2 mentions · 2 sources · es it", stdout);
        Assert.True(stdout.IndexOf("2023-11-01", StringComparison.Ordinal) < stdout.IndexOf("2024-01-02", StringComparison.Ordinal));

        (code, stdout, stderr) = CliProcess.Run("timeline", "country:RU", "--type", "consult", "--format", "csv", "--db", db);
        Assert.True(code == 0, stderr);
        var rows = Csv.Parse(stdout);
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0].Count, rows[1].Count);
        Assert.Equal("CONSULT", rows[1][rows[0].IndexOf("type")]);

        Assert.Equal(2, CliProcess.Run("timeline", "Qwxzyv Plorkt", "--db", db).ExitCode);
        Assert.Equal(2, CliProcess.Run("timeline", "Russia", "--from", "June", "--db", db).ExitCode);
        Assert.Equal(2, CliProcess.Run("timeline", "Russia", "--db", tmp.File("missing.db")).ExitCode);
        Assert.Equal(2, CliProcess.Run("timeline", "Russia", "--format", "xml", "--db", db).ExitCode);
    }

    [Fact]
    public void ExportsParseInEveryFormat()
    {
        using var tmp = new TempDir();
        var db = Database(tmp);
        string Export(params string[] args)
        {
            var (code, stdout, stderr) = CliProcess.Run(["export", "--db", db, .. args]);
            Assert.True(code == 0, stderr);
            return stdout;
        }

        var clusters = Lines(Export("--format", "jsonl"));
        Assert.Equal(3, clusters.Count);
        var visit = clusters.Single(c => c.GetProperty("type").GetString() == "CONSULT");
        Assert.Equal(2, visit.GetProperty("evidence").GetArrayLength());
        Assert.Equal(39.03, visit.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.Equal(4, Lines(Export("--format", "jsonl", "--mentions")).Count);

        var plover = Lines(Export("--format", "plover", "--from", "2024-01-01"));
        Assert.Equal(["ASSAULT", "CONSULT"], plover.Select(p => p.GetProperty("event_type").GetString()));
        foreach (var field in new[] { "event_id", "event_date", "event_mode", "source_actor", "source_country", "target_actor", "target_country", "location", "modality_summary", "evidence" })
            Assert.True(plover[1].TryGetProperty(field, out _), field);
        Assert.Equal(("RU", "KP"), (plover[1].GetProperty("source_country").GetString(), plover[1].GetProperty("target_country").GetString()));

        // CSV: RFC 4180 (the Italian sentence has quotes and commas), one header, same width everywhere.
        var csv = Csv.Parse(Export("--format", "csv"));
        Assert.Equal(4, csv.Count);
        Assert.All(csv, r => Assert.Equal(csv[0].Count, r.Count));
        Assert.Contains(csv, r => r[csv[0].IndexOf("evidence")].Contains("\"una visita storica\", con Kim"));
        var docs = Csv.Parse(Export("--format", "csv", "--what", "documents"));
        Assert.Equal(["id", "source", "url", "title", "lang", "published", "published_inferred", "duplicate_of", "story_id"], docs[0]);
        Assert.Equal(3, docs.Count);
        var entities = Lines(Export("--format", "jsonl", "--what", "entities"));
        Assert.Contains(entities, e => e.GetProperty("id").GetString() == "place:KP:12:pyongyang" && e.GetProperty("lat").GetDouble() == 39.03);

        var tsv = Export("--format", "cameo-tsv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["event_id", "date", "year", "month", "day", "source_code", "source_name", "target_code", "target_name", "cameo_code", "root_code", "quad_class"], tsv[0][..12]);
        Assert.All(tsv, r => Assert.Equal(tsv[0].Length, r.Length));
        var consult = tsv.Single(r => r[9] == "042");
        Assert.Equal(("20240618", "RU", "KP", "04", "1"), (consult[1], consult[5], consult[7], consult[10], consult[11]));
        Assert.Equal("4", tsv.Single(r => r[10] == "19")[11]); // attack: material conflict

        foreach (var what in new[] { "events", "entities" })
        {
            var geo = JsonDocument.Parse(Export("--format", "geojson", "--what", what)).RootElement;
            Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
            var feature = Assert.Single(geo.GetProperty("features").EnumerateArray());
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal([125.75, 39.03], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        }

        var file = tmp.File("out.jsonl");
        var (fc, fout, ferr) = CliProcess.Run("export", "--db", db, "--format", "jsonl", "--what", "documents", "--out", file);
        Assert.True(fc == 0, ferr);
        Assert.Equal("", fout);
        Assert.Equal(2, Lines(File.ReadAllText(file)).Count);

        // Stories: one JSON line per story (this database is written through the store, not ingest, so it may have none).
        var (sc, sout, serr) = CliProcess.Run("export", "--db", db, "--format", "jsonl", "--what", "stories");
        Assert.True(sc == 0, serr);
        Assert.All(Lines(sout), l => Assert.StartsWith("s", l.GetProperty("id").GetString()));
        // Usage errors: events-only formats, a missing database.
        Assert.Equal(2, CliProcess.Run("export", "--db", db, "--format", "plover", "--what", "documents").ExitCode);
        Assert.Equal(2, CliProcess.Run("export", "--db", db, "--format", "geojson", "--what", "documents").ExitCode);
        Assert.Equal(2, CliProcess.Run("export", "--db", db, "--format", "yaml").ExitCode);
        Assert.Equal(2, CliProcess.Run("export", "--db", db).ExitCode);
        Assert.Equal(2, CliProcess.Run("export", "--db", tmp.File("none.db"), "--format", "jsonl").ExitCode);
    }

    [Fact]
    public void SamplesTimelineShowsPutinsVisitOnceWithTwoSourcesInTwoLanguages()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        var (code, analyzed, stderr) = CliProcess.Run("analyze", Path.Combine(SharedData.RepoRoot, "samples"), "--db", db);
        Assert.True(code == 0, stderr);
        // analyze prints each event's cluster.
        Assert.All(Lines(analyzed).SelectMany(d => d.GetProperty("events").EnumerateArray()),
            e => Assert.Equal(JsonValueKind.Number, e.GetProperty("event_cluster").ValueKind));

        (code, var stdout, stderr) = CliProcess.Run("timeline", "North Korea", "Russia", "--db", db, "--format", "json");
        Assert.True(code == 0, stderr);
        var timeline = Lines(stdout);
        var dates = timeline.Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var visits = timeline.Where(e => e.GetProperty("type").GetString() == "CONSULT" && e.GetProperty("mode").GetString() == "visit"
                                         && e.GetProperty("date").GetProperty("start").GetString()!.StartsWith("2024-06")).ToList();
        var visit = Assert.Single(visits);
        Assert.Equal("person:vladimir-putin", visit.GetProperty("source").GetProperty("id").GetString());
        Assert.Equal(2, visit.GetProperty("sources").GetInt32());
        Assert.Equal(["es", "it"], visit.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }
}
