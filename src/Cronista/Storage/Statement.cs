using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cronista.Storage;

/// <summary>
/// A statement of the write path, prepared once on the store's connection and bound by position. Microsoft.Data.Sqlite
/// binds each parameter by name on every execution (a linear search of the statement's names, so quadratic in a
/// multi-row INSERT) and adds a reader object per query; at ~60 statements per stored article that was a large part of
/// the store's time. Runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public Statement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        int rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds parameter <paramref name="i"/> (1-based, in order of appearance).</summary>
    public Statement Bind(int i, long v) { raw.sqlite3_bind_int64(_stmt, i, v); return this; }
    public Statement Bind(int i, long? v) { _ = v is { } x ? raw.sqlite3_bind_int64(_stmt, i, x) : raw.sqlite3_bind_null(_stmt, i); return this; }
    public Statement Bind(int i, double v) { raw.sqlite3_bind_double(_stmt, i, v); return this; }
    public Statement Bind(int i, double? v) { _ = v is { } x ? raw.sqlite3_bind_double(_stmt, i, x) : raw.sqlite3_bind_null(_stmt, i); return this; }
    public Statement Bind(int i, bool v) => Bind(i, v ? 1L : 0L);
    public Statement Bind(int i, string? v) { _ = v is null ? raw.sqlite3_bind_null(_stmt, i) : raw.sqlite3_bind_text16(_stmt, i, v.AsSpan()); return this; }
    public Statement Bind(int i, ReadOnlySpan<byte> blob) { _ = blob.IsEmpty ? raw.sqlite3_bind_zeroblob(_stmt, i, 0) : raw.sqlite3_bind_blob(_stmt, i, blob); return this; }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        int rc = raw.sqlite3_step(_stmt);
        if (rc is raw.SQLITE_DONE or raw.SQLITE_ROW) { raw.sqlite3_reset(_stmt); return; }
        try { SqliteException.ThrowExceptionForRC(rc, _db); }
        finally { raw.sqlite3_reset(_stmt); }
    }

    /// <summary>Steps a query: true with a row to read, false (and reset, ready to run again) when done.</summary>
    public bool Read()
    {
        int rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW) return true;
        try { if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db); }
        finally { raw.sqlite3_reset(_stmt); }
        return false;
    }

    /// <summary>Whether a query returns any row (it is reset, ready to run again).</summary>
    public bool Exists()
    {
        bool any = Read();
        if (any) Reset();
        return any;
    }

    /// <summary>Ends a query before its last row.</summary>
    public void Reset() => raw.sqlite3_reset(_stmt);

    public bool IsNull(int column) => raw.sqlite3_column_type(_stmt, column) == raw.SQLITE_NULL;
    public long Int64(int column) => raw.sqlite3_column_int64(_stmt, column);
    public string String(int column) => raw.sqlite3_column_text(_stmt, column).utf8_to_string();
    public string? StringOrNull(int column) => IsNull(column) ? null : String(column);
    /// <summary>A blob column, valid until the next step or reset.</summary>
    public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(_stmt, column);

    public void Dispose() => _stmt.Dispose();
}
