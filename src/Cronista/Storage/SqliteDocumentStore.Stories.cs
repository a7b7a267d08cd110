using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Stories (schema v4): rows written by the ingest writer in the open batch, and read by <c>cronista stories</c>.</summary>
public sealed partial class SqliteDocumentStore
{
    public void SetDocumentStory(string documentId, string storyId, string? headline = null, byte[]? features = null)
    {
        _tx ??= _db.BeginTransaction();
        Stmt("UPDATE documents SET story_id = ?1, headline = ?3 WHERE id = ?2").Bind(1, storyId).Bind(2, documentId).Bind(3, headline).Execute();
        if (features is not null)
            Stmt("INSERT OR REPLACE INTO story_features(seq, features) SELECT seq, ?2 FROM documents WHERE id = ?1").Bind(1, documentId).Bind(2, features).Execute();
    }

    public void UnindexEntities(string documentId, IReadOnlyList<string> entityIds)
    {
        if (entityIds.Count == 0) return;
        _tx ??= _db.BeginTransaction();
        Stmt("DELETE FROM doc_entities WHERE doc_seq = (SELECT seq FROM documents WHERE id = ?1) AND entity_id IN (SELECT value FROM json_each(?2))")
            .Bind(1, documentId).Bind(2, JsonSerializer.Serialize(entityIds)).Execute();
    }

    /// <summary>Moves a document to another story (the offline refinement), in the open batch; its headline stays.</summary>
    public void MoveDocumentStory(string documentId, string storyId)
    {
        _tx ??= _db.BeginTransaction();
        Stmt("UPDATE documents SET story_id = ?1 WHERE id = ?2").Bind(1, storyId).Bind(2, documentId).Execute();
    }

    /// <summary>Deletes a story row (its documents have moved to others), in the open batch.</summary>
    public void DeleteStory(string storyId)
    {
        _tx ??= _db.BeginTransaction();
        Stmt("DELETE FROM stories WHERE id = ?1").Bind(1, storyId).Execute();
    }

    /// <summary>Every document that is in a story, in ingest order: its id, story and the original it is a near-duplicate of
    /// (see <see cref="IDocumentStore.StoryMembership"/>).</summary>
    public IReadOnlyList<(string DocumentId, string StoryId, string? DuplicateOf, byte[]? Features)> StoryMembership(int window = 0, int maxDocuments = 0)
    {
        var list = new List<(string, string, string?, byte[]?)>();
        const string Select = "SELECT d.id, d.story_id, d.duplicate_of, f.features FROM documents d LEFT JOIN story_features f ON f.seq = d.seq ";
        using var r = window <= 0
            ? Cmd(Select + "WHERE d.story_id IS NOT NULL ORDER BY d.seq").ExecuteReader()
            : Cmd(Select + "WHERE d.story_id IN (SELECT value FROM json_each($ids)) ORDER BY d.seq",
                  ("$ids", JsonSerializer.Serialize(WindowStories(window, maxDocuments)))).ExecuteReader();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : (byte[])r.GetValue(3)));
        return list;
    }

    /// <summary>The stories that have one of the last <paramref name="window"/> documents in a story, whole: the one whose
    /// latest document is the most recent first, those that would take the total past <paramref name="maxDocuments"/>
    /// (when &gt; 0) left out.</summary>
    private List<string> WindowStories(int window, int maxDocuments)
    {
        var stories = new List<(string Id, long Last, long Size)>();
        using (var r = Cmd("""
                   SELECT story_id, max(seq), count(*) FROM documents WHERE story_id IN (
                       SELECT story_id FROM documents WHERE story_id IS NOT NULL AND seq >= coalesce(
                           (SELECT seq FROM documents WHERE story_id IS NOT NULL ORDER BY seq DESC LIMIT 1 OFFSET $skip), 0))
                   GROUP BY story_id
                   """, ("$skip", (long)window - 1)).ExecuteReader())
            while (r.Read()) stories.Add((r.GetString(0), r.GetInt64(1), r.GetInt64(2)));
        stories.Sort((a, b) => b.Last.CompareTo(a.Last));
        var chosen = new List<string>();
        long total = 0;
        foreach (var (id, _, size) in stories)
        {
            if (maxDocuments > 0 && total + size > maxDocuments) continue;
            chosen.Add(id);
            total += size;
        }
        return chosen;
    }

    /// <summary>Every story's creation order and whether it is open, by id.</summary>
    public Dictionary<string, (long Seq, bool Open)> StoryHeads()
    {
        var heads = new Dictionary<string, (long, bool)>(StringComparer.Ordinal);
        using var r = Cmd("SELECT id, seq, open FROM stories").ExecuteReader();
        while (r.Read()) heads[r.GetString(0)] = (r.GetInt64(1), r.GetInt64(2) != 0);
        return heads;
    }

    public string? DocumentStory(string documentId) =>
        Cmd("SELECT story_id FROM documents WHERE id = $id", ("$id", documentId)).ExecuteScalar() as string;

    public void SaveStory(StoryRecord s)
    {
        _tx ??= _db.BeginTransaction();
        // A raw statement (see Statement): every story changed in a batch is written at its commit.
        var st = Stmt("""
            INSERT INTO stories(id, seq, title, titles, first_seen, last_seen, languages, outlets, size, open, entities, events, centroid)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, titles = excluded.titles, first_seen = excluded.first_seen,
                last_seen = excluded.last_seen, languages = excluded.languages, outlets = excluded.outlets, size = excluded.size,
                open = excluded.open, entities = excluded.entities, events = excluded.events, centroid = excluded.centroid
            """)
            .Bind(1, s.Id).Bind(2, s.Seq).Bind(3, s.Title).Bind(4, TitlesJson(s.Titles))
            .Bind(5, s.FirstSeen?.ToString("yyyy-MM-dd")).Bind(6, s.LastSeen?.ToString("yyyy-MM-dd"))
            .Bind(7, JsonSerializer.Serialize(s.Languages)).Bind(8, JsonSerializer.Serialize(s.Outlets)).Bind(9, s.Size)
            .Bind(10, s.Open).Bind(11, WeightsJson(s.Entities)).Bind(12, WeightsJson(s.Events));
        // A closed story keeps no state: NULL (an empty span would bind an empty blob).
        if (s.State is { } state) st.Bind(13, state); else st.Bind(13, (string?)null);
        st.Execute();
    }

    public void GrowStory(string storyId, string language, string? outlet, DateOnly? date)
    {
        var story = GetStory(storyId);
        if (story is null) return;
        var langs = new SortedDictionary<string, int>(story.Languages.ToDictionary(), StringComparer.Ordinal);
        langs[language] = langs.GetValueOrDefault(language) + 1;
        var outlets = story.Outlets.ToList();
        if (outlet is { Length: > 0 } && outlets.Count < global::Cronista.Stories.Story.MaxOutlets && !outlets.Contains(outlet)) outlets.Add(outlet);
        DateOnly? first = story.FirstSeen, last = story.LastSeen;
        if (date is { } d) { first = first is { } f && f < d ? f : d; last = last is { } l && l > d ? l : d; }
        Cmd("UPDATE stories SET size = size + 1, languages = $l, outlets = $o, first_seen = $f, last_seen = $t WHERE id = $id",
            ("$l", JsonSerializer.Serialize(langs)), ("$o", JsonSerializer.Serialize(outlets)), ("$f", Db(first?.ToString("yyyy-MM-dd"))),
            ("$t", Db(last?.ToString("yyyy-MM-dd"))), ("$id", storyId)).ExecuteNonQuery();
    }

    public IReadOnlyList<byte[]> OpenStoryStates()
    {
        var list = new List<byte[]>();
        using var r = Cmd("SELECT centroid FROM stories WHERE open = 1 AND centroid IS NOT NULL ORDER BY seq").ExecuteReader();
        while (r.Read()) list.Add((byte[])r.GetValue(0));
        return list;
    }

    public byte[]? StoryState(string key) => Cmd("SELECT value FROM story_state WHERE key = $k", ("$k", key)).ExecuteScalar() as byte[];

    public void SaveStoryState(string key, ReadOnlySpan<byte> value)
    {
        _tx ??= _db.BeginTransaction();
        Stmt("INSERT INTO story_state(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value").Bind(1, key).Bind(2, value).Execute();
    }

    private const string StoryColumns = "s.id, s.title, s.titles, s.first_seen, s.last_seen, s.languages, s.outlets, s.size, s.open, s.entities, s.events";

    public IReadOnlyList<StoredStory> Stories(StoryQuery q)
    {
        var sql = new StringBuilder($"SELECT {StoryColumns} FROM stories s WHERE s.size >= $min");
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.Parameters.AddWithValue("$min", q.MinSize);
        // Date overlap; undated stories are left out when a date filter is given.
        if (q.From is { } f) { sql.Append(" AND s.last_seen >= $from"); cmd.Parameters.AddWithValue("$from", f.ToString("yyyy-MM-dd")); }
        if (q.To is { } t) { sql.Append(" AND s.first_seen <= $to"); cmd.Parameters.AddWithValue("$to", t.ToString("yyyy-MM-dd")); }
        if (q.EntityId is { } e)
        {
            sql.Append($" AND s.id IN (SELECT d.story_id FROM doc_entities de JOIN documents d{Meta} ON d.seq = de.doc_seq WHERE de.entity_id = $entity AND d.story_id IS NOT NULL)");
            cmd.Parameters.AddWithValue("$entity", e);
        }
        if (q.Language is { } l)
        {
            sql.Append($" AND s.id IN (SELECT story_id FROM documents{Meta} WHERE lang = $lang AND story_id IS NOT NULL)");
            cmd.Parameters.AddWithValue("$lang", l);
        }
        sql.Append(" ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.size DESC, s.seq LIMIT $limit OFFSET $offset");
        cmd.Parameters.AddWithValue("$limit", q.Limit);
        cmd.Parameters.AddWithValue("$offset", q.Offset);
        cmd.CommandText = sql.ToString();
        var list = new List<StoredStory>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(ReadStory(r));
        return list;
    }

    public StoredStory? GetStory(string id)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"SELECT {StoryColumns} FROM stories s WHERE s.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadStory(r) : null;
    }

    public IReadOnlyList<StoryDocument> StoryDocuments(string storyId, int limit = 1000)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        // The story's documents through its index, their dates and language through documents_meta: a big story's texts
        // are not read.
        cmd.CommandText = $"""
            SELECT d.id, {Headline}, m.lang, m.published, m.published_inferred, d.source, d.outlet, m.duplicate_of
            FROM (SELECT seq FROM documents WHERE story_id = $s) x JOIN documents m{Meta} ON m.seq = x.seq JOIN documents d ON d.seq = x.seq
            ORDER BY coalesce(m.published, m.published_inferred) IS NULL, coalesce(m.published, m.published_inferred), x.seq LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$s", storyId);
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<StoryDocument>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            list.Add(new StoryDocument(r.GetString(0), S(1), r.GetString(2), S(3) is { } p ? DateOnly.Parse(p) : null,
                S(4) is { } pi ? DateOnly.Parse(pi) : null, r.GetString(5), S(6), S(7)));
        }
        return list;
    }

    private static StoredStory ReadStory(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var titles = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        if (JsonNode.Parse(r.GetString(2)) is JsonObject o)
            foreach (var (lang, v) in o)
                titles[lang] = (v?["doc_id"]?.GetValue<string>() ?? "", v?["title"]?.GetValue<string>() ?? "");
        return new StoredStory(
            r.GetString(0), r.GetString(1), titles, S(3) is { } f ? DateOnly.Parse(f) : null, S(4) is { } l ? DateOnly.Parse(l) : null,
            JsonSerializer.Deserialize<SortedDictionary<string, int>>(r.GetString(5)) ?? new(),
            JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? new(), r.GetInt32(7), r.GetInt64(8) != 0,
            ReadWeights(r.GetString(9)), ReadWeights(r.GetString(10)));
    }

    private static string TitlesJson(IReadOnlyDictionary<string, (string DocumentId, string Title)> titles)
    {
        var o = new JsonObject();
        foreach (var (lang, t) in titles.OrderBy(kv => kv.Key, StringComparer.Ordinal)) o[lang] = new JsonObject { ["doc_id"] = t.DocumentId, ["title"] = t.Title };
        return o.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string WeightsJson(IEnumerable<(string Name, double Weight)> items)
    {
        var a = new JsonArray();
        foreach (var (n, w) in items) a.Add(new JsonArray(n, w));
        return a.ToJsonString();
    }

    private static List<(string, double)> ReadWeights(string json)
    {
        var list = new List<(string, double)>();
        if (JsonNode.Parse(json) is JsonArray a)
            foreach (var item in a)
                if (item is JsonArray { Count: 2 } pair) list.Add((pair[0]!.GetValue<string>(), pair[1]!.GetValue<double>()));
        return list;
    }
}
