using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Aggregates the entity page and the map read: mentions per month, co-occurring entities, places of events.</summary>
public sealed partial class SqliteDocumentStore
{
    public IReadOnlyList<MonthlyMentions> EntityMentionsByMonth(string entityId)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"""
            SELECT substr(coalesce(d.published, d.published_inferred), 1, 7) AS month, count(*), sum(de.mentions)
            FROM doc_entities de JOIN documents d{Meta} ON d.seq = de.doc_seq
            WHERE de.entity_id = $e AND coalesce(d.published, d.published_inferred) IS NOT NULL
            GROUP BY month ORDER BY month
            """;
        cmd.Parameters.AddWithValue("$e", entityId);
        var list = new List<MonthlyMentions>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new MonthlyMentions(r.GetString(0), r.GetInt32(1), r.GetInt32(2)));
        return list;
    }

    public IReadOnlyList<CoOccurrence> CoOccurringEntities(string entityId, int sampleDocuments = 500, int limit = 20)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        // The latest documents by ingest order (the primary key's order, no sort), then their other entities by document.
        cmd.CommandText = """
            SELECT o.entity_id, en.name, en.type, count(*) AS n
            FROM (SELECT doc_seq FROM doc_entities WHERE entity_id = $e ORDER BY doc_seq DESC LIMIT $sample) s
            JOIN doc_entities o ON o.doc_seq = s.doc_seq AND o.entity_id <> $e
            JOIN entities en ON en.id = o.entity_id
            GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$e", entityId);
        cmd.Parameters.AddWithValue("$sample", sampleDocuments);
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<CoOccurrence>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new CoOccurrence(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
        return list;
    }

    public IReadOnlyList<LocatedPlace> EventPlaces(DateOnly? from = null, DateOnly? to = null, int limit = 500)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        var dates = "";
        if (from is { } f) { dates += " AND e.date_end >= $from"; cmd.Parameters.AddWithValue("$from", Iso(f)); }
        if (to is { } t) { dates += " AND e.date_start <= $to"; cmd.Parameters.AddWithValue("$to", Iso(t)); }
        cmd.CommandText = $"""
            SELECT en.id, en.name, en.country, en.lat, en.lon, count(*) AS n
            FROM events e JOIN entities en ON en.id = e.location_id
            WHERE e.location_id IS NOT NULL AND en.lat IS NOT NULL AND en.lon IS NOT NULL{dates}
            GROUP BY en.id ORDER BY n DESC, en.id LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<LocatedPlace>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new LocatedPlace(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetDouble(3), r.GetDouble(4), r.GetInt32(5)));
        return list;
    }
}
