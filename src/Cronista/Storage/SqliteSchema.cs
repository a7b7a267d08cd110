namespace Cronista.Storage;

/// <summary>Schema migrations, applied in order; the applied version is kept in <c>schema_version</c>.</summary>
internal static class SqliteSchema
{
    /// <summary>Marks the migration that adds event clusters: after it, events stored before are clustered (backfill).</summary>
    internal const string EventClustersMarker = "CREATE TABLE event_clusters";

    /// <summary>Marks the migration that adds event sentences: after it, the sentences of events stored before are copied.</summary>
    internal const string EventSentencesMarker = "CREATE TABLE IF NOT EXISTS event_sentences";

    public static readonly string[] Migrations =
    [
        // 1: documents, their sources, near-duplicate index, full-text index.
        """
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,            -- ingest order; also the FTS rowid
            id TEXT NOT NULL UNIQUE,
            content_hash INTEGER NOT NULL UNIQUE,
            source TEXT NOT NULL,               -- first source it was read from
            url TEXT, outlet TEXT, title TEXT,
            text TEXT NOT NULL,
            lang TEXT NOT NULL, lang_confidence REAL NOT NULL,
            published TEXT,                     -- ISO date or NULL
            chars INTEGER NOT NULL, sentences INTEGER NOT NULL, tokens INTEGER NOT NULL,
            sentence_spans BLOB,                -- int32 pairs (start, end) into text
            duplicate_of TEXT                   -- id of the earliest near-duplicate copy, or NULL
        );
        CREATE INDEX documents_lang_published ON documents(lang, published);
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
        CREATE TABLE document_sources (
            doc_id TEXT NOT NULL, source TEXT NOT NULL, input_id TEXT, url TEXT, outlet TEXT, published TEXT,
            PRIMARY KEY (doc_id, source)
        ) WITHOUT ROWID;
        CREATE INDEX document_sources_source ON document_sources(source);
        CREATE TABLE minhash (doc_id TEXT PRIMARY KEY, sig BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE lsh (key INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (key, doc_id)) WITHOUT ROWID;
        -- Terms arrive stemmed, folded, stop-word-free and space-separated (TermAnalyzer), so the plain ascii tokenizer
        -- suffices. Positions are kept (detail=full): phrases and bm25 term frequencies need them.
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='ascii');
        -- Bulk-ingest tuning (measured ~2x insert throughput): larger pages and in-memory hash, lazier segment merging.
        INSERT INTO docs_fts(docs_fts, rank) VALUES ('pgsz', 4000);
        INSERT INTO docs_fts(docs_fts, rank) VALUES ('automerge', 16);
        INSERT INTO docs_fts(docs_fts, rank) VALUES ('crisismerge', 64);
        INSERT INTO docs_fts(docs_fts, rank) VALUES ('hashsize', 67108864);
        -- Index vocabulary, for expanding a query word to the stems of its inflections (see SearchQuery).
        CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs_fts, 'row');
        """,
        // 2: annotations (times, quantities, entity mentions) and the entity index.
        """
        ALTER TABLE documents ADD COLUMN published_inferred TEXT;          -- inferred from the text when published is NULL
        ALTER TABLE documents ADD COLUMN published_inferred_confidence REAL;
        ALTER TABLE documents ADD COLUMN annotations TEXT;                 -- JSON {times, quantities, entities} as analyze prints it (8: a compressed BLOB)
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, qid TEXT, country TEXT, lat REAL, lon REAL
        ) WITHOUT ROWID;
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        -- One row per (entity, document): what search --entity and the entity page read.
        CREATE TABLE doc_entities (
            entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, mentions INTEGER NOT NULL, first_start INTEGER NOT NULL, first_end INTEGER NOT NULL,
            PRIMARY KEY (entity_id, doc_seq)
        ) WITHOUT ROWID;
        """,
        // 3: events, one row per event of a document (the full event, with argument offsets, is also in annotations).
        // Countries are ISO codes ("RU"): an actor filter on country:RU matches an argument whose id is country:RU or whose
        // country is RU (Putin, gov:RU), through the *_country indexes. Dates are ISO days, NULL when the event has none.
        """
        CREATE TABLE events (
            doc_seq INTEGER NOT NULL, id TEXT NOT NULL,
            type TEXT NOT NULL COLLATE NOCASE, mode TEXT, cameo TEXT NOT NULL,
            source_id TEXT, source_name TEXT, source_country TEXT,
            target_id TEXT, target_name TEXT, target_country TEXT,
            location_id TEXT, location_name TEXT, location_country TEXT,
            date_start TEXT, date_end TEXT, date_value TEXT, date_from_document INTEGER,
            quantity REAL, quantity_unit TEXT,
            modality TEXT NOT NULL COLLATE NOCASE, attributed_id TEXT, attributed_name TEXT,
            negated INTEGER NOT NULL, denies TEXT, embedded INTEGER NOT NULL DEFAULT 0,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            confidence REAL NOT NULL, rule TEXT NOT NULL,
            PRIMARY KEY (doc_seq, id)
        ) WITHOUT ROWID;
        CREATE INDEX events_source ON events(source_id, date_start) WHERE source_id IS NOT NULL;
        CREATE INDEX events_target ON events(target_id, date_start) WHERE target_id IS NOT NULL;
        CREATE INDEX events_source_country ON events(source_country, date_start) WHERE source_country IS NOT NULL;
        CREATE INDEX events_target_country ON events(target_country, date_start) WHERE target_country IS NOT NULL;
        CREATE INDEX events_type ON events(type, date_start);
        CREATE INDEX events_date ON events(date_start, date_end);
        """,
        // 4: stories (online cross-lingual clustering, src/Cronista/Stories): one row per story, the story of each document,
        // and the clusterer's running state. An open story keeps its whole in-memory state in `centroid` (NULL once closed),
        // so a later run continues the same stories; `story_state` holds the running document frequencies and the stream clock.
        """
        CREATE TABLE stories (
            id TEXT NOT NULL UNIQUE,            -- "s" + stable hash of its first document's id
            seq INTEGER NOT NULL,               -- creation order
            title TEXT NOT NULL,                -- the title in its most frequent language
            titles TEXT NOT NULL,               -- JSON {lang: {doc_id, title}}: the most central article per language
            first_seen TEXT, last_seen TEXT,    -- ISO dates of its earliest and latest dated documents
            languages TEXT NOT NULL,            -- JSON {lang: documents}
            outlets TEXT NOT NULL,              -- JSON [outlet]
            size INTEGER NOT NULL,              -- documents (near-duplicate copies included)
            open INTEGER NOT NULL,              -- 1 while documents may still join it
            entities TEXT NOT NULL,             -- JSON [[id, weight]]: heaviest entities of the centroid
            events TEXT NOT NULL,               -- JSON [[signature, weight]]: heaviest event signatures
            centroid BLOB                       -- open stories: the clusterer's state of the story
        );
        CREATE INDEX stories_seen ON stories(last_seen, first_seen);
        CREATE INDEX stories_open ON stories(open) WHERE open = 1;
        ALTER TABLE documents ADD COLUMN story_id TEXT;
        CREATE INDEX documents_story ON documents(story_id) WHERE story_id IS NOT NULL;
        CREATE TABLE story_state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        """,
        // 5: event deduplication — event clusters, one row per deduplicated real-world event, and
        // events.event_cluster. Written by the single writer as each document's events are stored (see
        // SqliteDocumentStore.Clusters.cs for the rules). Keys are what participants stand for: the ISO country when known
        // (Putin, gov:RU, country:RU → "RU"), else the entity id. Clusters that may only gather mentions of one document
        // (no date, or no source) have scope_doc set and are not found from other documents.
        """
        CREATE TABLE event_clusters (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL, mode TEXT,
            source_key TEXT, source_id TEXT, source_name TEXT,
            target_key TEXT, target_id TEXT, target_name TEXT,
            symmetric INTEGER NOT NULL DEFAULT 0,         -- participants may be named in either order (meetings, cooperation)
            date_start TEXT, date_end TEXT,               -- ISO days: the most precise date its mentions give
            date_span INTEGER, date_from_document INTEGER, -- days covered; 1 when only document dates stood in
            scope_doc INTEGER,                            -- doc_seq of the one document it may gather mentions from, or NULL
            denies_cluster INTEGER,                       -- for a denial: the cluster of the event it denies
            first_reported TEXT,                          -- earliest publication date (given, else inferred) of a mention
            mentions INTEGER NOT NULL,                    -- event rows
            sources INTEGER NOT NULL,                     -- independent documents (near-duplicate copies count once)
            languages TEXT NOT NULL,                      -- sorted, comma-separated
            modalities TEXT NOT NULL,                     -- sorted, comma-separated modality names (and "negated")
            attributions TEXT NOT NULL                    -- JSON [{"modality", "by"}], distinct, in order seen
        );
        CREATE INDEX event_clusters_match_source ON event_clusters(type, source_key, date_start) WHERE scope_doc IS NULL;
        CREATE INDEX event_clusters_match_target ON event_clusters(type, target_key, date_start) WHERE scope_doc IS NULL;
        CREATE INDEX event_clusters_scope ON event_clusters(scope_doc, type) WHERE scope_doc IS NOT NULL;
        CREATE INDEX event_clusters_denies ON event_clusters(denies_cluster) WHERE denies_cluster IS NOT NULL;
        CREATE INDEX event_clusters_source_date ON event_clusters(source_key, date_start);
        CREATE INDEX event_clusters_target_date ON event_clusters(target_key, date_start);
        CREATE INDEX event_clusters_date ON event_clusters(date_start, date_end);
        ALTER TABLE events ADD COLUMN event_cluster INTEGER;
        CREATE INDEX events_cluster ON events(event_cluster, doc_seq);
        """,
        // 6: indexes for queries over many documents (the web UI and API). A document's columns after `text` (lang,
        // published, duplicate_of, story_id) are reached through the text's overflow pages, so filtering or dating tens of
        // thousands of documents read most of the file; this narrow index answers those lookups by seq without the rows
        // (queries name it with INDEXED BY: the planner prefers the rowid). doc_entities by document: co-occurring entities.
        """
        CREATE INDEX IF NOT EXISTS documents_meta ON documents(seq, lang, duplicate_of, published, published_inferred, story_id);
        CREATE INDEX IF NOT EXISTS doc_entities_doc ON doc_entities(doc_seq);
        """,
        // 7: each event's evidence sentence, stored once per (document, sentence) that has an event: timelines, stories and
        // event lists show it without reading the document's text (a long text is read through many overflow pages).
        // Offsets are the sentence's UTF-16 span in the text (as sentence_spans); only sentences whose span lies inside the
        // text are stored, and a reader falls back to the text when an event's trigger is not inside its sentence.
        """
        CREATE TABLE IF NOT EXISTS event_sentences (
            doc_seq INTEGER NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (doc_seq, sentence)
        ) WITHOUT ROWID;
        """,
        // 8: documents.annotations of new rows is a BLOB: the JSON without item texts and without events' clusters (the event
        // rows have them), zlib-compressed (see StoredAnnotations). Rows written before stay JSON TEXT and are read as they
        // are, so nothing is rewritten; the version tells an older Cronista that it cannot read the new rows.
        "-- no DDL",
        // 9: the event clusterer's candidate indexes carry date_end and denies_cluster, so that the clusters of a key within
        // the 400-day date_start window that end too early (most of them) are passed over in the index, without reading
        // their rows.
        """
        DROP INDEX IF EXISTS event_clusters_match_source;
        DROP INDEX IF EXISTS event_clusters_match_target;
        CREATE INDEX event_clusters_match_source ON event_clusters(type, source_key, date_start, date_end, denies_cluster) WHERE scope_doc IS NULL;
        CREATE INDEX event_clusters_match_target ON event_clusters(type, target_key, date_start, date_end, denies_cluster) WHERE scope_doc IS NULL;
        """,
        // 10: the headline lists show for a document: its title, or its first line, that is not page furniture ("Boutique le
        // Point", "Función de búsqueda" are what many plain-text pages open with), as story clustering chose it with the
        // stream's line statistics; NULL when that is the stored title. documents.title stays what the input gave.
        "ALTER TABLE documents ADD COLUMN headline TEXT;",
        // 11: what the stories' refinement needs of a document as story clustering weighed it during the stream (the raw
        // frequencies of the keys kept, the names behind them; StoryFeatures.SerializeForReweighing), so that refining
        // never analyses a stored text again and an interrupted ingest refines as one run would; none for documents stored
        // before. A table of its own: growing each document's row by ~5 KB made the writer's row updates slower.
        "CREATE TABLE story_features (seq INTEGER PRIMARY KEY, features BLOB NOT NULL);",
        // 12: the query indexes an ingest into a new database dropped, to build them once at its end
        // (SqliteDocumentStore.DeferQueryIndexes): their SQL and the process that dropped them ("pid:start ticks"), so that
        // indexes an ingest killed before its end left dropped are built again when the database is next opened for writing.
        "CREATE TABLE IF NOT EXISTS deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL, owner TEXT NOT NULL);",
    ];
}
