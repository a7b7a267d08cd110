using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

/// <summary>Events in the store (schema v3): written with their document, queried by actor, country, type, modality and date.</summary>
public class EventStoreTests
{
    internal const string Italian =
        "Il presidente russo Vladimir Putin ha incontrato Kim Jong-un a Vladivostok il 13 settembre. " +
        "Secondo il Pentagono, Mosca invierà 15.000 soldati in Corea del Nord questo mese. " +
        "Il Cremlino ha smentito la notizia.";
    internal const string Spanish = "Corea del Norte no aceptó la propuesta de Estados Unidos el 18 de junio, según la agencia estatal.";

    private static readonly DocumentPipeline Bare = DocumentPipeline.CreateBuilder()
        .Remove<Cronista.Entities.EntityStage>().Remove<Cronista.Numbers.QuantityStage>().Remove<TimexStage>().Remove<Cronista.Events.EventStage>().Build();

    private static EventArgument Arg(Document doc, string text, string? id, string name, string? country = null)
    {
        int p = doc.Text.IndexOf(text, StringComparison.Ordinal);
        return new EventArgument(id, name, p, p + text.Length, country);
    }

    private static Event Ev(Document doc, string id, string type, string? mode, string cameo, string trigger, Modality modality = Modality.Asserted)
    {
        int p = doc.Text.IndexOf(trigger, StringComparison.Ordinal);
        int sentence = doc.Sentences.FindIndex(s => s.Start <= p && p < s.End);
        return new Event { Id = id, Type = type, Mode = mode, Cameo = cameo, Sentence = sentence, Start = p, End = p + trigger.Length, Rule = "test:" + trigger, Modality = modality, Confidence = 0.8 };
    }

    /// <summary>A document with hand-made events (the extractor is tested on its own): Putin meets Kim (one day), Moscow to
    /// send troops (reported, a month), the Kremlin denies it (undated; gov:RU without a country).</summary>
    internal static Document ItalianDoc(string source = "it.txt", string text = Italian, DocumentPipeline? pipeline = null)
    {
        var doc = (pipeline ?? Bare).Run(new RawDocument { Source = source, Text = text, Language = "it", Published = new DateOnly(2023, 9, 5) });
        // The bare pipeline links nothing: the entities the events point to, unless the full pipeline found them.
        foreach (var e in new[]
                 {
                     new DocumentEntity("person:vladimir-putin", "Vladimir Putin", EntityType.Per, "Q7747", "RU"),
                     new DocumentEntity("person:kim-jong-un", "Kim Jong-un", EntityType.Per, "Q56226", "KP"),
                     new DocumentEntity("gov:RU", "Government of Russia", EntityType.Org, null, "RU"),
                 })
            if (!doc.Entities.Exists(x => x.Id == e.Id)) doc.Entities.Add(e);
        doc.Events.Clear(); // only the hand-made events below, whatever the extractor found
        var meet = Ev(doc, "e1", "CONSULT", "meet", "040", "incontrato");
        meet.Source = Arg(doc, "Vladimir Putin", "person:vladimir-putin", "Vladimir Putin", "RU");
        meet.Target = Arg(doc, "Kim Jong-un", "person:kim-jong-un", "Kim Jong-un", "KP");
        meet.Location = Arg(doc, "Vladivostok", "place:RU:59:vladivostok", "Vladivostok", "RU");
        meet.Date = new EventDate("2023-09-13", "2023-09-13", "2023-09-13", false);
        var send = Ev(doc, "e2", "AID", "military", "074", "invierà", Modality.Reported);
        send.Source = Arg(doc, "Mosca", "gov:RU", "Government of Russia");
        send.Target = Arg(doc, "Corea del Nord", "country:KP", "North Korea");
        send.Date = new EventDate("2023-09-01", "2023-09-30", "2023-09", false);
        send.Quantity = 15000;
        send.QuantityUnit = "soldati";
        send.AttributedTo = Arg(doc, "Pentagono", "org:us-dod", "United States Department of Defense");
        var deny = Ev(doc, "e3", "REJECT", "deny", "125", "smentito", Modality.Denied);
        deny.Source = Arg(doc, "Cremlino", "gov:RU", "Government of Russia");
        deny.Denies = "e2";
        doc.Events.AddRange([meet, send, deny]);
        return doc;
    }

    internal static Document SpanishDoc()
    {
        var doc = Bare.Run(new RawDocument { Source = "es.txt", Text = Spanish, Language = "es", Published = new DateOnly(2024, 6, 19) });
        doc.Entities.Add(new DocumentEntity("country:KP", "North Korea", EntityType.Loc, "Q423", "KP"));
        var agree = Ev(doc, "e1", "AGREE", null, "057", "aceptó");
        agree.Source = Arg(doc, "Corea del Norte", "country:KP", "North Korea");
        agree.Target = Arg(doc, "Estados Unidos", "country:US", "United States");
        agree.Date = new EventDate("2024-06-18", "2024-06-18", "2024-06-18", false);
        agree.Negated = true;
        doc.Events.Add(agree);
        return doc;
    }

    private static SqliteDocumentStore Filled(TempDir tmp)
    {
        var store = new SqliteDocumentStore(tmp.File("e.db"));
        store.Add(ItalianDoc());
        store.Add(SpanishDoc());
        store.Commit();
        return store;
    }

    private static List<string> Ids(IDocumentStore store, EventQuery q) =>
        store.Events(q).Select(e => $"{e.Language}:{e.Id}").ToList();

    [Fact]
    public void EventsAreStoredAndReadBackWithEveryField()
    {
        using var tmp = new TempDir();
        using var store = Filled(tmp);
        var all = store.Events(new EventQuery());
        // By date (a month-long event starts before the day inside it), then undated last.
        Assert.Equal(["it:e2", "it:e1", "es:e1", "it:e3"], all.Select(e => $"{e.Language}:{e.Id}"));

        var send = all[0];
        var doc = ItalianDoc();
        Assert.Equal((doc.Id, "it", new DateOnly(2023, 9, 5)), (send.DocumentId, send.Language, send.Published));
        Assert.Equal(("AID", "military", "074"), (send.Type, send.Mode, send.Cameo));
        Assert.Equal(new StoredEventArgument("gov:RU", "Government of Russia", "RU"), send.Source); // country read from the id
        Assert.Equal(new StoredEventArgument("country:KP", "North Korea", "KP"), send.Target);
        Assert.Null(send.Location);
        Assert.Equal(("2023-09-01", "2023-09-30", "2023-09", false), (send.DateStart, send.DateEnd, send.DateValue, send.DateFromDocument));
        Assert.Equal((15000.0, "soldati"), (send.Quantity!.Value, send.QuantityUnit));
        Assert.Equal(Modality.Reported, send.Modality);
        Assert.Equal(new StoredEventArgument("org:us-dod", "United States Department of Defense", null), send.AttributedTo);
        Assert.False(send.Negated);
        Assert.Equal((1, 0.8, "test:invierà"), (send.SentenceIndex, send.Confidence, send.Rule));
        Assert.Equal("Secondo il Pentagono, Mosca invierà 15.000 soldati in Corea del Nord questo mese.", send.Sentence.Trim());
        Assert.Equal("invierà", send.Trigger);
        Assert.Equal(doc.Text[send.Start..send.End], send.Trigger);

        var meet = all[1];
        Assert.Equal(new StoredEventArgument("place:RU:59:vladivostok", "Vladivostok", "RU"), meet.Location);
        Assert.Equal("incontrato", meet.Trigger);
        var deny = all[3];
        Assert.Equal((Modality.Denied, "e2", (string?)null), (deny.Modality, deny.Denies, deny.DateStart));
        Assert.True(all[2].Negated);
        Assert.Equal("aceptó", all[2].Trigger);
    }

    [Fact]
    public void ActorMatchesTheIdOrTheCountryItStandsFor()
    {
        using var tmp = new TempDir();
        using var store = Filled(tmp);
        // Russia: Putin (a person of RU) and the government (gov:RU) as sources.
        Assert.Equal(["it:e2", "it:e1", "it:e3"], Ids(store, new EventQuery { Actor = "country:RU" }));
        Assert.Equal(["it:e1"], Ids(store, new EventQuery { Actor = "person:vladimir-putin" }));
        Assert.Equal(["it:e2", "it:e3"], Ids(store, new EventQuery { Actor = "gov:RU" }));
        // North Korea: Kim as a target, country:KP as target and as source.
        Assert.Equal(["it:e2", "it:e1", "es:e1"], Ids(store, new EventQuery { Actor = "country:KP" }));
        Assert.Equal(["es:e1"], Ids(store, new EventQuery { Source = "country:KP" }));
        Assert.Equal(["it:e2", "it:e1"], Ids(store, new EventQuery { Target = "country:KP" }));
        Assert.Equal(["es:e1"], Ids(store, new EventQuery { Source = "country:KP", Target = "country:US" }));
        Assert.Empty(Ids(store, new EventQuery { Actor = "country:FR" }));
    }

    [Fact]
    public void TypeModalityLanguageAndDateOverlapFilter()
    {
        using var tmp = new TempDir();
        using var store = Filled(tmp);
        Assert.Equal(["it:e1"], Ids(store, new EventQuery { Type = "consult" }));
        Assert.Equal(["it:e2"], Ids(store, new EventQuery { Modality = Modality.Reported }));
        Assert.Equal(["es:e1"], Ids(store, new EventQuery { Language = "es" }));
        // The month-long AID event overlaps any window inside September; undated events drop out with a date filter.
        Assert.Equal(["it:e2"], Ids(store, new EventQuery { From = new(2023, 9, 14), To = new(2023, 9, 20) }));
        Assert.Equal(["it:e2", "it:e1"], Ids(store, new EventQuery { From = new(2023, 9, 13), To = new(2023, 9, 13) }));
        Assert.Equal(["it:e2"], Ids(store, new EventQuery { To = new(2023, 9, 1) }));
        Assert.Equal(["es:e1"], Ids(store, new EventQuery { From = new(2023, 10, 1) }));
        Assert.Equal(["it:e1", "es:e1"], Ids(store, new EventQuery { Limit = 2, Offset = 1 }));

        Assert.Equal([("AGREE", 1L), ("AID", 1L), ("CONSULT", 1L), ("REJECT", 1L)], store.EventTypeCounts(new EventQuery()));
        Assert.Equal([("AID", 1L), ("CONSULT", 1L), ("REJECT", 1L)], store.EventTypeCounts(new EventQuery { Actor = "country:RU" }));
        var stats = store.Stats();
        Assert.Equal(4, stats.Events);
        Assert.Equal(1, stats.EventsByType["REJECT"]);

        // search --event-type: documents with such an event, listed alone or filtering a query.
        var hits = store.Search(new SearchRequest { Query = "", EventType = "reject" });
        Assert.Equal([ItalianDoc().Id], hits.Select(h => h.Id));
        Assert.Contains("[smentito]", hits[0].Snippet);
        Assert.Single(store.Search(new SearchRequest { Query = "Vladivostok", EventType = "CONSULT" }));
        Assert.Empty(store.Search(new SearchRequest { Query = "Vladivostok", EventType = "AGREE" }));
    }

    [Fact]
    public void ReingestAddsNoEventsAndNearDuplicatesKeepTheirOwn()
    {
        using var tmp = new TempDir();
        using var store = Filled(tmp);
        var before = store.TableCounts();
        Assert.Equal(StoreOutcome.AlreadyPresent, store.Add(ItalianDoc()).Outcome);
        Assert.Equal(StoreOutcome.ExactDuplicate, store.Add(ItalianDoc("other-outlet.txt")).Outcome);
        store.Commit();
        Assert.Equal(before["events"], store.TableCounts()["events"]);

        // A lightly edited wire copy: stored as a near-duplicate with its own events, hidden unless asked for.
        var copy = ItalianDoc("copy.txt", Italian.Replace("la notizia.", "la notizia, definita falsa."));
        Assert.Equal(StoreOutcome.NearDuplicate, store.Add(copy).Outcome);
        store.Commit();
        Assert.Equal(before["events"] + 3, store.TableCounts()["events"]);
        Assert.Equal(4, store.Events(new EventQuery()).Count);
        Assert.Equal(7, store.Events(new EventQuery { IncludeDuplicates = true }).Count);
    }

    [Fact]
    public void EvidenceSentencesAreStoredOnceAndReadAsCutFromTheText()
    {
        using var tmp = new TempDir();
        var path = tmp.File("e.db");
        string Dump(IDocumentStore s) => string.Join("\n", s.Events(new EventQuery { IncludeDuplicates = true })
            .Select(e => $"{e.DocumentId} {e.Id} {e.SentenceIndex} [{e.Sentence}] {e.TriggerStart}-{e.TriggerEnd} {e.Trigger}"));
        string stored;
        using (var store = new SqliteDocumentStore(path))
        {
            var doc = ItalianDoc();
            // An event whose sentence index points past the sentences: its evidence is the trigger alone, as before.
            var odd = doc.Events[0];
            doc.Events.Add(new Event { Id = "e9", Type = odd.Type, Mode = odd.Mode, Cameo = odd.Cameo, Sentence = 99, Start = odd.Start, End = odd.End,
                Rule = odd.Rule, Modality = odd.Modality, Confidence = odd.Confidence });
            store.Add(doc);
            store.Add(SpanishDoc());
            store.Commit();
            // One row per sentence with an event (e1 and e2 share none here; e9's sentence is not stored).
            Assert.Equal(4, store.TableCounts()["event_sentences"]);
            stored = Dump(store);
            Assert.Contains(" 99 [incontrato] 0-10 incontrato", stored);
        }
        // Without the stored sentences (a database before schema 7, read-only) the texts give the same evidence.
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "DROP TABLE event_sentences; ALTER TABLE documents DROP COLUMN headline; DROP TABLE story_features; DELETE FROM schema_version WHERE version >= 7;";
            cmd.ExecuteNonQuery();
        }
        using (var old = new SqliteDocumentStore(path, readOnly: true)) Assert.Equal(stored, Dump(old));
        // Migrating copies them from the texts.
        using var migrated = new SqliteDocumentStore(path);
        Assert.Equal(SqliteSchema.Migrations.Length, migrated.SchemaVersion);
        Assert.Equal(4, migrated.TableCounts()["event_sentences"]);
        Assert.Equal(stored, Dump(migrated));
    }

    [Fact]
    public void SchemaReachesVersionThreeOnNewAndVersionTwoDatabases()
    {
        using var tmp = new TempDir();
        using (var fresh = new SqliteDocumentStore(tmp.File("new.db")))
        {
            Assert.True(SqliteSchema.Migrations.Length >= 3);
            Assert.Equal(SqliteSchema.Migrations.Length, fresh.SchemaVersion);
            Assert.Equal(0, fresh.TableCounts()["events"]);
        }

        // A v2 database as the previous release wrote it (migrations 1-2 only), with one document.
        var path = tmp.File("v2.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);" + SqliteSchema.Migrations[0] + SqliteSchema.Migrations[1] + """
                INSERT INTO schema_version VALUES (1), (2);
                INSERT INTO documents(seq, id, content_hash, source, text, lang, lang_confidence, chars, sentences, tokens, annotations)
                VALUES (1, 'old', 42, 'old.txt', 'Testo di prima.', 'it', 1.0, 15, 1, 4, '{"times":[],"quantities":[],"entities":[]}');
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = new SqliteDocumentStore(path);
        Assert.Equal(SqliteSchema.Migrations.Length, store.Stats().SchemaVersion);
        Assert.Equal("Testo di prima.", store.Get("old")!.Text);
        store.Add(ItalianDoc());
        store.Commit();
        Assert.Equal(3, store.Events(new EventQuery()).Count);
    }
}
