using Cronista.Ingest;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

/// <summary>An ingest into a new database drops the indexes only queries read and builds them at its end
/// (<see cref="SqliteDocumentStore.DeferQueryIndexes()"/>).</summary>
public class QueryIndexTests
{
    private static IEnumerable<ReadItem> Samples() => InputReader.Read([Path.Combine(SharedData.RepoRoot, "samples")], new ReadOptions());

    private static HashSet<string> Indexes(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
        using var r = cmd.ExecuteReader();
        var names = new HashSet<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    [Fact]
    public async Task AnIngestIntoANewDatabaseStoresWithoutTheQueryIndexesAndBuildsThemAtItsEnd()
    {
        using var tmp = new TempDir();
        string db = tmp.File("a.db"), plain = tmp.File("b.db");
        using (new SqliteDocumentStore(plain)) { }
        var all = Indexes(plain);
        Assert.Superset(SqliteDocumentStore.QueryOnlyIndexes.ToHashSet(), all);

        var during = new List<HashSet<string>>();
        using (var store = new SqliteDocumentStore(db))
        {
            var runner = new IngestRunner(store) { OnStored = (_, _, _) => during.Add(Indexes(db)) };
            var summary = await runner.RunAsync(Samples());
            Assert.Equal(5, summary.Totals.Inserted);
        }
        Assert.Equal(5, during.Count);
        Assert.All(during, seen => Assert.Empty(seen.Intersect(SqliteDocumentStore.QueryOnlyIndexes)));
        Assert.Equal(all, Indexes(db));

        // The same database as an ingest that keeps them up (and the queries they serve answer the same).
        using (var store = new SqliteDocumentStore(plain))
            await new IngestRunner(store, options: new IngestOptions { DeferQueryIndexes = false }).RunAsync(Samples());
        using var a = new SqliteDocumentStore(db, readOnly: true);
        using var b = new SqliteDocumentStore(plain, readOnly: true);
        Assert.Equal(b.ContentDigest(), a.ContentDigest());
        var query = new EventQuery { Actor = "country:RU" };
        Assert.NotEmpty(a.Events(query));
        Assert.Equal(b.Events(query).Select(e => (e.DocumentId, e.Id)), a.Events(query).Select(e => (e.DocumentId, e.Id)));
    }

    [Fact]
    public async Task ADatabaseHoldingDocumentsKeepsItsIndexes()
    {
        using var tmp = new TempDir();
        string db = tmp.File("a.db");
        using var store = new SqliteDocumentStore(db);
        await new IngestRunner(store).RunAsync(Samples().Take(1));
        Assert.False(store.DeferQueryIndexes(belowDocuments: 1));
        Assert.Superset(SqliteDocumentStore.QueryOnlyIndexes.ToHashSet(), Indexes(db));
    }

    [Fact]
    public void IndexesAKilledIngestLeftDroppedAreBuiltWhenTheDatabaseIsNextOpenedForWriting()
    {
        using var tmp = new TempDir();
        string db = tmp.File("a.db");
        using (var store = new SqliteDocumentStore(db)) Assert.True(store.DeferQueryIndexes());
        Assert.Empty(Indexes(db).Intersect(SqliteDocumentStore.QueryOnlyIndexes));

        // Dropped by this process, which still runs: a read-only open and a writable one leave them to it.
        using (new SqliteDocumentStore(db, readOnly: true)) { }
        using (new SqliteDocumentStore(db)) { }
        Assert.Empty(Indexes(db).Intersect(SqliteDocumentStore.QueryOnlyIndexes));

        // Dropped by a process that is gone (no process has id 0 started at tick 0): the next writable open builds them.
        SqliteFile.Execute(db, "UPDATE deferred_indexes SET owner = '0:0'");
        using (new SqliteDocumentStore(db, readOnly: true)) { }
        Assert.Empty(Indexes(db).Intersect(SqliteDocumentStore.QueryOnlyIndexes));
        using (new SqliteDocumentStore(db)) { }
        Assert.Superset(SqliteDocumentStore.QueryOnlyIndexes.ToHashSet(), Indexes(db));
        Assert.Equal(0L, SqliteFile.Scalar(db, "SELECT count(*) FROM deferred_indexes"));
    }
}
