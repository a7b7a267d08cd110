using System.Collections.Concurrent;
using Cronista.Storage;

namespace Cronista.Web;

/// <summary>
/// Read-only connections to the database, reused across requests (each keeps its page cache warm). A store is not
/// thread-safe, so a request rents one for its duration; SQLite's WAL mode lets these readers run beside the writer.
/// </summary>
public sealed class StorePool(string path, int maxIdle = 16) : IDisposable
{
    private readonly ConcurrentBag<SqliteDocumentStore> _idle = new();

    public Lease Rent() => new(this, _idle.TryTake(out var s) ? s : new SqliteDocumentStore(path, readOnly: true));

    private void Return(SqliteDocumentStore store)
    {
        if (_idle.Count < maxIdle) _idle.Add(store);
        else store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
    }

    public readonly struct Lease(StorePool pool, SqliteDocumentStore store) : IDisposable
    {
        public SqliteDocumentStore Store => store;
        public void Dispose() => pool.Return(store);
    }
}
