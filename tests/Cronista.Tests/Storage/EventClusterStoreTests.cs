using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

/// <summary>Event deduplication (event_clusters) on hand-made events across documents: the extractor is tested on its own.</summary>
public class EventClusterStoreTests
{
    private static readonly DocumentPipeline Bare = DocumentPipeline.CreateBuilder()
        .Remove<Cronista.Entities.EntityStage>().Remove<Cronista.Numbers.QuantityStage>().Remove<TimexStage>().Remove<Cronista.Events.EventStage>().Build();

    internal static readonly EventArgument Putin = new("person:vladimir-putin", "Vladimir Putin", 0, 0, "RU");
    internal static readonly EventArgument Kim = new("person:kim-jong-un", "Kim Jong-un", 0, 0, "KP");
    internal static readonly EventArgument NorthKorea = new("country:KP", "North Korea", 0, 0);
    internal static readonly EventArgument Russia = new("country:RU", "Russia", 0, 0);
    internal static readonly EventArgument Kremlin = new("gov:RU", "Government of Russia", 0, 0);
    internal static readonly EventArgument Ukraine = new("country:UA", "Ukraine", 0, 0);

    internal sealed record Spec(string Type, string? Mode, EventArgument? Source, EventArgument? Target, string? Start, string? End = null,
        bool FromDocument = false, Modality Modality = Modality.Asserted, string? By = null, string? Denies = null, string Id = "");

    /// <summary>A document whose text is made up (unique per source) and whose events are exactly <paramref name="specs"/>.</summary>
    internal static Document Doc(string source, string lang, DateOnly? published, params Spec[] specs) =>
        Doc(source, lang, published, $"Notizia {source}: un testo di prova numero {source.GetHashCode():X} con parole diverse.", specs);

    internal static Document Doc(string source, string lang, DateOnly? published, string text, params Spec[] specs)
    {
        var doc = Bare.Run(new RawDocument { Source = source, Text = text, Language = lang, Published = published });
        doc.Events.Clear();
        int n = 0;
        foreach (var s in specs)
        {
            n++;
            doc.Events.Add(new Event
            {
                Id = s.Id.Length > 0 ? s.Id : "e" + n, Type = s.Type, Mode = s.Mode, Cameo = Cronista.Events.EventOntology.Cameo(s.Type, s.Mode),
                Source = s.Source, Target = s.Target, Sentence = 0, Start = 0, End = Math.Min(5, doc.Text.Length), Rule = "test", Confidence = 0.8,
                Date = s.Start is null ? null : new EventDate(s.Start, s.End ?? s.Start, s.Start, s.FromDocument),
                Modality = s.Modality, AttributedTo = s.By is null ? null : new EventArgument(null, s.By, 0, 0), Denies = s.Denies,
            });
        }
        return doc;
    }

    private static SqliteDocumentStore Store(TempDir tmp, string name = "c.db") => new(tmp.File(name));

    private static void AddAll(IDocumentStore store, params Document[] docs)
    {
        foreach (var d in docs) store.Add(d);
        store.Commit();
    }

    private static readonly DateOnly June17 = new(2024, 6, 17);

    [Fact]
    public void TheSameEventInItalianAndSpanishIsOneClusterWithTwoSources()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var it = Doc("it.txt", "it", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18", "2024-06-19", Modality: Modality.Planned, By: "Government of Russia"));
        var es = Doc("es.txt", "es", new DateOnly(2024, 6, 19), new Spec("CONSULT", "visit", Kremlin, NorthKorea, "2024-06-18"),
            // The document date stood in, and the target was not found: still the visit.
            new Spec("CONSULT", "visit", Putin, null, "2024-06-19", FromDocument: true));
        AddAll(store, it, es);

        long id = it.Events[0].Cluster!.Value;
        Assert.Equal([id, id], es.Events.Select(e => e.Cluster!.Value));
        var c = store.GetEventCluster(id)!;
        Assert.Equal(("CONSULT", "visit", 3, 2), (c.Type, c.Mode, c.Mentions, c.Sources));
        Assert.Equal(["es", "it"], c.Languages);
        Assert.Equal(("2024-06-18", "2024-06-18", false), (c.DateStart, c.DateEnd, c.DateFromDocument)); // the most precise date given
        Assert.Equal(June17, c.FirstReported);
        Assert.Equal(new StoredEventArgument("person:vladimir-putin", "Vladimir Putin", "RU"), c.Source);
        Assert.Equal(new StoredEventArgument("country:KP", "North Korea", "KP"), c.Target);
        Assert.Equal(["asserted", "planned"], c.Modalities);
        Assert.Contains(new EventClaim("planned", "Government of Russia"), c.Claims);
        Assert.Equal(3, store.ClusterEvents(id).Count);
        Assert.All(store.Events(new EventQuery()), e => Assert.Equal(id, e.Cluster));

        // Many clusters' mentions in one query: each cluster's first ones in ingest order, as one by one.
        var other = Doc("fr.txt", "fr", June17, new Spec("AID", null, Russia, NorthKorea, "2024-06-01", "2024-06-30"));
        AddAll(store, other);
        long[] ids = [id, other.Events[0].Cluster!.Value, 999_999];
        foreach (int limit in new[] { 1, 2, 100 })
        {
            var many = store.ClusterEvents(ids, limit);
            Assert.Equal(ids.Order(), many.Keys.Order());
            foreach (var cluster in ids) Assert.Equal(store.ClusterEvents(cluster, limit), many[cluster]);
        }
        Assert.Equal([2, 1, 0], ids.Select(x => store.ClusterEvents(ids, 2)[x].Count));
    }

    [Fact]
    public void ANearDuplicateCopyCountsOnceAsASource()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var text = EventStoreTests.Italian;
        var meet = new Spec("CONSULT", "meet", Putin, Kim, "2023-09-13");
        var original = Doc("ansa.txt", "it", new DateOnly(2023, 9, 13), text, meet);
        var copy = Doc("copy.txt", "it", new DateOnly(2023, 9, 14), text.Replace("la notizia.", "la notizia, definita falsa."), meet);
        Assert.Equal(StoreOutcome.Inserted, store.Add(original).Outcome);
        Assert.Equal(StoreOutcome.NearDuplicate, store.Add(copy).Outcome);
        store.Commit();
        var c = store.GetEventCluster(original.Events[0].Cluster!.Value)!;
        Assert.Equal(copy.Events[0].Cluster, original.Events[0].Cluster);
        Assert.Equal((2, 1), (c.Mentions, c.Sources));

        // An independent report (another text, another language; Kim meets Putin is the same meeting) is a second source.
        AddAll(store, Doc("es.txt", "es", new DateOnly(2023, 9, 14), new Spec("CONSULT", "meet", Kim, Putin, "2023-09-13")));
        c = store.GetEventCluster(c.Id)!;
        Assert.Equal((3, 2), (c.Mentions, c.Sources));
        Assert.Equal(["es", "it"], c.Languages);
    }

    [Fact]
    public void DifferentDatesTypesAndParticipantsAreDifferentEvents()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var docs = new[]
        {
            Doc("a.txt", "it", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18")),
            Doc("b.txt", "it", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-28")),   // ten days later
            Doc("c.txt", "it", June17, new Spec("AID", "military", Putin, NorthKorea, "2024-06-18")),     // another type
            Doc("d.txt", "it", June17, new Spec("CONSULT", "visit", Putin, Ukraine, "2024-06-18")),       // another target
            Doc("e.txt", "it", June17, new Spec("CONSULT", "visit", Kim, Russia, "2024-06-18")),          // a visit is not reciprocal
            Doc("f.txt", "it", June17, new Spec("AID", "humanitarian", Putin, NorthKorea, "2024-06-18")), // conflicting mode
            Doc("g.txt", "es", new DateOnly(2024, 6, 23), new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-23", FromDocument: true)), // 5 days: too far for a document date
        };
        AddAll(store, docs);
        Assert.Equal(docs.Length, docs.Select(d => d.Events[0].Cluster).Distinct().Count());

        // Close enough: the next day, a document date within 3 days, a missing target, and a month that contains the day.
        var same = new[]
        {
            Doc("h.txt", "es", June17, new Spec("CONSULT", "visit", Russia, NorthKorea, "2024-06-19")),
            Doc("i.txt", "es", new DateOnly(2024, 6, 20), new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-20", FromDocument: true)),
            Doc("j.txt", "en", June17, new Spec("CONSULT", null, Putin, null, "2024-06-18")),
            Doc("k.txt", "en", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-01", "2024-06-30")),
        };
        AddAll(store, same);
        Assert.All(same, d => Assert.Equal(docs[0].Events[0].Cluster, d.Events[0].Cluster));
        var c = store.GetEventCluster(docs[0].Events[0].Cluster!.Value)!;
        Assert.Equal((5, 5), (c.Mentions, c.Sources));
        Assert.Equal(("2024-06-18", "2024-06-19"), (c.DateStart, c.DateEnd));
    }

    [Fact]
    public void DailyEventsDoNotChainIntoOne()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var days = Enumerable.Range(1, 8).Select(d => Doc($"day{d}.txt", "en", new DateOnly(2024, 3, d),
            new Spec("ASSAULT", "attack", Russia, Ukraine, $"2024-03-{d:00}"))).ToArray();
        AddAll(store, days);
        var clusters = days.Select(d => d.Events[0].Cluster!.Value).Distinct().ToList();
        Assert.True(clusters.Count >= 3, $"{clusters.Count} clusters");
        Assert.All(clusters, id =>
        {
            var c = store.GetEventCluster(id)!;
            Assert.True(DateOnly.Parse(c.DateEnd!).DayNumber - DateOnly.Parse(c.DateStart!).DayNumber <= 2, $"{c.DateStart}..{c.DateEnd}");
        });
    }

    [Fact]
    public void UndatedOrSourcelessEventsStayWithinTheirDocument()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var a = Doc("a.txt", "it", null, new Spec("CONSULT", "meet", Kim, Putin, null), new Spec("CONSULT", "meet", Kim, Putin, null),
            new Spec("SANCTION", null, null, NorthKorea, "2024-06-17"));
        var b = Doc("b.txt", "it", null, new Spec("CONSULT", "meet", Kim, Putin, null), new Spec("SANCTION", null, null, NorthKorea, "2024-06-17"));
        AddAll(store, a, b);
        Assert.Equal(a.Events[0].Cluster, a.Events[1].Cluster);
        Assert.NotEqual(a.Events[0].Cluster, b.Events[0].Cluster);
        Assert.NotEqual(a.Events[2].Cluster, b.Events[1].Cluster);
        Assert.True(store.GetEventCluster(a.Events[0].Cluster!.Value)!.DocumentScoped);
        Assert.DoesNotContain(store.EventClusters(new EventClusterQuery { IncludeDocumentScoped = false }), c => c.DocumentScoped);
    }

    [Fact]
    public void MentionsThatSayTooLittleStayInTheirArticle()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        var june18 = new DateOnly(2024, 6, 18);
        // Each pair: one mention per article, same type, source and days.
        var a = Doc("a.txt", "es", June17,
            new Spec("ASSAULT", "attack", Russia, null, "2024-06-17", FromDocument: true),  // a country, no target, the publication date
            new Spec("SUPPORT", null, Russia, null, "2024-01-01", "2024-12-31"),            // a year
            new Spec("DEMAND", null, Russia, Ukraine, "2024-01-01", "2024-12-31"),          // a year, even with a target
            new Spec("ASSAULT", "attack", Russia, Russia, "2024-06-17", FromDocument: true), // the target is the source's own country
            new Spec("DISAPPROVE", null, Putin, null, "2024-06-17", FromDocument: true),    // one person, the publication date: joins only
            new Spec("PROTEST", null, Ukraine, null, "2024-06-16"),                         // a day the text states
            new Spec("THREATEN", null, Russia, Ukraine, "2024-06-17", FromDocument: true)); // a target
        var b = Doc("b.txt", "it", june18,
            new Spec("ASSAULT", "attack", Russia, null, "2024-06-18", FromDocument: true),
            new Spec("SUPPORT", null, Russia, null, "2024-01-01", "2024-12-31"),
            new Spec("DEMAND", null, Russia, Ukraine, "2024-01-01", "2024-12-31"),
            new Spec("ASSAULT", "attack", Russia, Russia, "2024-06-18", FromDocument: true),
            new Spec("DISAPPROVE", null, Putin, null, "2024-06-18", FromDocument: true),
            new Spec("PROTEST", null, Ukraine, null, "2024-06-16"),
            new Spec("THREATEN", null, Russia, Ukraine, "2024-06-18", FromDocument: true));
        AddAll(store, a, b);
        bool[] same = a.Events.Zip(b.Events, (x, y) => x.Cluster == y.Cluster).ToArray();
        Assert.Equal([false, false, false, false, false, true, true], same);
        Assert.Equal(1, store.GetEventCluster(a.Events[0].Cluster!.Value)!.Sources);
        Assert.Equal(2, store.GetEventCluster(a.Events[6].Cluster!.Value)!.Sources);
    }

    [Fact]
    public void ASentenceCopiedWordForWordIsNoNewSource()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        const string wire = "Putin visitará Corea del Norte el martes, según la agencia.";
        var visit = new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18");
        var a = Doc("a.txt", "es", June17, wire + " El diario de Madrid añade un análisis largo sobre la economía del país y sus puertos.", visit);
        var b = Doc("b.txt", "es", June17, wire + " Otro periódico de Lima habla de fútbol, del tiempo de mañana y de una boda famosa.", visit);
        var c = Doc("c.txt", "it", June17, "Putin sarà in visita a Pyongyang martedì, annuncia il Cremlino in una nota ufficiale.", visit);
        // b is a document of its own, not a near-duplicate of a: only the sentence is shared.
        Assert.All(new[] { a, b, c }, d => Assert.Equal(StoreOutcome.Inserted, store.Add(d).Outcome));
        store.Commit();
        long id = a.Events[0].Cluster!.Value;
        Assert.All(new[] { b, c }, d => Assert.Equal(id, d.Events[0].Cluster));
        var cluster = store.GetEventCluster(id)!;
        Assert.Equal((3, 2), (cluster.Mentions, cluster.Sources));
    }

    [Fact]
    public void DenialsAreTheirOwnClustersAndRecordWhatTheyDeny()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        // The denial comes first in the text: it still finds the cluster of the event it denies.
        var es = Doc("es.txt", "es", June17,
            new Spec("REJECT", "deny", Kremlin, null, "2024-06-17", FromDocument: true, Denies: "e2", Id: "e1"),
            new Spec("AID", "military", NorthKorea, Russia, "2024-06-17", FromDocument: true, Modality: Modality.Reported, By: "US officials", Id: "e2"));
        var it = Doc("it.txt", "it", June17,
            new Spec("AID", "military", NorthKorea, Russia, "2024-06-16", Modality: Modality.Denied, Id: "e1"),
            new Spec("REJECT", "deny", Russia, null, "2024-06-17", FromDocument: true, Denies: "e1", Id: "e2"),
            new Spec("REJECT", null, Kremlin, null, "2024-06-17", FromDocument: true, Id: "e3")); // a refusal, not a denial of that report
        AddAll(store, es, it);

        long aid = es.Events[1].Cluster!.Value, denial = es.Events[0].Cluster!.Value;
        Assert.Equal(aid, it.Events[0].Cluster);
        Assert.Equal(denial, it.Events[1].Cluster);
        Assert.NotEqual(denial, it.Events[2].Cluster);
        Assert.NotEqual(aid, denial);

        var d = store.GetEventCluster(denial)!;
        Assert.Equal((aid, 2, 2), (d.DeniesCluster!.Value, d.Mentions, d.Sources));
        var a = store.GetEventCluster(aid)!;
        Assert.Equal(["Government of Russia"], a.DeniedBy);
        Assert.Equal(["denied", "reported"], a.Modalities);
        Assert.Null(store.GetEventCluster(it.Events[2].Cluster!.Value)!.DeniesCluster);
    }

    [Fact]
    public void ReingestChangesNothingAndGivesTheStoredClusters()
    {
        using var tmp = new TempDir();
        Document Es(string source) => Doc(source, "es", June17, "Putin visitará Corea del Norte el martes, y Rusia ayudará a Pionyang este mes.",
            new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18"), new Spec("AID", null, Russia, NorthKorea, "2024-06-01", "2024-06-30"));
        Document[] Docs() => [Doc("it.txt", "it", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18")), Es("es.txt")];
        string digest, clusters;
        using (var store = Store(tmp))
        {
            AddAll(store, Docs());
            digest = store.ContentDigest();
            clusters = Clusters(store);
            var again = Docs();
            Assert.All(again, d => Assert.Equal(StoreOutcome.AlreadyPresent, store.Add(d).Outcome));
            var other = Es("elsewhere.txt");
            Assert.Equal(StoreOutcome.ExactDuplicate, store.Add(other).Outcome);
            store.Commit();
            Assert.Equal(clusters, Clusters(store));
            // Documents not stored again still learn the clusters of their stored events (analyze prints them).
            Assert.Equal(again[0].Events[0].Cluster, again[1].Events[0].Cluster);
            Assert.NotNull(other.Events[1].Cluster);
        }
        // Another database fed the same documents in the same order: the same clusters, ids included.
        using var fresh = Store(tmp, "fresh.db");
        AddAll(fresh, Docs());
        Assert.Equal(digest, fresh.ContentDigest());
    }

    [Fact]
    public void ADatabaseWithoutClustersIsBackfilledOnMigration()
    {
        using var tmp = new TempDir();
        var path = tmp.File("old.db");
        string expected;
        using (var store = new SqliteDocumentStore(path))
        {
            AddAll(store,
                Doc("it.txt", "it", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18")),
                Doc("es.txt", "es", June17, new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18"),
                    new Spec("REJECT", "deny", Kremlin, null, "2024-06-17", FromDocument: true, Denies: "e1")));
            expected = Clusters(store);
        }
        // As the previous schema had it: no event_clusters, no events.event_cluster.
        int version = Array.FindIndex(SqliteSchema.Migrations, m => m.Contains(SqliteSchema.EventClustersMarker)) + 1;
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"""
                DROP TABLE event_clusters; DROP INDEX events_cluster; ALTER TABLE events DROP COLUMN event_cluster; ALTER TABLE documents DROP COLUMN headline; DROP TABLE story_features;
                DELETE FROM schema_version WHERE version >= {version};
                """;
            cmd.ExecuteNonQuery();
        }
        using var migrated = new SqliteDocumentStore(path);
        Assert.Equal(SqliteSchema.Migrations.Length, migrated.SchemaVersion);
        Assert.Equal(expected, Clusters(migrated));
    }

    /// <summary>Every cluster and which cluster each event belongs to.</summary>
    private static string Clusters(IDocumentStore s) =>
        string.Join("\n", s.EventClusters(new EventClusterQuery { Limit = 10_000 }).Select(c =>
            $"{c.Id} {c.Type} {c.DateStart} {c.DateEnd} {c.Mentions} {c.Sources} {string.Join(",", c.Languages)} {string.Join(",", c.Modalities)} {c.DeniesCluster} {string.Join(",", c.DeniedBy)}"))
        + "\n" + string.Join("\n", s.Events(new EventQuery { IncludeDuplicates = true, Limit = 10_000 }).Select(e => $"{e.DocumentId} {e.Id} {e.Cluster}"));

    [Fact]
    public void TimelinesAreOrderedByEventDateAndFilterPairsInEitherDirection()
    {
        using var tmp = new TempDir();
        using var store = Store(tmp);
        // Published in the opposite order of the events they report.
        AddAll(store,
            Doc("late.txt", "it", new DateOnly(2024, 7, 1), new Spec("CONSULT", "visit", Putin, NorthKorea, "2024-06-18")),
            Doc("mid.txt", "es", new DateOnly(2024, 6, 1), new Spec("AID", "military", NorthKorea, Russia, "2023-11-01", "2023-11-30")),
            Doc("early.txt", "en", new DateOnly(2024, 1, 1), new Spec("CONSULT", "meet", Kim, Putin, "2023-09-13"),
                new Spec("ASSAULT", "attack", Russia, Ukraine, "2023-12-29")));

        List<string> Timeline(EventClusterQuery q) => store.EventClusters(q).Select(c => $"{c.DateStart} {c.Type}").ToList();
        Assert.Equal(["2023-09-13 CONSULT", "2023-11-01 AID", "2023-12-29 ASSAULT", "2024-06-18 CONSULT"], Timeline(new EventClusterQuery { Actor = "country:RU" }));
        // A pair: both directions (Kim → Putin, North Korea → Russia, Putin → North Korea), not Russia → Ukraine.
        var pair = Timeline(new EventClusterQuery { Actor = "country:KP", Actor2 = "country:RU" });
        Assert.Equal(["2023-09-13 CONSULT", "2023-11-01 AID", "2024-06-18 CONSULT"], pair);
        Assert.Equal(pair, Timeline(new EventClusterQuery { Actor = "country:RU", Actor2 = "country:KP" }));
        // A person: the clusters with a mention naming them; type and date filters.
        Assert.Equal(["2023-09-13 CONSULT", "2024-06-18 CONSULT"], Timeline(new EventClusterQuery { Actor = "person:vladimir-putin" }));
        Assert.Equal(["2023-11-01 AID"], Timeline(new EventClusterQuery { Actor = "country:KP", Type = "aid" }));
        Assert.Equal(["2023-11-01 AID", "2023-12-29 ASSAULT"], Timeline(new EventClusterQuery { Actor = "country:RU", From = new(2023, 11, 15), To = new(2024, 1, 1) }));
        Assert.Empty(Timeline(new EventClusterQuery { Actor = "country:UA", Actor2 = "country:KP" }));
    }
}
