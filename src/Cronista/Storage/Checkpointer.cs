using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>
/// Copies the writer's WAL into the database file on a thread and connection of its own, after each commit, so the single
/// writer does not pay for it: SQLite's automatic checkpoint runs inside the commit that crosses the threshold, on the
/// writer, copying every page again and waiting for the file to sync. A PASSIVE checkpoint never blocks the writer (nor
/// readers); it copies what committed transactions wrote, and when it has caught up the writer's next transaction starts
/// the WAL again from its beginning. The writer keeps SQLite's own automatic checkpoint at a high threshold as a bound on
/// the WAL should this thread fall behind.
/// </summary>
internal sealed class Checkpointer : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Thread _thread;
    private readonly SemaphoreSlim _due = new(0, 1);
    private volatile bool _stopping;

    public Checkpointer(string path)
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        _db.Open();
        _thread = new Thread(Run) { IsBackground = true, Name = "cronista-checkpoint" };
        _thread.Start();
    }

    /// <summary>Asks for a checkpoint (after a commit); requests made while one runs are merged into the next.</summary>
    public void Request()
    {
        try { _due.Release(); }
        catch (SemaphoreFullException) { } // one is already due
    }

    private void Run()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            _due.Wait();
            if (_stopping) return;
            // Best effort: a checkpoint that cannot run now (busy) is retried after the next commit, and closing the
            // writer's connection checkpoints whatever is left.
            try { cmd.ExecuteNonQuery(); }
            catch (SqliteException) { }
        }
    }

    public void Dispose()
    {
        if (_stopping) return;
        _stopping = true;
        Request();
        _thread.Join();
        _db.Dispose();
        _due.Dispose();
    }
}
