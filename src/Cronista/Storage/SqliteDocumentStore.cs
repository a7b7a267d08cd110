using System.Runtime.InteropServices;
using Cronista.Dedup;
using Cronista.Events;
using Cronista.Model;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode. Near-duplicates are found through MinHash LSH buckets;
/// full-text search runs on FTS5 over stemmed, accent-folded terms (see <see cref="Search.TermAnalyzer"/>).
/// Not thread-safe: one writer per store, as the ingest runner uses it.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore
{
    public const double NearDuplicateThreshold = 0.8;
    private readonly SqliteConnection _db;
    private SqliteTransaction? _tx;
    private readonly Dictionary<string, SqliteCommand> _commands = new();
    private readonly Dictionary<string, Statement> _statements = new();
    private long _nextSeq;
    private readonly bool _readOnly;
    private Checkpointer? _checkpointer;

    public SqliteDocumentStore(string path, bool readOnly = false)
    {
        Path = path;
        _readOnly = readOnly;
        var csb = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        _db = new SqliteConnection(csb.ToString());
        try
        {
            _db.Open();
            if (!readOnly)
            {
                // 16 KB pages for a new database (a no-op on an existing one, whose page size is fixed): an article's text
                // and annotations fit in 1-2 pages instead of 4-5 overflow pages, and a commit writes and checkpoints fewer,
                // larger WAL frames — the writer's commit cost fell by about a third against 4 KB (docs/BENCHMARKS.md, "Writer").
                Exec("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
                Migrate();
            }
            Exec("PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA busy_timeout=5000;");
            // Query indexes an ingest killed before its end left dropped (see DeferQueryIndexes).
            if (!readOnly) BuildDeferredIndexes(orphanedOnly: true);
            _nextSeq = Scalar<long>("SELECT coalesce(max(seq), 0) + 1 FROM documents");
            // A read-only open of an older database has no documents_meta: queries then read the rows.
            Meta = HasIndex("documents_meta") ? " INDEXED BY documents_meta" : "";
            // Likewise a read-only open before schema 7 has no event_sentences: evidence is then cut from the texts.
            HasEventSentences = HasTable("event_sentences");
            // And one before schema 10 has no headlines: lists then show the stored titles.
            Headline = HasColumn("documents", "headline") ? "coalesce(d.headline, d.title)" : "d.title";
            if (!readOnly)
            {
                // Checkpoints run on a thread of their own (see Checkpointer); SQLite's automatic one only bounds the WAL
                // (4,096 pages: 64 MB with the 16 KB pages of new databases) should that thread fall behind.
                Exec("PRAGMA wal_autocheckpoint=4096;");
                _checkpointer = new Checkpointer(path);
            }
        }
        catch (SqliteException ex)
        {
            _db.Dispose();
            throw new InvalidOperationException($"{path}: cannot open the database: {ex.Message}", ex);
        }
    }

    public string Path { get; }

    /// <summary>" INDEXED BY documents_meta" when the database has it (schema 6): for joins that read only a document's
    /// seq, lang, duplicate_of, dates or story, never its text.</summary>
    private string Meta { get; set; } = "";

    /// <summary>The SQL for the title lists show of a document aliased <c>d</c>: its headline, else its title (schema 10).</summary>
    private string Headline { get; set; } = "d.title";

    /// <summary>Whether the database stores events' sentences (schema 7).</summary>
    private bool HasEventSentences { get; set; }
    public int SchemaVersion { get; private set; }

    private void Migrate()
    {
        Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        SchemaVersion = (int)Scalar<long>("SELECT coalesce(max(version), 0) FROM schema_version");
        if (SchemaVersion > SqliteSchema.Migrations.Length)
            throw new InvalidOperationException($"{Path}: database schema version {SchemaVersion} is newer than this Cronista ({SqliteSchema.Migrations.Length})");
        for (int v = SchemaVersion + 1; v <= SqliteSchema.Migrations.Length; v++)
        {
            _tx = _db.BeginTransaction();
            try
            {
                using (var cmd = _db.CreateCommand())
                {
                    cmd.Transaction = _tx;
                    cmd.CommandText = SqliteSchema.Migrations[v - 1] + $"\nINSERT INTO schema_version(version) VALUES ({v});";
                    cmd.ExecuteNonQuery();
                }
                // Events stored before clusters existed are clustered now, in ingest order, as an ingest would have.
                if (SqliteSchema.Migrations[v - 1].Contains(SqliteSchema.EventClustersMarker, StringComparison.Ordinal)) BackfillClusters();
                if (SqliteSchema.Migrations[v - 1].Contains(SqliteSchema.EventSentencesMarker, StringComparison.Ordinal)) BackfillEventSentences();
                _tx.Commit();
            }
            finally
            {
                _tx.Dispose();
                _tx = null;
            }
            SchemaVersion = v;
        }
    }

    // ---- writes ----

    /// <summary>Builds the annotations column (see <see cref="StoredAnnotations"/>).</summary>
    public void Prepare(Document doc) => doc.PreparedAnnotations = StoredAnnotations.Encode(doc);

    public StoreResult Add(Document doc)
    {
        _tx ??= _db.BeginTransaction();
        var existing = FindExisting(doc);
        if (existing is { } e)
        {
            // Same text, so the same events: they belong to the clusters the stored copy's events were given.
            if (e.ContentHash == (long)doc.ContentHash) SetStoredClusters(e.Id, doc);
            if (SourceExists(e.Id, doc.Raw.Source)) return new StoreResult(StoreOutcome.AlreadyPresent, e.Id, e.DuplicateOf);
            if (e.ContentHash != (long)doc.ContentHash)
                return new StoreResult(StoreOutcome.AlreadyPresent, e.Id, e.DuplicateOf,
                    $"id '{doc.Id}' is already stored with different text; kept the stored version");
            InsertSource(e.Id, doc);
            return new StoreResult(StoreOutcome.ExactDuplicate, e.Id, e.DuplicateOf);
        }

        var sig = doc.MinHash ?? MinHasher.Default.Signature(doc.Text, doc.Tokens);
        var keys = MinHasher.BandKeys(sig);
        string? canonical = FindNearDuplicateCanonical(sig, keys, out var canonicalPublished, out var canonicalSeq);
        long seq = _nextSeq++;
        string? duplicateOf = canonical;
        if (canonical is not null && IsEarlier(doc.Published, seq, canonicalPublished, canonicalSeq))
        {
            // The new copy is older than the current canonical one: it becomes the canonical copy.
            Cmd("UPDATE documents SET duplicate_of = $new WHERE duplicate_of = $old OR id = $old",
                ("$new", doc.Id), ("$old", canonical)).ExecuteNonQuery();
            duplicateOf = null;
        }

        InsertDocument(seq, doc, duplicateOf);
        InsertSource(doc.Id, doc);
        Stmt("INSERT INTO minhash(doc_id, sig) VALUES (?1, ?2)").Bind(1, doc.Id).Bind(2, MemoryMarshal.AsBytes(sig.AsSpan())).Execute();
        var lsh = Stmt("INSERT OR IGNORE INTO lsh(key, doc_id) VALUES (?1, ?2)");
        foreach (var k in keys) lsh.Bind(1, k).Bind(2, doc.Id).Execute();
        Stmt("INSERT INTO docs_fts(rowid, title, body) VALUES (?1, ?2, ?3)").Bind(1, seq).Bind(2, doc.TitleSearchTerms).Bind(3, doc.SearchTerms ?? "").Execute();

        return canonical is null
            ? new StoreResult(StoreOutcome.Inserted, doc.Id, null)
            : new StoreResult(StoreOutcome.NearDuplicate, doc.Id, duplicateOf, duplicateOf is null ? $"earlier copy of {canonical}" : null, canonical);
    }

    public void Commit()
    {
        if (_tx is null) return;
        _tx.Commit();
        _tx.Dispose();
        _tx = null;
        _checkpointer?.Request();
    }

    public void Rollback()
    {
        if (_tx is null) return;
        _tx.Rollback();
        _tx.Dispose();
        _tx = null;
        _storedEntities.Clear();
        _texts.Clear(); // seqs of the discarded batch will be given again
        _nextClusterId = null;
        _nextSeq = Scalar<long>("SELECT coalesce(max(seq), 0) + 1 FROM documents");
    }

    private static bool IsEarlier(DateOnly? published, long seq, DateOnly? otherPublished, long otherSeq)
    {
        if (published is { } a && otherPublished is { } b && a != b) return a < b;
        if (published is not null && otherPublished is null) return true;
        if (published is null && otherPublished is not null) return false;
        return seq < otherSeq;
    }

    private readonly record struct Existing(string Id, long ContentHash, string? DuplicateOf);

    // The per-document lookups and the source row run as raw statements (see Statement): through SqliteCommand they cost
    // ~55 µs of the writer per new document.
    private Existing? FindExisting(Document doc)
    {
        var st = Stmt("SELECT id, content_hash, duplicate_of FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1")
            .Bind(1, doc.Id).Bind(2, (long)doc.ContentHash);
        if (!st.Read()) return null;
        var e = new Existing(st.String(0), st.Int64(1), st.StringOrNull(2));
        st.Reset();
        return e;
    }

    private bool SourceExists(string docId, string source) =>
        Cmd("SELECT 1 FROM document_sources WHERE doc_id = $id AND source = $s", ("$id", docId), ("$s", source)).ExecuteScalar() is not null;

    private void InsertSource(string docId, Document doc) =>
        Stmt("INSERT OR IGNORE INTO document_sources(doc_id, source, input_id, url, outlet, published) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .Bind(1, docId).Bind(2, doc.Raw.Source).Bind(3, doc.Raw.Id).Bind(4, doc.Raw.Url).Bind(5, doc.Raw.Outlet)
            .Bind(6, doc.Published?.ToString("yyyy-MM-dd")).Execute();

    private void InsertDocument(long seq, Document doc, string? duplicateOf)
    {
        var clusters = AssignClusters(seq, duplicateOf ?? doc.Id, doc.Language, (doc.Published ?? doc.PublishedInferred)?.ToString("yyyy-MM-dd"),
            doc.Events.Select(e => ClusterInput.From(e, doc)).ToList());
        for (int i = 0; i < doc.Events.Count; i++) doc.Events[i].Cluster = clusters[i];
        var ann = doc.PreparedAnnotations ?? StoredAnnotations.Encode(doc);
        var spans = new int[doc.Sentences.Count * 2];
        for (int i = 0; i < doc.Sentences.Count; i++) { spans[2 * i] = doc.Sentences[i].Start; spans[2 * i + 1] = doc.Sentences[i].End; }
        Stmt("""
            INSERT INTO documents(seq, id, content_hash, source, url, outlet, title, text, lang, lang_confidence, published,
                                  chars, sentences, tokens, sentence_spans, duplicate_of, published_inferred, published_inferred_confidence, annotations)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            """)
            .Bind(1, seq).Bind(2, doc.Id).Bind(3, (long)doc.ContentHash).Bind(4, doc.Raw.Source).Bind(5, doc.Raw.Url).Bind(6, doc.Raw.Outlet)
            .Bind(7, doc.Title).Bind(8, doc.Text).Bind(9, doc.Language).Bind(10, doc.LanguageConfidence).Bind(11, doc.Published?.ToString("yyyy-MM-dd"))
            .Bind(12, doc.Text.Length).Bind(13, doc.Sentences.Count).Bind(14, doc.Tokens.Count).Bind(15, MemoryMarshal.AsBytes(spans.AsSpan()))
            .Bind(16, duplicateOf).Bind(17, doc.PublishedInferred?.ToString("yyyy-MM-dd"))
            .Bind(18, doc.PublishedInferred is null ? null : doc.PublishedInferredConfidence).Bind(19, ann)
            .Execute();
        InsertEntities(seq, doc);
        InsertEvents(seq, doc);
        InsertEventSentences(seq, doc.Text, spans, doc.Events.Select(e => e.Sentence));
    }

    // Entity ids already written by this store (most mentions are of entities seen before): skips one statement each.
    // Cleared on rollback, since the rolled-back rows are gone.
    private readonly HashSet<string> _storedEntities = new(StringComparer.Ordinal);

    private void InsertEntities(long seq, Document doc)
    {
        if (doc.Entities.Count == 0) return;
        var entity = Stmt("INSERT OR IGNORE INTO entities(id, name, type, qid, country, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        foreach (var e in doc.Entities)
            if (_storedEntities.Add(e.Id))
                entity.Bind(1, e.Id).Bind(2, e.Name).Bind(3, Output.AnnotationJson.TypeName(e.Type)).Bind(4, e.Qid).Bind(5, e.Country)
                    .Bind(6, e.Lat).Bind(7, e.Lon).Execute();
        var counts = new Dictionary<string, (int Mentions, int FirstStart, int FirstEnd)>();
        foreach (var m in doc.Mentions)
            counts[m.EntityId] = counts.TryGetValue(m.EntityId, out var c) ? (c.Mentions + 1, c.FirstStart, c.FirstEnd) : (1, m.Start, m.End);
        var link = Stmt("INSERT OR IGNORE INTO doc_entities(entity_id, doc_seq, mentions, first_start, first_end) VALUES (?1, ?2, ?3, ?4, ?5)");
        foreach (var (id, c) in counts) link.Bind(1, id).Bind(2, seq).Bind(3, c.Mentions).Bind(4, c.FirstStart).Bind(5, c.FirstEnd).Execute();
    }

    private const string EventInsert = """
        INSERT OR IGNORE INTO events(doc_seq, id, type, mode, cameo, source_id, source_name, source_country, target_id, target_name, target_country,
            location_id, location_name, location_country, date_start, date_end, date_value, date_from_document, quantity, quantity_unit,
            modality, attributed_id, attributed_name, negated, denies, embedded, sentence, start, "end", confidence, rule, event_cluster)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27,
            ?28, ?29, ?30, ?31, ?32)
        """;

    // Only new documents get here (exact copies and re-ingested inputs return earlier), so events are written once per
    // stored document; near-duplicate copies keep their own.
    private void InsertEvents(long seq, Document doc)
    {
        var insert = Stmt(EventInsert);
        foreach (var e in doc.Events)
            insert.Bind(1, seq).Bind(2, e.Id).Bind(3, e.Type).Bind(4, e.Mode).Bind(5, e.Cameo)
                .Bind(6, e.Source?.Id).Bind(7, e.Source?.Name).Bind(8, ActorCountry.Of(e.Source))
                .Bind(9, e.Target?.Id).Bind(10, e.Target?.Name).Bind(11, ActorCountry.Of(e.Target))
                .Bind(12, e.Location?.Id).Bind(13, e.Location?.Name).Bind(14, ActorCountry.Of(e.Location))
                .Bind(15, e.Date?.Start).Bind(16, e.Date?.End).Bind(17, e.Date?.Value).Bind(18, e.Date is { } d ? d.FromDocumentDate ? 1L : 0L : null)
                .Bind(19, e.Quantity).Bind(20, e.QuantityUnit).Bind(21, Output.AnnotationJson.ModalityName(e.Modality))
                .Bind(22, e.AttributedTo?.Id).Bind(23, e.AttributedTo?.Name).Bind(24, e.Negated).Bind(25, e.Denies).Bind(26, e.Embedded)
                .Bind(27, e.Sentence).Bind(28, e.Start).Bind(29, e.End).Bind(30, e.Confidence).Bind(31, e.Rule).Bind(32, e.Cluster)
                .Execute();
    }

    /// <summary>Sets each event's cluster from the stored events of document <paramref name="docId"/> (matched by event id).</summary>
    private void SetStoredClusters(string docId, Document doc)
    {
        if (doc.Events.Count == 0) return;
        var byId = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var r = Cmd("SELECT e.id, e.event_cluster FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE d.id = $id AND e.event_cluster IS NOT NULL",
                   ("$id", docId)).ExecuteReader())
            while (r.Read()) byId[r.GetString(0)] = r.GetInt64(1);
        foreach (var e in doc.Events) e.Cluster = byId.TryGetValue(e.Id, out var c) ? c : null;
    }

    private (int Keys, string Sql) _lshQuery; // built once per band count (fixed by MinHasher), not per document

    /// <summary>The canonical id of the earliest near-duplicate (estimated Jaccard ≥ threshold), or null.</summary>
    private string? FindNearDuplicateCanonical(uint[] sig, long[] keys, out DateOnly? published, out long seq)
    {
        published = null; seq = 0;
        if (_lshQuery.Keys != keys.Length)
            _lshQuery = (keys.Length, "SELECT DISTINCT doc_id FROM lsh WHERE key IN (" + string.Join(",", Enumerable.Range(1, keys.Length).Select(i => "?" + i)) + ")");
        var lsh = Stmt(_lshQuery.Sql);
        for (int i = 0; i < keys.Length; i++) lsh.Bind(i + 1, keys[i]);
        var candidates = new List<string>();
        while (lsh.Read()) candidates.Add(lsh.String(0));
        if (candidates.Count == 0) return null;

        string? best = null;
        var sigs = Stmt("SELECT m.sig, coalesce(d.duplicate_of, d.id) FROM minhash m JOIN documents d ON d.id = m.doc_id WHERE m.doc_id = ?1");
        foreach (var c in candidates)
        {
            if (!sigs.Bind(1, c).Read()) continue;
            bool near = MinHasher.EstimatedJaccard(sig, MemoryMarshal.Cast<byte, uint>(sigs.Blob(0))) >= NearDuplicateThreshold;
            if (near) best = sigs.String(1);
            sigs.Reset();
            if (near) break; // all matches share one canonical copy unless two clusters merge; the first is kept
        }
        if (best is null) return null;
        var dated = Stmt("SELECT published, seq FROM documents WHERE id = ?1").Bind(1, best);
        if (dated.Read())
        {
            published = dated.IsNull(0) ? null : DateOnly.Parse(dated.String(0));
            seq = dated.Int64(1);
            dated.Reset();
        }
        return best;
    }

    // ---- helpers ----

    private static object Db(string? s) => (object?)s ?? DBNull.Value;

    /// <summary>A prepared command cached by its SQL text, bound to the open transaction, parameters (re)set.</summary>
    private SqliteCommand Cmd(string sql, params (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (n, v) in args) cmd.Parameters.Add(new SqliteParameter(n, v ?? DBNull.Value));
            _commands[sql] = cmd;
        }
        else
        {
            foreach (var (n, v) in args) cmd.Parameters[n].Value = v ?? DBNull.Value;
        }
        cmd.Transaction = _tx;
        return cmd;
    }

    /// <summary>A write-path statement, prepared on first use and kept (see <see cref="Statement"/>).</summary>
    private Statement Stmt(string sql)
    {
        if (!_statements.TryGetValue(sql, out var st)) _statements[sql] = st = new Statement(_db, sql);
        return st;
    }

    private void Exec(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _tx;
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _tx;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T));
    }

    public void Dispose()
    {
        Rollback();
        foreach (var c in _commands.Values) c.Dispose();
        _commands.Clear();
        foreach (var st in _statements.Values) st.Dispose();
        _statements.Clear();
        _helper?.Dispose();
        _checkpointer?.Dispose(); // before the writer's connection, whose closing checkpoints the rest and removes the WAL
        _checkpointer = null;
        _db.Dispose();
    }
}
