using System.Text;
using Cronista.Search;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

public sealed partial class SqliteDocumentStore
{
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty) return request.EntityId is null && request.EventType is null ? Array.Empty<SearchHit>() : ListHits(request);
        var stored = StoredLanguages();
        var languages = request.Language is { } l ? [l] : stored;
        // Documents are matched with their own language's analysis of the query. Languages whose analyses give the same
        // FTS expression (most words stem alike in it, es, fr) share one ranked FTS query instead of one each: bm25 over
        // tens of thousands of matches is the cost, and it was paid once per stored language.
        var indexed = new Dictionary<string, bool>(StringComparer.Ordinal); // the languages ask about the same stems
        bool Has(string term) => indexed.TryGetValue(term, out bool has) ? has : indexed[term] = IndexHas(term);
        var groups = languages.Select(lang => (Lang: lang, Query: query.Compile(TermAnalyzer.For(lang), Has)))
            .Where(x => x.Query.Fts is not null).GroupBy(x => x.Query.Fts!, StringComparer.Ordinal).ToList();
        int k = request.Limit + request.Offset;
        var jobs = groups.Select(g => new RankJob(g.Key, g.Select(x => x.Lang).ToList(), g.First().Query, request, k,
            LanguageFilter: request.Language is not null || !stored.All(g.Select(x => x.Lang).Contains), Share: LanguageShare(g.Select(x => x.Lang)))).ToList();
        var ranked = new List<(long Seq, string Lang, double Score, CompiledQuery Query)>();
        // A read-only store ranks the upper half of the documents (by seq) on a second connection, on another core, while
        // this one ranks the lower half: bm25 over tens of thousands of matches is CPU-bound. Each half keeps its own top k
        // (ties by seq), so their union holds the top k of all. IDF comes from the whole index either way.
        long mid = _readOnly && _tx is null && _nextSeq > SplitSearchAbove ? _nextSeq / 2 : long.MaxValue;
        Task<List<(RankJob Job, List<RankedDoc> Docs)>>? upper = mid == long.MaxValue ? null
            : Task.Run(() => jobs.Select(j => (j, RankGroup(Helper(), j, mid, long.MaxValue))).ToList());
        try
        {
            foreach (var job in jobs)
                foreach (var d in RankGroup(_db, job, 0, mid)) ranked.Add((d.Seq, d.Lang, d.Score, job.Query));
        }
        catch when (upper is not null)
        {
            // The helper connection is this store's: never leave it busy behind a failed search.
            try { upper.Wait(); } catch (AggregateException) { }
            throw;
        }
        if (upper is not null)
            foreach (var (job, docs) in upper.GetAwaiter().GetResult())
                foreach (var d in docs) ranked.Add((d.Seq, d.Lang, d.Score, job.Query));
        // bm25 scores from one FTS index are comparable across the queries: the best k of all (ties in ingest order, as each
        // query keeps them), shown best first and ties by document id. The page's rows are read whole only now.
        var page = ranked.OrderBy(x => x.Score).ThenBy(x => x.Seq).Take(k).Select(x => (x.Seq, x.Lang, x.Score, x.Query, Id: DocumentId(x.Seq)))
            .OrderBy(x => x.Score).ThenBy(x => x.Id, StringComparer.Ordinal).Skip(request.Offset).Take(request.Limit).ToList();
        var rows = new List<(SearchHit Hit, string Text, CompiledQuery Query)>(page.Count);
        foreach (var (seq, lang, score, compiled, _) in page)
        {
            using var r = Cmd($"""
                SELECT d.id, {Headline}, d.published, d.source, d.text,
                       (SELECT count(*) FROM documents c WHERE c.duplicate_of = d.id) + (SELECT count(*) FROM document_sources s WHERE s.doc_id = d.id),
                       d.published_inferred
                FROM documents d WHERE d.seq = $seq
                """, ("$seq", seq)).ExecuteReader();
            if (!r.Read()) continue;
            rows.Add((new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), lang,
                r.IsDBNull(2) ? null : DateOnly.Parse(r.GetString(2)), r.GetString(3), -score, "",
                (int)r.GetInt64(5), r.IsDBNull(6) ? null : DateOnly.Parse(r.GetString(6))), r.GetString(4), compiled));
        }
        // Snippets analyse whole texts (pure CPU): on both cores for a read-only store, as the ranking.
        var hits = new SearchHit[rows.Count];
        void Snippet(int i) => hits[i] = rows[i].Hit with { Snippet = Snippets.Make(rows[i].Text, TermAnalyzer.For(rows[i].Hit.Language), rows[i].Query.HighlightTerms) };
        if (mid != long.MaxValue && rows.Count > 1) Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, Snippet);
        else for (int i = 0; i < rows.Count; i++) Snippet(i);
        return hits;
    }

    /// <summary>Documents (by seq) above which a read-only store ranks searches in two halves (see <see cref="Search"/>).</summary>
    internal long SplitSearchAbove { get; set; } = 10_000;

    /// <summary>For tests: how many ranked rows to check before filtering in SQL instead (see RankGroup).</summary>
    internal int? SearchCandidates { get; set; }

    /// <summary>One ranked FTS query: documents of <paramref name="Langs"/> matching <paramref name="Match"/>.</summary>
    private sealed record RankJob(string Match, List<string> Langs, CompiledQuery Query, SearchRequest Request, int K, bool LanguageFilter, double Share);

    private readonly record struct RankedDoc(long Seq, string Lang, double Score);

    /// <summary>
    /// The top <c>K</c> documents of a job with seq in (<paramref name="above"/>, <paramref name="atMost"/>], by bm25 then seq.
    /// When the job's languages hold most documents and no other filter applies, FTS ranks alone and the best few are then
    /// checked for language and copies (joining documents_meta for every match costs about as much as bm25); when too
    /// few pass, or else, the filters go into the ranked query.
    /// </summary>
    private List<RankedDoc> RankGroup(SqliteConnection db, RankJob job, long above, long atMost)
    {
        var request = job.Request;
        var list = new List<RankedDoc>();
        string range = (above > 0 ? " AND docs_fts.rowid > $above" : "") + (atMost < long.MaxValue ? " AND docs_fts.rowid <= $atMost" : "");
        void Range(SqliteCommand cmd)
        {
            if (above > 0) cmd.Parameters.AddWithValue("$above", above);
            if (atMost < long.MaxValue) cmd.Parameters.AddWithValue("$atMost", atMost);
        }
        bool filtered = request.From is not null || request.To is not null || request.EntityId is not null || request.EventType is not null;
        if (!filtered && job.Share >= 0.5)
        {
            // Near-duplicate copies score alike, so rejected rows bunch at the top: a wide margin (the sorter keeps n rows).
            int n = SearchCandidates ?? (int)Math.Ceiling((4.0 * job.K + 64) / job.Share);
            var candidates = new List<(long Seq, double Score)>(n);
            using (var cmd = db.CreateCommand())
            {
                cmd.Transaction = db == _db ? _tx : null;
                cmd.CommandText = $"SELECT rowid, bm25(docs_fts, 3.0, 1.0) AS score FROM docs_fts WHERE docs_fts MATCH $match{range} ORDER BY score, rowid LIMIT $n";
                cmd.Parameters.AddWithValue("$match", job.Match);
                cmd.Parameters.AddWithValue("$n", n);
                Range(cmd);
                using var r = cmd.ExecuteReader();
                while (r.Read()) candidates.Add((r.GetInt64(0), r.GetDouble(1)));
            }
            using (var check = db.CreateCommand())
            {
                check.Transaction = db == _db ? _tx : null;
                check.CommandText = $"SELECT lang, duplicate_of IS NULL FROM documents{Meta} WHERE seq = $seq";
                var seqParameter = check.Parameters.Add("$seq", SqliteType.Integer);
                foreach (var (seq, score) in candidates)
                {
                    seqParameter.Value = seq;
                    using var r = check.ExecuteReader();
                    if (!r.Read()) continue;
                    string lang = r.GetString(0);
                    if (job.LanguageFilter && !job.Langs.Contains(lang)) continue;
                    if (!request.IncludeDuplicates && r.GetInt64(1) == 0) continue;
                    list.Add(new RankedDoc(seq, lang, score));
                    if (list.Count == job.K) return list;
                }
            }
            if (candidates.Count < n) return list; // every match was seen
            list.Clear();
        }
        // Ranked and filtered together (documents through their narrow index).
        var sql = new StringBuilder($"""
            SELECT m.seq, m.lang, bm25(docs_fts, 3.0, 1.0) AS score
            FROM docs_fts JOIN documents m{Meta} ON m.seq = docs_fts.rowid
            WHERE docs_fts MATCH $match{range}
            """);
        using var q = db.CreateCommand();
        q.Transaction = db == _db ? _tx : null;
        if (job.LanguageFilter)
        {
            sql.Append(" AND +m.lang IN (").AppendJoin(", ", job.Langs.Select((_, i) => $"$lang{i}")).Append(')');
            for (int i = 0; i < job.Langs.Count; i++) q.Parameters.AddWithValue($"$lang{i}", job.Langs[i]);
        }
        if (!request.IncludeDuplicates) sql.Append(" AND m.duplicate_of IS NULL");
        AppendFilters(sql, request, "m");
        sql.Append(" ORDER BY score, m.seq LIMIT $limit");
        q.CommandText = sql.ToString();
        q.Parameters.AddWithValue("$match", job.Match);
        q.Parameters.AddWithValue("$limit", job.K);
        Range(q);
        AddFilterParameters(q, request);
        using (var r = q.ExecuteReader())
            while (r.Read()) list.Add(new RankedDoc(r.GetInt64(0), r.GetString(1), r.GetDouble(2)));
        return list;
    }

    // Documents per language, counted once per store: only to choose how to rank (see RankGroup), so it may lag behind writes.
    private Dictionary<string, long>? _languageCounts;

    private double LanguageShare(IEnumerable<string> langs)
    {
        if (_languageCounts is null)
        {
            _languageCounts = new Dictionary<string, long>(StringComparer.Ordinal);
            using var cmd = _db.CreateCommand();
            cmd.Transaction = _tx;
            cmd.CommandText = "SELECT lang, count(*) FROM documents GROUP BY lang";
            using var r = cmd.ExecuteReader();
            while (r.Read()) _languageCounts[r.GetString(0)] = r.GetInt64(1);
        }
        long total = _languageCounts.Values.Sum();
        return total == 0 ? 0 : (double)langs.Sum(l => _languageCounts.GetValueOrDefault(l)) / total;
    }

    // A second read-only connection for the other half of a ranked search (see Search), opened on first use.
    private SqliteConnection? _helper;

    private SqliteConnection Helper()
    {
        if (_helper is not null) return _helper;
        var helper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        helper.Open();
        using (var cmd = helper.CreateCommand())
        {
            cmd.CommandText = "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA busy_timeout=5000;";
            cmd.ExecuteNonQuery();
        }
        return _helper = helper;
    }

    private string DocumentId(long seq) => (string)Cmd("SELECT id FROM documents WHERE seq = $seq", ("$seq", seq)).ExecuteScalar()!;

    // Dates filter on the given publication date, else the inferred one. d: the alias of documents.
    private static void AppendFilters(StringBuilder sql, SearchRequest request, string d = "d")
    {
        if (request.From is not null) sql.Append($" AND coalesce({d}.published, {d}.published_inferred) >= $from");
        if (request.To is not null) sql.Append($" AND coalesce({d}.published, {d}.published_inferred) <= $to");
        if (request.EntityId is not null) sql.Append($" AND {d}.seq IN (SELECT doc_seq FROM doc_entities WHERE entity_id = $entity)");
        if (request.EventType is not null) sql.Append($" AND {d}.seq IN (SELECT doc_seq FROM events WHERE type = $etype)");
    }

    private static void AddFilterParameters(SqliteCommand cmd, SearchRequest request)
    {
        if (request.From is { } f) cmd.Parameters.AddWithValue("$from", f.ToString("yyyy-MM-dd"));
        if (request.To is { } t) cmd.Parameters.AddWithValue("$to", t.ToString("yyyy-MM-dd"));
        if (request.EntityId is { } e) cmd.Parameters.AddWithValue("$entity", e);
        if (request.EventType is { } et) cmd.Parameters.AddWithValue("$etype", et);
    }

    /// <summary>
    /// Documents mentioning an entity, else having an event of a type (no words in the query): latest first, snippet around
    /// the first mention (or trigger). With both, the entity lists and the event type filters.
    /// </summary>
    private IReadOnlyList<SearchHit> ListHits(SearchRequest request)
    {
        // min(start) picks the first event's row, "end" included (SQLite's bare-column rule for min/max aggregates).
        string from = request.EntityId is not null
            ? "(SELECT doc_seq, mentions, first_start, first_end FROM doc_entities WHERE entity_id = $entity)"
            : "(SELECT doc_seq, count(*) AS mentions, min(start) AS first_start, \"end\" AS first_end FROM events WHERE type = $etype GROUP BY doc_seq)";
        // The page is chosen through documents' narrow index; only its rows are read whole.
        var sql = new StringBuilder($"""
            SELECT d.id, {Headline}, d.lang, d.published, d.source, top.mentions, d.text, top.first_start, d.published_inferred, top.first_end,
                   (SELECT count(*) FROM documents c WHERE c.duplicate_of = d.id) + (SELECT count(*) FROM document_sources s WHERE s.doc_id = d.id)
            FROM (SELECT de.doc_seq, de.mentions, de.first_start, de.first_end, coalesce(m.published, m.published_inferred) AS date
                  FROM {from} de JOIN documents m{Meta} ON m.seq = de.doc_seq
                  WHERE 1
            """);
        if (request.Language is not null) sql.Append(" AND m.lang = $lang");
        if (!request.IncludeDuplicates) sql.Append(" AND m.duplicate_of IS NULL");
        AppendFilters(sql, request with { EntityId = null, EventType = request.EntityId is null ? null : request.EventType }, "m");
        sql.Append(" ORDER BY date DESC, de.mentions DESC, de.doc_seq LIMIT $limit OFFSET $offset) top JOIN documents d ON d.seq = top.doc_seq");
        sql.Append(" ORDER BY top.date DESC, top.mentions DESC, top.doc_seq");
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql.ToString();
        cmd.Transaction = _tx;
        AddFilterParameters(cmd, request);
        if (request.Language is { } l) cmd.Parameters.AddWithValue("$lang", l);
        cmd.Parameters.AddWithValue("$limit", request.Limit);
        cmd.Parameters.AddWithValue("$offset", request.Offset);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string text = r.GetString(6);
            int start = r.GetInt32(7), end = r.GetInt32(9);
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : DateOnly.Parse(r.GetString(3)),
                r.GetString(4), r.GetInt32(5), Snippets.Around(text, start, end), (int)r.GetInt64(10),
                r.IsDBNull(8) ? null : DateOnly.Parse(r.GetString(8))));
        }
        return hits;
    }

    public StoredEntity? GetEntity(string id) => QueryEntities("e.id = $p", id, 1).FirstOrDefault();

    public IReadOnlyList<StoredEntity> FindEntities(string text, int limit = 20) =>
        QueryEntities("e.name LIKE '%' || $p || '%' COLLATE NOCASE", text, limit);

    public string? Lead(string id, int chars = 120) =>
        Cmd("SELECT substr(text, 1, $n) FROM documents WHERE id = $id", ("$n", chars), ("$id", id)).ExecuteScalar() as string;

    public string? EntityName(string id) => Cmd("SELECT name FROM entities WHERE id = $id", ("$id", id)).ExecuteScalar() as string;

    public IReadOnlyList<string> EntitiesNamed(string name)
    {
        var list = new List<string>();
        using var r = Cmd("SELECT id FROM entities WHERE name = $n COLLATE NOCASE ORDER BY id LIMIT 50", ("$n", name)).ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private List<StoredEntity> QueryEntities(string where, string parameter, int limit)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"""
            SELECT e.id, e.name, e.type, e.qid, e.country, e.lat, e.lon, count(de.doc_seq), coalesce(sum(de.mentions), 0)
            FROM entities e LEFT JOIN doc_entities de ON de.entity_id = e.id
            WHERE {where} GROUP BY e.id ORDER BY coalesce(sum(de.mentions), 0) DESC, e.id LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$p", parameter);
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<StoredEntity>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6),
                r.GetInt32(7), r.GetInt32(8)));
        return list;
    }

    public IReadOnlyList<EntityDocument> EntityDocuments(string entityId, int limit = 50, int offset = 0)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"""
            SELECT d.id, {Headline}, d.lang, d.published, d.published_inferred, top.mentions
            FROM (SELECT de.doc_seq, de.mentions, coalesce(m.published, m.published_inferred) AS date
                  FROM doc_entities de JOIN documents m{Meta} ON m.seq = de.doc_seq WHERE de.entity_id = $e
                  ORDER BY date DESC, de.doc_seq LIMIT $limit OFFSET $offset) top
            JOIN documents d ON d.seq = top.doc_seq ORDER BY top.date DESC, top.doc_seq
            """;
        cmd.Parameters.AddWithValue("$e", entityId);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        var list = new List<EntityDocument>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new EntityDocument(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : DateOnly.Parse(r.GetString(3)), r.IsDBNull(4) ? null : DateOnly.Parse(r.GetString(4)), r.GetInt32(5)));
        return list;
    }

    private bool IndexHas(string term)
    {
        // A term the ascii tokenizer keeps whole (no ASCII but lower-case letters and digits) is looked up as a one-term
        // query, which stops at the first document; docs_vocab counts every document of the term first (~1 ms for a
        // common one). Anything else is asked of the vocabulary as it is.
        bool whole = term.Length > 0 && term.All(c => c >= 128 || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
        using var cmd = _db.CreateCommand();
        cmd.CommandText = whole ? "SELECT 1 FROM docs_fts WHERE docs_fts MATCH $t LIMIT 1" : "SELECT 1 FROM docs_vocab WHERE term = $t";
        cmd.Transaction = _tx;
        cmd.Parameters.AddWithValue("$t", whole ? "\"" + term + "\"" : term);
        return cmd.ExecuteScalar() is not null;
    }

    private List<string> StoredLanguages()
    {
        var list = new List<string>();
        using var cmd = _db.CreateCommand();
        // One index seek per language (documents_lang_published), not a scan of every document's entry.
        cmd.CommandText = """
            WITH RECURSIVE l(lang) AS (SELECT min(lang) FROM documents
                                       UNION ALL SELECT (SELECT min(lang) FROM documents WHERE lang > l.lang) FROM l WHERE l.lang IS NOT NULL)
            SELECT lang FROM l WHERE lang IS NOT NULL
            """;
        cmd.Transaction = _tx;
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public StoredDocument? Get(string id, bool annotations = true)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = $"""
            SELECT id, source, url, outlet, title, text, lang, lang_confidence, published, chars, sentences, tokens, duplicate_of,
                   published_inferred, published_inferred_confidence, {(annotations ? "annotations" : "NULL")}, seq, {Headline}
            FROM documents d WHERE id = $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var sources = new List<string>();
        using (var sc = _db.CreateCommand())
        {
            sc.Transaction = _tx;
            sc.CommandText = "SELECT source FROM document_sources WHERE doc_id = $id ORDER BY source";
            sc.Parameters.AddWithValue("$id", id);
            using var sr = sc.ExecuteReader();
            while (sr.Read()) sources.Add(sr.GetString(0));
        }
        return new StoredDocument(r.GetString(0), r.GetString(1), S(2), S(3), S(4), r.GetString(5), r.GetString(6), r.GetDouble(7),
            S(8) is { } p ? DateOnly.Parse(p) : null, r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), S(12), sources,
            S(13) is { } pi ? DateOnly.Parse(pi) : null, r.IsDBNull(14) ? null : r.GetDouble(14),
            r.IsDBNull(15) ? null : r.GetValue(15) is byte[] blob ? StoredAnnotations.Decode(blob, EventClusters(r.GetInt64(16))) : r.GetString(15),
            S(17));
    }

    /// <summary>The cluster of each stored event of a document, by event id.</summary>
    private Dictionary<string, long?> EventClusters(long seq)
    {
        var clusters = new Dictionary<string, long?>(StringComparer.Ordinal);
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "SELECT id, event_cluster FROM events WHERE doc_seq = $seq";
        cmd.Parameters.AddWithValue("$seq", seq);
        using var r = cmd.ExecuteReader();
        while (r.Read()) clusters[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetInt64(1);
        return clusters;
    }

    public StoreStats Stats()
    {
        var byLang = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var cmd = _db.CreateCommand())
        {
            cmd.Transaction = _tx;
            cmd.CommandText = "SELECT lang, count(*) FROM documents GROUP BY lang";
            using var r = cmd.ExecuteReader();
            while (r.Read()) byLang[r.GetString(0)] = r.GetInt64(1);
        }
        string? first = ScalarOrNull("SELECT min(published) FROM documents"), last = ScalarOrNull("SELECT max(published) FROM documents");
        // A database opened read-only is not migrated: a v2 file has no events table.
        var byType = !HasTable("events") ? new Dictionary<string, long>()
            : EventTypeCounts(new EventQuery { IncludeDuplicates = true }).ToDictionary(t => t.Type, t => t.Count);
        return new StoreStats(
            Scalar<long>("SELECT count(*) FROM documents"),
            Scalar<long>("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            Scalar<long>("SELECT count(*) FROM document_sources"),
            byLang,
            first is null ? null : DateOnly.Parse(first), last is null ? null : DateOnly.Parse(last),
            Scalar<long>("SELECT count(*) FROM documents WHERE published IS NULL"),
            (int)Scalar<long>("SELECT coalesce(max(version), 0) FROM schema_version"),
            byType.Values.Sum(), byType,
            HasTable("stories") ? Scalar<long>("SELECT count(*) FROM stories") : 0,
            HasTable("stories") ? Scalar<long>("SELECT count(*) FROM stories WHERE (SELECT count(*) FROM json_each(languages)) > 1") : 0);
    }

    private string? ScalarOrNull(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _tx;
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>For every input that carried an id: the stored document it is part of and that document's duplicate_of.</summary>
    public IEnumerable<(string InputId, string DocumentId, string? DuplicateOf)> InputOutcomes()
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "SELECT s.input_id, s.doc_id, d.duplicate_of FROM document_sources s JOIN documents d ON d.id = s.doc_id WHERE s.input_id IS NOT NULL";
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
    }

    /// <summary>Row counts of every table (tests compare databases with these).</summary>
    public IReadOnlyDictionary<string, long> TableCounts()
    {
        var names = new List<string>();
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'docs_fts_%' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) names.Add(r.GetString(0));
        }
        return names.ToDictionary(n => n, n => Scalar<long>($"SELECT count(*) FROM \"{n}\""));
    }

    /// <summary>A canonical dump of the stored content (ordered rows), for comparing two databases.</summary>
    public string ContentDigest()
    {
        var sb = new StringBuilder();
        string[] stories = !HasTable("stories") ? [] :
        [
            "SELECT seq, story_id FROM documents ORDER BY seq",
            "SELECT id, seq, title, titles, first_seen, last_seen, languages, outlets, size, open, entities, events, hex(centroid) FROM stories ORDER BY seq",
            "SELECT key, hex(value) FROM story_state ORDER BY key",
        ];
        foreach (var sql in new[]
                 {
                     "SELECT seq, id, content_hash, source, title, lang, published, duplicate_of, length(text), sentences FROM documents ORDER BY seq",
                     "SELECT doc_id, source, input_id FROM document_sources ORDER BY doc_id, source",
                     "SELECT key, doc_id FROM lsh ORDER BY key, doc_id",
                     "SELECT rowid FROM docs_fts ORDER BY rowid",
                     "SELECT seq, published_inferred, annotations FROM documents ORDER BY seq",
                     "SELECT entity_id, doc_seq, mentions, first_start, first_end FROM doc_entities ORDER BY entity_id, doc_seq",
                     "SELECT id, name, type FROM entities ORDER BY id",
                     "SELECT * FROM events ORDER BY doc_seq, id",
                     "SELECT * FROM event_clusters ORDER BY id",
                 }.Concat(stories))
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (int i = 0; i < r.FieldCount; i++)
                    sb.Append(r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] blob ? Convert.ToHexString(blob) : r.GetValue(i)).Append('|');
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
