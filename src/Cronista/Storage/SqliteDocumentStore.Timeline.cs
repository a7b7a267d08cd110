using System.Text;
using Cronista.Events;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Reading event clusters (timelines) and streaming rows for exports.</summary>
public sealed partial class SqliteDocumentStore
{
    public IReadOnlyList<StoredEventCluster> EventClusters(EventClusterQuery query) => EachEventCluster(query).ToList();

    public IEnumerable<StoredEventCluster> EachEventCluster(EventClusterQuery query)
    {
        var sql = new StringBuilder($"SELECT {ClusterSelect} FROM event_clusters c WHERE 1");
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        // A country (country:XX) matches the participants standing for it through the key indexes; another id matches the
        // clusters with a mention naming it (through the events' source/target indexes).
        string Matches(string role, string name, string id) => ActorCountry.FromId(id) is null
            ? $"(c.{role}_key = {name} OR c.id IN (SELECT event_cluster FROM events WHERE {role}_id = {name} AND event_cluster IS NOT NULL))"
            : $"c.{role}_key = {name}c";
        void Bind(string name, string id)
        {
            cmd.Parameters.AddWithValue(name, id);
            if (ActorCountry.FromId(id) is { } code) cmd.Parameters.AddWithValue(name + "c", code);
        }
        var filters = new StringBuilder();
        if (query.Type is { } t) { filters.Append(" AND c.type = $type"); cmd.Parameters.AddWithValue("$type", t.ToUpperInvariant()); }
        if (query.From is { } f) { filters.Append(" AND c.date_end >= $from"); cmd.Parameters.AddWithValue("$from", Iso(f)); }
        if (query.To is { } to) { filters.Append(" AND c.date_start <= $to"); cmd.Parameters.AddWithValue("$to", Iso(to)); }
        if (!query.IncludeDocumentScoped) filters.Append(" AND c.scope_doc IS NULL");
        if (query.StoryId is { } story)
        {
            filters.Append(" AND c.id IN (SELECT e.event_cluster FROM documents d JOIN events e ON e.doc_seq = d.seq WHERE d.story_id = $story)");
            cmd.Parameters.AddWithValue("$story", story);
        }
        var (a, b) = (query.Actor ?? query.Actor2, query.Actor is null ? null : query.Actor2);
        if (a is not null) Bind("$a", a);
        if (b is not null) Bind("$b", b);
        if (a is not null && ActorCountry.FromId(a) is not null && (b is null || ActorCountry.FromId(b) is not null))
        {
            // Countries: each way a cluster can match (as source or target, dated or not) is read in date order from its key
            // index, only as far as the page needs, and the union is ordered — not every cluster of a busy country sorted.
            string[] ways = b is null ? ["c.source_key = $ac", "c.target_key = $ac"]
                : ["c.source_key = $ac AND c.target_key = $bc", "c.source_key = $bc AND c.target_key = $ac"];
            var branches = ways.SelectMany(w => new[]
            {
                $"SELECT id FROM (SELECT c.id FROM event_clusters c WHERE {w} AND c.date_start IS NOT NULL{filters} ORDER BY c.date_start, c.date_end, c.id LIMIT $k)",
                $"SELECT id FROM (SELECT c.id FROM event_clusters c WHERE {w} AND c.date_start IS NULL{filters} ORDER BY c.id LIMIT $k)",
            });
            sql.Append(" AND c.id IN (").AppendJoin(" UNION ALL ", branches).Append(')');
            cmd.Parameters.AddWithValue("$k", query.Limit + query.Offset);
        }
        else
        {
            if (b is not null)
                sql.Append($" AND (({Matches("source", "$a", a!)} AND {Matches("target", "$b", b)}) OR ({Matches("source", "$b", b)} AND {Matches("target", "$a", a!)}))");
            else if (a is not null)
                sql.Append($" AND ({Matches("source", "$a", a)} OR {Matches("target", "$a", a)})");
            sql.Append(filters);
        }
        sql.Append(" ORDER BY c.date_start IS NULL, c.date_start, c.date_end, c.id LIMIT $limit OFFSET $offset");
        cmd.Parameters.AddWithValue("$limit", query.Limit);
        cmd.Parameters.AddWithValue("$offset", query.Offset);
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return ReadCluster(r);
    }

    public StoredEventCluster? GetEventCluster(long id)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"SELECT {ClusterSelect} FROM event_clusters c WHERE c.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadCluster(r) : null;
    }

    public IReadOnlyList<StoredEvent> ClusterEvents(long clusterId, int limit = 100) =>
        EachEvent(new EventQuery { Cluster = clusterId, IncludeDuplicates = true, Limit = limit, IngestOrder = true }).ToList();

    /// <summary>
    /// <see cref="ClusterEvents(long, int)"/> of many clusters in one query (a timeline page, a story): each cluster's first
    /// <paramref name="limit"/> mentions in ingest order. Only the mentions in the documents up to the one holding a
    /// cluster's limit-th mention are read, through the (event_cluster, doc_seq) index.
    /// </summary>
    public IReadOnlyDictionary<long, IReadOnlyList<StoredEvent>> ClusterEvents(IReadOnlyList<long> clusterIds, int limit)
    {
        var result = clusterIds.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<StoredEvent>)new List<StoredEvent>());
        if (result.Count == 0 || limit <= 0) return result;
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"""
            WITH ids(c) AS (SELECT value FROM json_each($ids)),
                 bounds(c, upto) AS (SELECT c, coalesce((SELECT doc_seq FROM events WHERE event_cluster = ids.c ORDER BY doc_seq LIMIT 1 OFFSET $bound), 9223372036854775807) FROM ids)
            SELECT d.id, {Headline}, m.lang, m.published, m.published_inferred, e.doc_seq, NULL,
                   e.id, e.type, e.mode, e.cameo, e.source_id, e.source_name, e.source_country, e.target_id, e.target_name, e.target_country,
                   e.location_id, e.location_name, e.location_country, e.date_start, e.date_end, e.date_value, e.date_from_document,
                   e.quantity, e.quantity_unit, e.modality, e.attributed_id, e.attributed_name, e.negated, e.denies,
                   e.sentence, e.start, e."end", e.confidence, e.rule, e.event_cluster, {SentenceColumns}
            FROM (SELECT e.*, row_number() OVER (PARTITION BY e.event_cluster ORDER BY e.doc_seq, e.start, e.id) AS rn
                  FROM bounds b JOIN events e ON e.event_cluster = b.c AND e.doc_seq <= b.upto) e
            JOIN documents d ON d.seq = e.doc_seq JOIN documents m{Meta} ON m.seq = e.doc_seq{SentenceJoin}
            WHERE e.rn <= $limit
            ORDER BY e.event_cluster, e.doc_seq, e.start, e.id
            """;
        cmd.Parameters.AddWithValue("$ids", "[" + string.Join(",", result.Keys) + "]");
        cmd.Parameters.AddWithValue("$bound", limit - 1);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var e = ReadEvent(r);
            ((List<StoredEvent>)result[e.Cluster!.Value]).Add(e);
        }
        return result;
    }

    // Who denies a cluster: the sources of the denial clusters pointing at it (unit-separated).
    private const string ClusterSelect =
        "c.id, c.type, c.mode, c.source_key, c.source_id, c.source_name, c.target_key, c.target_id, c.target_name, c.date_start, c.date_end, " +
        "c.date_from_document, c.first_reported, c.mentions, c.sources, c.languages, c.modalities, c.attributions, c.denies_cluster, c.scope_doc, " +
        "(SELECT group_concat(coalesce(x.source_name, '?'), char(31)) FROM event_clusters x WHERE x.denies_cluster = c.id)";

    private static StoredEventCluster ReadCluster(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        // The key is the country the participant stands for when it is one ("RU"), else its entity id.
        StoredEventArgument? Arg(int i) => r.IsDBNull(i) && r.IsDBNull(i + 2) ? null
            : new StoredEventArgument(S(i + 1), S(i + 2) ?? S(i) ?? "", S(i) is { Length: 2 } k && !k.Contains(':') ? k : null);
        return new StoredEventCluster(
            r.GetInt64(0), r.GetString(1), S(2), Arg(3), Arg(6), S(9), S(10), !r.IsDBNull(11) && r.GetInt64(11) != 0,
            S(12) is { } fr ? DateOnly.Parse(fr) : null, r.GetInt32(13), r.GetInt32(14),
            SplitList(r.GetString(15)), SplitList(r.GetString(16)), ParseClaims(r.GetString(17)),
            r.IsDBNull(18) ? null : r.GetInt64(18), S(20) is { } d ? d.Split('\u001f').Distinct().ToList() : [], !r.IsDBNull(19));
    }

    // ---- exports ----

    public IEnumerable<ExportedDocument> EachDocument(DateOnly? from = null, DateOnly? to = null)
    {
        bool stories = HasColumn("documents", "story_id");
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        var sql = new StringBuilder($"SELECT id, source, url, title, lang, published, published_inferred, duplicate_of, {(stories ? "story_id" : "NULL")} FROM documents WHERE 1");
        if (from is { } f) { sql.Append(" AND coalesce(published, published_inferred) >= $from"); cmd.Parameters.AddWithValue("$from", Iso(f)); }
        if (to is { } t) { sql.Append(" AND coalesce(published, published_inferred) <= $to"); cmd.Parameters.AddWithValue("$to", Iso(t)); }
        sql.Append(" ORDER BY seq");
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            yield return new ExportedDocument(r.GetString(0), r.GetString(1), S(2), S(3), r.GetString(4),
                S(5) is { } p ? DateOnly.Parse(p) : null, S(6) is { } pi ? DateOnly.Parse(pi) : null, S(7),
                r.IsDBNull(8) ? null : Convert.ToString(r.GetValue(8), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public IEnumerable<StoredEntity> EachEntity()
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = """
            SELECT e.id, e.name, e.type, e.qid, e.country, e.lat, e.lon,
                   (SELECT count(*) FROM doc_entities de WHERE de.entity_id = e.id), (SELECT coalesce(sum(mentions), 0) FROM doc_entities de WHERE de.entity_id = e.id)
            FROM entities e ORDER BY e.id
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new StoredEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6),
                r.GetInt32(7), r.GetInt32(8));
    }

    public bool HasTable(string name) => HasSchemaObject("table", name);

    private bool HasIndex(string name) => HasSchemaObject("index", name);

    private bool HasSchemaObject(string type, string name)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "SELECT 1 FROM sqlite_master WHERE type = $t AND name = $n";
        cmd.Parameters.AddWithValue("$t", type);
        cmd.Parameters.AddWithValue("$n", name);
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>Whether a table has a column (e.g. documents.story_id, which story clustering adds).</summary>
    public bool HasColumn(string table, string column)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "SELECT 1 FROM pragma_table_info($t) WHERE name = $c";
        cmd.Parameters.AddWithValue("$t", table);
        cmd.Parameters.AddWithValue("$c", column);
        return cmd.ExecuteScalar() is not null;
    }

    public IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> EachRow(string table)
    {
        if (!HasTable(table)) throw new InvalidOperationException($"no table '{table}' in {Path}");
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"")}\"";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new KeyValuePair<string, object?>[r.FieldCount];
            for (int i = 0; i < r.FieldCount; i++) row[i] = new(r.GetName(i), r.IsDBNull(i) ? null : r.GetValue(i));
            yield return row;
        }
    }
}
