using System.Runtime.InteropServices;
using System.Text;
using Cronista.Events;
using Cronista.Model;
using Cronista.Output;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Reading the event index (table <c>events</c>, schema v3).</summary>
public sealed partial class SqliteDocumentStore
{
    public IReadOnlyList<StoredEvent> Events(EventQuery query) => EachEvent(query).ToList();

    public IEnumerable<StoredEvent> EachEvent(EventQuery query)
    {
        // The page of events is chosen with documents through their narrow index (filters on language, copies, story);
        // only the page's documents are read whole, for the evidence sentences.
        string order = query.IngestOrder ? "e.doc_seq, e.start" : "e.date_start IS NULL, e.date_start, e.date_end, e.doc_seq, e.start";
        var sql = new StringBuilder($"""
            SELECT d.id, {Headline}, m.lang, m.published, m.published_inferred, e.doc_seq, NULL,
                   e.id, e.type, e.mode, e.cameo, e.source_id, e.source_name, e.source_country, e.target_id, e.target_name, e.target_country,
                   e.location_id, e.location_name, e.location_country, e.date_start, e.date_end, e.date_value, e.date_from_document,
                   e.quantity, e.quantity_unit, e.modality, e.attributed_id, e.attributed_name, e.negated, e.denies,
                   e.sentence, e.start, e."end", e.confidence, e.rule, e.event_cluster, {SentenceColumns}
            FROM (SELECT e.* FROM events e JOIN documents d{Meta} ON d.seq = e.doc_seq WHERE 1
            """);
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        AppendEventFilters(sql, cmd, query);
        // Undated events last; within a date, documents in ingest order, events in text order.
        sql.Append($" ORDER BY {order} LIMIT $limit OFFSET $offset) e JOIN documents d ON d.seq = e.doc_seq JOIN documents m{Meta} ON m.seq = e.doc_seq{SentenceJoin} ORDER BY {order}");
        cmd.Parameters.AddWithValue("$limit", query.Limit);
        cmd.Parameters.AddWithValue("$offset", query.Offset);
        cmd.CommandText = sql.ToString();

        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return ReadEvent(r);
    }

    private StoredEvent ReadEvent(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        StoredEventArgument? Arg(int i) => r.IsDBNull(i) && r.IsDBNull(i + 1) ? null : new StoredEventArgument(S(i), S(i + 1) ?? "", S(i + 2));
        int sentence = r.GetInt32(31), start = r.GetInt32(32), end = r.GetInt32(33);
        string evidence;
        int sStart, sEnd;
        if (!r.IsDBNull(39) && r.GetInt32(37) <= start && end <= r.GetInt32(38))
        {
            // The stored sentence: what cutting it from the text gives, without reading the text.
            (evidence, sStart, sEnd) = (r.GetString(39), r.GetInt32(37), r.GetInt32(38));
        }
        else
        {
            var (text, spans) = TextOf(r.GetInt64(5));
            (sStart, sEnd) = SentenceSpan(spans, sentence, start, end, text.Length);
            evidence = text[sStart..sEnd];
        }
        return new StoredEvent(
            r.GetString(0), S(1), r.GetString(2), S(3) is { } p ? DateOnly.Parse(p) : null, S(4) is { } pi ? DateOnly.Parse(pi) : null,
            r.GetString(7), r.GetString(8), S(9), r.GetString(10), Arg(11), Arg(14), Arg(17),
            S(20), S(21), S(22), !r.IsDBNull(23) && r.GetInt64(23) != 0,
            r.IsDBNull(24) ? null : r.GetDouble(24), S(25), Enum.Parse<Modality>(r.GetString(26), ignoreCase: true),
            r.IsDBNull(27) && r.IsDBNull(28) ? null : new StoredEventArgument(S(27), S(28) ?? "", null),
            r.GetInt64(29) != 0, S(30), sentence, start, end, r.GetDouble(34), r.GetString(35),
            evidence, Math.Clamp(start, sStart, sEnd) - sStart, Math.Clamp(end, sStart, sEnd) - sStart,
            r.IsDBNull(36) ? null : r.GetInt64(36));
    }

    // An event's stored sentence (schema 7), columns 37-39 of an event row: start, end, text; NULLs before schema 7.
    private string SentenceColumns => HasEventSentences ? "s.start, s.\"end\", s.text" : "NULL, NULL, NULL";
    private string SentenceJoin => HasEventSentences ? " LEFT JOIN event_sentences s ON s.doc_seq = e.doc_seq AND s.sentence = e.sentence" : "";

    // Texts of the documents events were last read from: a page of events often comes from a few documents, and a long
    // text is read through many overflow pages. Stored texts never change, so entries never go stale.
    private readonly Dictionary<long, (string Text, byte[]? Spans)> _texts = new();

    private (string Text, byte[]? Spans) TextOf(long seq)
    {
        if (_texts.TryGetValue(seq, out var hit)) return hit;
        using var r = Cmd("SELECT text, sentence_spans FROM documents WHERE seq = $seq", ("$seq", seq)).ExecuteReader();
        var value = r.Read() ? (r.GetString(0), r.IsDBNull(1) ? null : (byte[])r.GetValue(1)) : ("", null);
        if (_texts.Count >= 64) _texts.Clear();
        return _texts[seq] = value;
    }

    public IReadOnlyList<(string Type, long Count)> EventTypeCounts(EventQuery query)
    {
        var sql = new StringBuilder($"SELECT e.type, count(*) FROM events e JOIN documents d{Meta} ON d.seq = e.doc_seq WHERE 1");
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        AppendEventFilters(sql, cmd, query);
        sql.Append(" GROUP BY e.type ORDER BY count(*) DESC, e.type");
        cmd.CommandText = sql.ToString();
        var list = new List<(string, long)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add((r.GetString(0), r.GetInt64(1)));
        return list;
    }

    private static void AppendEventFilters(StringBuilder sql, SqliteCommand cmd, EventQuery q)
    {
        // An entity id matches the argument's id; country:XX also matches arguments standing for XX (see ActorCountry).
        static string Matches(string role, string name, string id) =>
            ActorCountry.FromId(id) is null ? $"e.{role}_id = {name}" : $"(e.{role}_id = {name} OR e.{role}_country = {name}c)";
        void Bind(string name, string id)
        {
            cmd.Parameters.AddWithValue(name, id);
            if (ActorCountry.FromId(id) is { } code) cmd.Parameters.AddWithValue(name + "c", code);
        }
        if (q.Actor is { } a) { sql.Append($" AND ({Matches("source", "$actor", a)} OR {Matches("target", "$actor", a)})"); Bind("$actor", a); }
        if (q.Source is { } s) { sql.Append(" AND ").Append(Matches("source", "$source", s)); Bind("$source", s); }
        if (q.Target is { } t) { sql.Append(" AND ").Append(Matches("target", "$target", t)); Bind("$target", t); }
        if (q.Type is { } type) { sql.Append(" AND e.type = $type"); cmd.Parameters.AddWithValue("$type", type); }
        if (q.Modality is { } m) { sql.Append(" AND e.modality = $modality"); cmd.Parameters.AddWithValue("$modality", AnnotationJson.ModalityName(m)); }
        // Interval overlap: the event starts before the window ends and ends after it starts.
        if (q.From is { } f) { sql.Append(" AND e.date_end >= $from"); cmd.Parameters.AddWithValue("$from", f.ToString("yyyy-MM-dd")); }
        if (q.To is { } to) { sql.Append(" AND e.date_start <= $to"); cmd.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd")); }
        if (q.Language is { } l) { sql.Append(" AND d.lang = $lang"); cmd.Parameters.AddWithValue("$lang", l); }
        if (q.Cluster is { } c) { sql.Append(" AND e.event_cluster = $cluster"); cmd.Parameters.AddWithValue("$cluster", c); }
        if (q.DocumentId is { } doc) { sql.Append(" AND d.seq = (SELECT seq FROM documents WHERE id = $doc)"); cmd.Parameters.AddWithValue("$doc", doc); }
        if (q.StoryId is { } story) { sql.Append(" AND e.doc_seq IN (SELECT seq FROM documents WHERE story_id = $story)"); cmd.Parameters.AddWithValue("$story", story); }
        if (!q.IncludeDuplicates) sql.Append(" AND d.duplicate_of IS NULL");
    }

    /// <summary>Sentence <paramref name="index"/>'s span from the stored int32 pairs; the trigger's own span when it is missing.</summary>
    private static (int Start, int End) SentenceSpan(byte[]? spans, int index, int start, int end, int length)
    {
        var pairs = spans is null ? default : MemoryMarshal.Cast<byte, int>(spans);
        if (index >= 0 && 2 * index + 1 < pairs.Length && pairs[2 * index] <= start && end <= pairs[2 * index + 1] && pairs[2 * index + 1] <= length)
            return (pairs[2 * index], pairs[2 * index + 1]);
        return (Math.Clamp(start, 0, length), Math.Clamp(end, Math.Clamp(start, 0, length), length));
    }
}
