using System.Text.Json;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

/// <summary>Storage of annotations: the JSON column, the entity index, search by entity, and the v1 → v2 migration.</summary>
public class AnnotationStoreTests
{
    private const string Text = "Kim Jong-un incontrerà Vladimir Putin a Vladivostok il 13 settembre. Putin ha invitato Kim.";

    private static readonly DocumentPipeline Bare = DocumentPipeline.CreateBuilder()
        .Remove<Cronista.Entities.EntityStage>().Remove<Cronista.Numbers.QuantityStage>().Remove<TimexStage>().Build();

    /// <summary>A document with hand-set annotations (the stages that produce them are tested on their own).</summary>
    private static Document Annotated(string source, string text)
    {
        var doc = Bare.Run(new RawDocument { Source = source, Text = text, Language = "it" });
        int Pos(string s) => doc.Text.IndexOf(s, StringComparison.Ordinal);
        if (Pos("13 settembre") >= 0)
            doc.Times.Add(new TimeExpression(Pos("13 settembre"), Pos("13 settembre") + 12, TimexType.Date, "XXXX-09-13", null, "unresolved", "test"));
        doc.Quantities.Add(new Quantity(0, 3, 3, false, null, "test"));
        var kim = new DocumentEntity("person:kim-jong-un", "Kim Jong-un", EntityType.Per, "Q56226", "KP");
        var putin = new DocumentEntity("person:vladimir-putin", "Vladimir Putin", EntityType.Per, "Q7747", "RU");
        var vlad = new DocumentEntity("place:vladivostok", "Vladivostok", EntityType.Loc, null, "RU", 43.1, 131.9);
        doc.Entities.AddRange([kim, putin, vlad]);
        foreach (var (alias, length, entity) in new[] { ("Kim Jong-un", 11, kim), ("Vladimir Putin", 14, putin), ("Vladivostok", 11, vlad), ("Putin ha", 5, putin), ("Kim.", 3, kim) })
            if (Pos(alias) is var p and >= 0)
                doc.Mentions.Add(new EntityMention(p, p + length, 0, entity.Type, entity.Id, null, 1, "test"));
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return doc;
    }

    [Fact]
    public void AnnotationsAndEntityIndexAreStored()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var doc = Annotated("a.txt", Text);
        store.Add(doc);
        store.Add(Annotated("b.txt", "Un altro testo: Vladimir Putin a Mosca, senza Kim Jong-un questa volta, ma a Vladivostok sì."));
        store.Commit();

        var stored = store.Get(doc.Id)!;
        using var json = JsonDocument.Parse(stored.AnnotationsJson!);
        var entities = json.RootElement.GetProperty("entities");
        Assert.Equal(3, entities.GetArrayLength());
        var putin = entities[1];
        Assert.Equal("Vladimir Putin", putin.GetProperty("name").GetString());
        // The store keeps offsets, not the text of each item: the stored text gives it back.
        string At(JsonElement x) => stored.Text[x.GetProperty("start").GetInt32()..x.GetProperty("end").GetInt32()];
        Assert.Equal(["Vladimir Putin", "Putin"], putin.GetProperty("mentions").EnumerateArray().Select(At));
        Assert.Equal("13 settembre", At(json.RootElement.GetProperty("times")[0]));
        Assert.False(putin.GetProperty("mentions")[0].TryGetProperty("text", out _));

        var e = store.GetEntity("person:vladimir-putin")!;
        Assert.Equal((2, 3), (e.Documents, e.Mentions)); // "Vladimir Putin" + "Putin" in the first, once in the second
        Assert.Equal("place:vladivostok", store.FindEntities("vladiv").Single().Id);
        Assert.Equal(2, store.EntityDocuments("person:kim-jong-un").Count);

        var hits = store.Search(new SearchRequest { Query = "", EntityId = "place:vladivostok" });
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Contains("[Vladivostok]", h.Snippet));
        // Words and entity together: only documents matching both.
        Assert.Equal([doc.Id], store.Search(new SearchRequest { Query = "settembre", EntityId = "person:kim-jong-un" }).Select(h => h.Id));
        Assert.Empty(store.Search(new SearchRequest { Query = "Mosca", EntityId = "nobody" }));
    }

    [Fact]
    public void StoredAnnotationsReadBackAsAnalyzePrintsThemWithoutTexts()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var doc = Annotated("a.txt", Text);
        int meet = doc.Text.IndexOf("incontrerà", StringComparison.Ordinal);
        doc.Events.Add(new Event
        {
            Id = $"e{doc.Events.Count + 1}", Type = "CONSULT", Mode = "meet", Cameo = "044", Sentence = 0, Start = meet, End = meet + 10, Rule = "test", Confidence = 0.7,
            Source = new EventArgument("person:kim-jong-un", "Kim Jong-un", 0, 11, "KP"), Target = new EventArgument("person:vladimir-putin", "Vladimir Putin", 23, 37),
            Date = new EventDate("2019-09-13", "2019-09-13", "XXXX-09-13", false),
        });
        store.Prepare(doc); // as the ingest does, on an analysis worker
        store.Add(doc);
        store.Commit();
        Assert.NotNull(doc.Events[0].Cluster);
        // The column is compressed and leaves the clusters to the event rows; read back, it is analyze's JSON again.
        Assert.Equal(Cronista.Output.AnnotationJson.ToJson(doc, includeText: false), store.Get(doc.Id)!.AnnotationsJson);
    }

    [Fact]
    public void AnnotationsStoredAsJsonBeforeSchemaEightAreReadAsTheyAre()
    {
        using var tmp = new TempDir();
        var path = tmp.File("v7.db");
        const string json = """{"times":[],"quantities":[],"entities":[],"events":[]}""";
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);" + string.Join("\n", SqliteSchema.Migrations[..7]) + $"""
                INSERT INTO schema_version VALUES (7);
                INSERT INTO documents(seq, id, content_hash, source, text, lang, lang_confidence, chars, sentences, tokens, annotations)
                VALUES (1, 'old', 42, 'old.txt', 'Testo di prima.', 'it', 1.0, 15, 1, 4, '{json}');
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = new SqliteDocumentStore(path);
        Assert.Equal(SqliteSchema.Migrations.Length, store.SchemaVersion); // migrated past 8
        Assert.Equal(json, store.Get("old")!.AnnotationsJson);
    }

    [Fact]
    public void VersionOneDatabaseIsMigratedAndKeepsItsDocuments()
    {
        using var tmp = new TempDir();
        var path = tmp.File("v1.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);" + SqliteSchema.Migrations[0] + """
                INSERT INTO schema_version VALUES (1);
                INSERT INTO documents(seq, id, content_hash, source, text, lang, lang_confidence, chars, sentences, tokens)
                VALUES (1, 'old', 42, 'old.txt', 'Testo di prima.', 'it', 1.0, 15, 1, 4);
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = new SqliteDocumentStore(path);
        Assert.Equal(SqliteSchema.Migrations.Length, store.SchemaVersion);
        var old = store.Get("old")!;
        Assert.Equal("Testo di prima.", old.Text);
        Assert.Null(old.AnnotationsJson);
        store.Add(Annotated("new.txt", Text));
        store.Commit();
        Assert.NotNull(store.GetEntity("person:kim-jong-un"));
    }
}
