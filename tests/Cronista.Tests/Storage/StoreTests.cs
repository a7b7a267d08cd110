using Cronista.Ingest;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

public class StoreTests
{
    private const string Story = "Il leader nordcoreano Kim Jong-un visiterà la Russia questo mese per incontrare il presidente Vladimir Putin. " +
        "Secondo fonti americane i due leader discuteranno di forniture di armi e di cooperazione militare tra i due Paesi. " +
        "La Casa Bianca non ha confermato ufficialmente la notizia, ma una portavoce ha ammesso che le trattative sono in corso. " +
        "Il viaggio dovrebbe avvenire in treno blindato, con una possibile sosta a Mosca prima di raggiungere Vladivostok.";

    private static RawDocument Doc(string source, string text, DateOnly? published = null, string? id = null) =>
        new() { Source = source, Text = text, Published = published, Id = id, Language = "it" };

    private static async Task<IngestSummary> Ingest(SqliteDocumentStore store, params RawDocument[] docs) =>
        await new IngestRunner(store, options: new IngestOptions { BatchSize = 2 }).RunAsync(docs.Select(ReadItem.Of));

    [Fact]
    public async Task SameInputTwiceLeavesEveryTableUnchanged()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var docs = new[] { Doc("a.txt", Story), Doc("b.txt", "Un altro articolo, del tutto diverso, sulla Corea del Sud e il Giappone."), Doc("c.txt", Story) };
        await Ingest(store, docs);
        var before = store.TableCounts();
        var digest = store.ContentDigest();
        var second = await Ingest(store, docs);
        Assert.Equal(before, store.TableCounts());
        Assert.Equal(digest, store.ContentDigest());
        Assert.Equal(3, second.Totals.AlreadyPresent);
    }

    [Fact]
    public async Task ExactDuplicateIsStoredOnceWithBothSources()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var s = await Ingest(store, Doc("outlet1/x.txt", Story), Doc("outlet2/y.txt", "  " + Story.Replace(" ", "  ") + "\n"));
        Assert.Equal(1, s.Totals.Inserted);
        Assert.Equal(1, s.Totals.ExactDuplicates);
        var stats = store.Stats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(2, stats.Sources);
    }

    [Fact]
    public async Task NearDuplicatePointsToEarliestCopyEvenWhenTheEarliestArrivesLater()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var copyA = Story.Replace("questo mese", "entro questo mese");                 // a wire copy, lightly edited
        var copyB = Story.Replace("Vladivostok.", "la città di Vladivostok.");          // another edit
        await Ingest(store,
            Doc("late.txt", copyA, new DateOnly(2023, 9, 5)),
            Doc("later.txt", copyB, new DateOnly(2023, 9, 6)),
            Doc("earliest.txt", Story, new DateOnly(2023, 9, 4)),
            Doc("other.txt", "Il Giappone e la Corea del Sud firmano un accordo commerciale sul riso e sull'acciaio, dopo anni di trattative difficili.", new DateOnly(2023, 9, 1)));
        string IdOf(string src) => store.Search(new SearchRequest { Query = "Vladivostok", IncludeDuplicates = true, Limit = 10 }).Single(h => h.Source == src).Id;
        var earliest = IdOf("earliest.txt");
        Assert.Null(store.Get(earliest)!.DuplicateOf);
        Assert.Equal(earliest, store.Get(IdOf("late.txt"))!.DuplicateOf);
        Assert.Equal(earliest, store.Get(IdOf("later.txt"))!.DuplicateOf);
        Assert.Equal(2, store.Stats().NearDuplicates);
        // By default search lists the story once, with its copies counted.
        var hit = Assert.Single(store.Search(new SearchRequest { Query = "Vladivostok" }));
        Assert.Equal(earliest, hit.Id);
        Assert.Equal(3, hit.Copies);
    }

    [Fact]
    public async Task DifferentArticlesOnTheSameStoryAreNotDuplicates()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        var other = "Kim Jong-un è arrivato a Vladivostok in treno blindato. Ad attenderlo c'era il ministro russo delle risorse naturali. " +
                    "Secondo l'agenzia KCNA il leader incontrerà Putin al cosmodromo di Vostochny per parlare di satelliti e di cooperazione.";
        var s = await Ingest(store, Doc("a.txt", Story), Doc("b.txt", other));
        Assert.Equal(2, s.Totals.Inserted);
        Assert.Equal(0, store.Stats().NearDuplicates);
    }

    [Fact]
    public async Task InputIdWithChangedTextKeepsStoredVersionAndWarns()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.File("a.db"));
        await Ingest(store, Doc("feed.jsonl:1", Story, id: "art-1"));
        var s = await Ingest(store, Doc("feed.jsonl:7", Story + " Aggiornamento.", id: "art-1"));
        Assert.Equal(1, s.Totals.AlreadyPresent);
        Assert.Contains(s.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("art-1"));
        Assert.Equal(Story, store.Get("art-1")!.Text);
    }

    [Fact]
    public async Task UncommittedBatchIsDiscardedOnRollbackAndNothingHalfWritten()
    {
        using var tmp = new TempDir();
        var path = tmp.File("a.db");
        using (var store = new SqliteDocumentStore(path))
        {
            await Ingest(store, Doc("a.txt", Story));
            var pipeline = Cronista.Pipeline.DocumentPipeline.Default;
            store.Add(pipeline.Run(Doc("b.txt", "Testo nuovo che non verrà mai salvato perché la transazione non viene confermata.")));
            // disposed without Commit: simulates a crash mid-batch
        }
        using var reopened = new SqliteDocumentStore(path);
        Assert.Equal(1, reopened.Stats().Documents);
        Assert.All(reopened.TableCounts().Where(kv => kv.Key is "documents" or "minhash" or "document_sources"), kv => Assert.Equal(1, kv.Value));
    }

    [Fact]
    public void SchemaVersionIsRecordedAndReopeningDoesNotMigrateAgain()
    {
        using var tmp = new TempDir();
        var path = tmp.File("a.db");
        int latest = SqliteSchema.Migrations.Length;
        using (var s = new SqliteDocumentStore(path)) Assert.Equal(latest, s.SchemaVersion);
        using var again = new SqliteDocumentStore(path);
        Assert.Equal(latest, again.Stats().SchemaVersion);
        Assert.Equal(latest, again.TableCounts()["schema_version"]);
    }

    [Fact]
    public async Task NewDatabasesGet16KbPagesOlderOnesKeepTheirsAndClosingLeavesNoWal()
    {
        using var tmp = new TempDir();
        string fresh = tmp.File("new.db"), old = tmp.File("old.db");
        // A file made with SQLite's default 4 KB pages, as every database was before: the page size of an existing file stays.
        using (var db = new SqliteConnection($"Data Source={old};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "PRAGMA page_size=4096; CREATE TABLE t(x)";
            cmd.ExecuteNonQuery();
        }
        foreach (var path in new[] { fresh, old })
        {
            using (var store = new SqliteDocumentStore(path))
                await Ingest(store, Doc("a.txt", Story), Doc("b.txt", "Un altro articolo, del tutto diverso, sulla Corea del Sud e il Giappone."));
            // The checkpoint thread stopped and the writer's connection checkpointed the rest as it closed.
            Assert.True(!File.Exists(path + "-wal") || new FileInfo(path + "-wal").Length == 0);
            using var reopened = new SqliteDocumentStore(path, readOnly: true);
            Assert.Equal(2, reopened.Stats().Documents);
        }
        Assert.Equal(16384L, PageSize(fresh));
        Assert.Equal(4096L, PageSize(old));

        static long PageSize(string path)
        {
            using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "PRAGMA page_size";
            return (long)cmd.ExecuteScalar()!;
        }
    }
}

public class StoreSearchTests
{
    private static async Task<SqliteDocumentStore> StoreWith(TempDir tmp, params string[] texts)
    {
        var store = new SqliteDocumentStore(tmp.File("s.db"));
        await new IngestRunner(store).RunAsync(texts.Select((t, i) => ReadItem.Of(new RawDocument { Source = $"d{i}.txt", Text = t, Language = "it" })));
        return store;
    }

    private static List<string> Sources(SqliteDocumentStore s, string q) =>
        s.Search(new SearchRequest { Query = q }).Select(h => h.Source).Order().ToList();

    [Fact]
    public async Task PhrasesNeedAdjacentWordsAndStopWordsInsideThemAreIgnored()
    {
        using var tmp = new TempDir();
        using var store = await StoreWith(tmp,
            "La Corea del Nord ha lanciato un missile.",
            "Il nord della Corea è montuoso e la Corea confina con la Cina a nord.",
            "Kim ha visitato la Casa Bianca.",
            "Kim ha visitato una casa grande e bianca.");
        Assert.Equal(["d0.txt"], Sources(store, "\"Corea del Nord\""));
        Assert.Equal(["d0.txt", "d1.txt"], Sources(store, "Corea nord"));
        Assert.Equal(["d3.txt"], Sources(store, "Kim -\"Casa Bianca\""));
        Assert.Equal(["d0.txt", "d2.txt"], Sources(store, "missile OR \"casa bianca\""));
    }

    [Fact]
    public async Task SearchGivesTheSameHitsHoweverItRanks()
    {
        // Three languages, words shared across them (one FTS query for several languages) and not, near-duplicate copies
        // (which score alike), repeated scores: every way of ranking must give the same pages.
        using var tmp = new TempDir();
        var path = tmp.File("same.db");
        var rnd = new Random(7);
        string[] it = ["La guerra in Siria continua.", "Obama parla alle Nazioni Unite.", "Le elezioni in Italia sono vicine.", "Il petrolio sale ancora.", "La Siria chiede aiuto.", "Nessuna notizia oggi."];
        string[] es = ["La guerra en Siria continúa.", "Obama habla en las Naciones Unidas.", "Los rebeldes toman Misrata.", "El petróleo sube otra vez.", "Siria pide ayuda.", "Ninguna noticia hoy."];
        string[] fr = ["La guerre en Syrie continue.", "Obama parle aux Nations unies.", "La manifestation a réuni des milliers de personnes.", "Le pétrole monte encore.", "Sarkozy parle de la Libye.", "Aucune nouvelle aujourd'hui."];
        var docs = new List<RawDocument>();
        foreach (var (lang, sentences) in new[] { ("it", it), ("es", es), ("fr", fr) })
            for (int i = 0; i < 40; i++)
            {
                var text = string.Join(" ", Enumerable.Range(0, 6 + rnd.Next(20)).Select(_ => sentences[rnd.Next(sentences.Length)])) + $" Numero {lang}{i}.";
                docs.Add(new RawDocument { Source = $"{lang}{i}.txt", Language = lang, Text = text, Title = i % 7 == 0 ? sentences[0] : null });
                if (i % 5 == 0) docs.Add(new RawDocument { Source = $"{lang}{i}-copy.txt", Language = lang, Text = text.Replace($"Numero {lang}{i}.", $"Numero {lang}{i} bis.") });
            }
        using (var writer = new SqliteDocumentStore(path))
            await new IngestRunner(writer).RunAsync(docs.Select(ReadItem.Of));
        var requests = new List<SearchRequest>();
        foreach (var q in new[] { "guerra", "Siria", "Obama", "petrolio", "\"Nazioni Unite\"", "Sarkozy -Libye", "guerra OR manifestation", "notizia" })
        {
            requests.Add(new SearchRequest { Query = q });
            requests.Add(new SearchRequest { Query = q, Limit = 7, Offset = 5 });
            requests.Add(new SearchRequest { Query = q, IncludeDuplicates = true, Limit = 50 });
            requests.Add(new SearchRequest { Query = q, Language = "es", Limit = 5 });
            requests.Add(new SearchRequest { Query = q, From = new DateOnly(2000, 1, 1), Limit = 10 });
        }
        string Run(SqliteDocumentStore s) => string.Join("\n", requests.Select(r =>
            string.Join(" | ", s.Search(r).Select(h => $"{h.Id} {h.Language} {h.Score:R} {h.Copies} {h.Snippet}"))));
        string expected;
        using (var plain = new SqliteDocumentStore(path, readOnly: true) { SearchCandidates = 0 }) expected = Run(plain); // filters in SQL, one pass
        Assert.Contains("guerra", expected, StringComparison.OrdinalIgnoreCase);
        using (var s = new SqliteDocumentStore(path)) Assert.Equal(expected, Run(s));                                            // ranked, then filtered
        using (var s = new SqliteDocumentStore(path, readOnly: true) { SplitSearchAbove = 0 }) Assert.Equal(expected, Run(s));      // two halves
        using (var s = new SqliteDocumentStore(path, readOnly: true) { SplitSearchAbove = 0, SearchCandidates = 3 }) Assert.Equal(expected, Run(s)); // too few checked
    }

    [Fact]
    public async Task RankingPrefersDocumentsWhereTheTermIsFrequentAndInTheTitle()
    {
        using var tmp = new TempDir();
        var store = new SqliteDocumentStore(tmp.File("r.db"));
        await new IngestRunner(store).RunAsync(new[]
        {
            new RawDocument { Source = "once.txt", Language = "it", Text = "Si parla di molte cose: economia, sport, cultura, e una volta di Vladivostok. Poi altro ancora, e ancora, e ancora." },
            new RawDocument { Source = "often.txt", Language = "it", Title = "Vladivostok", Text = "Vladivostok ospita il forum. A Vladivostok arrivano i leader. Vladivostok è un porto." },
            new RawDocument { Source = "none.txt", Language = "it", Text = "Un testo che non parla della città." },
        }.Select(ReadItem.Of));
        var hits = store.Search(new SearchRequest { Query = "Vladivostok" });
        Assert.Equal(["often.txt", "once.txt"], hits.Select(h => h.Source));
        Assert.True(hits[0].Score > hits[1].Score);
        store.Dispose();
    }
}
