using System.Diagnostics;
using System.Globalization;

namespace Cronista.Storage;

// Bulk loading: an ingest into a new database drops the indexes that only queries read and builds them once at its end.
// Keeping them up row by row costs the writer ~190 µs per news-length article (12 events, each in six such indexes of
// `events` and three of `event_clusters`); building them from the finished tables takes ~60 µs per document
// (docs/BENCHMARKS.md, session 22).
public sealed partial class SqliteDocumentStore
{
    /// <summary>Indexes no statement of an ingest reads (its lookups go through primary keys, the near-duplicate and
    /// event-cluster matching indexes, <c>documents_story</c> and <c>documents_meta</c>, which queries name with INDEXED BY):
    /// only lists, filters, timelines and the API do, and they give the same answers without them, more slowly.</summary>
    internal static readonly string[] QueryOnlyIndexes =
    [
        "documents_lang_published", "documents_published", "document_sources_source", "entities_name", "doc_entities_doc",
        "events_source", "events_target", "events_source_country", "events_target_country", "events_type", "events_date",
        "event_clusters_scope", "event_clusters_source_date", "event_clusters_target_date", "event_clusters_date", "stories_seen",
    ];

    /// <summary>An ingest defers the query indexes only into a database holding fewer documents than this: building an
    /// index at the end costs about a third of keeping it up while storing, but over every stored document.</summary>
    public const long DeferIndexesBelowDocuments = 1_000;

    private static readonly Lazy<string> ThisProcess = new(() =>
    {
        using var p = Process.GetCurrentProcess();
        return OwnerTag(p);
    });

    private static string OwnerTag(Process p) =>
        p.Id.ToString(CultureInfo.InvariantCulture) + ":" + p.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);

    public bool DeferQueryIndexes() => DeferQueryIndexes(DeferIndexesBelowDocuments);

    /// <summary>Drops <see cref="QueryOnlyIndexes"/> (committing any open batch first) when the database holds fewer than
    /// <paramref name="belowDocuments"/> documents, recording each index's SQL; true when it did — then
    /// <see cref="BuildQueryIndexes"/> must follow. Should the process die before, the next writable open builds them.</summary>
    public bool DeferQueryIndexes(long belowDocuments)
    {
        if (_readOnly || _nextSeq - 1 >= belowDocuments) return false;
        Commit();
        _tx = _db.BeginTransaction();
        foreach (var name in QueryOnlyIndexes)
        {
            Cmd("INSERT OR IGNORE INTO deferred_indexes(name, sql, owner) SELECT name, sql, $owner FROM sqlite_master WHERE type = 'index' AND name = $n",
                ("$owner", ThisProcess.Value), ("$n", name)).ExecuteNonQuery();
            Exec($"DROP INDEX IF EXISTS {name}");
        }
        Commit();
        return true;
    }

    /// <summary>Builds the indexes <see cref="DeferQueryIndexes"/> dropped (committing any open batch first), in one transaction.</summary>
    public void BuildQueryIndexes() => BuildDeferredIndexes(orphanedOnly: false);

    /// <summary>Builds the deferred indexes — with <paramref name="orphanedOnly"/>, only those whose ingest is no longer
    /// running (a killed one: its process is gone, or its id now names a process started at another time).</summary>
    private void BuildDeferredIndexes(bool orphanedOnly)
    {
        var pending = new List<(string Name, string Sql)>();
        using (var r = Cmd("SELECT name, sql, owner FROM deferred_indexes ORDER BY name").ExecuteReader())
            while (r.Read())
                if (!orphanedOnly || !IsRunning(r.GetString(2))) pending.Add((r.GetString(0), r.GetString(1)));
        if (pending.Count == 0) return;
        Commit();
        _tx = _db.BeginTransaction();
        foreach (var (name, sql) in pending)
        {
            if (!HasIndex(name)) Exec(sql);
            Cmd("DELETE FROM deferred_indexes WHERE name = $n", ("$n", name)).ExecuteNonQuery();
        }
        Commit();
    }

    private static bool IsRunning(string owner)
    {
        if (owner == ThisProcess.Value) return true;
        int colon = owner.IndexOf(':');
        if (colon < 0 || !int.TryParse(owner.AsSpan(0, colon), CultureInfo.InvariantCulture, out int pid)) return false;
        try
        {
            using var p = Process.GetProcessById(pid);
            return OwnerTag(p) == owner;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false; // no such process (or one we may not inspect, which is not the Cronista that dropped them)
        }
    }
}
