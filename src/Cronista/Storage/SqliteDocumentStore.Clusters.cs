using System.Globalization;
using System.Text.Json;
using Cronista.Events;
using Cronista.Model;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>
/// Event deduplication (table <c>event_clusters</c>): the same real-world event reported by several articles, in any
/// language, becomes one cluster. Done by the single writer as each document's events are stored, in input order, so it
/// is deterministic and an interrupted run plus a re-run equals one run; re-ingesting stores no events and changes nothing.
/// <para>Rules (an event joins the best existing cluster that passes all of them, else starts one):</para>
/// <list type="bullet">
/// <item>Same PLOVER type; modes must not conflict (equal, or one missing) — except CONSULT, whose modes (visit, host,
/// meet, talks, call) describe one encounter.</item>
/// <item>Participants by what they stand for: the key of an argument is its ISO country when known (Putin, gov:RU and
/// country:RU are all "RU"), else its entity id; descriptions without an entity have none. Same source key, and same
/// target key or a target missing on one side. For reciprocal actions (CONSULT meet/negotiate/call or without mode,
/// AGREE, COOPERATE, ASSAULT/clash) the two participants may be named in either order.</item>
/// <item>Dates overlap or lie within a tolerance that depends on their precision: 1 day for single days, 2 days for
/// ranges up to a week, none for months or years; a date that only fell back to the publication date matches within
/// 3 days. The cluster keeps the most precise date its mentions give (a day beats a week beats a document date beats a
/// month beats a year), and mentions of the same precision may widen it only by that tolerance on each side, so that a
/// daily series of attacks does not chain into one event.</item>
/// <item>Events without a source key or without a date cannot be placed across documents: their cluster gathers mentions
/// of their own document only (<c>scope_doc</c>). Dates longer than 400 days count as no date. Nor can events that say
/// too little to be recognised elsewhere (<see cref="Identifiable"/>): a date longer than a month, or neither a target
/// other than the source nor a date stated to within a week.</item>
/// <item>Denials (an event with <c>Denies</c>, REJECT/deny) stay their own clusters, only joined by denials of the same
/// denied cluster (<c>denies_cluster</c>).</item>
/// </list>
/// Candidates are found through the indexes on (type, source_key, date_start) and (type, target_key, date_start), never by
/// scanning. Among several, the one with the same target wins, then the closest date, then the oldest cluster.
/// </summary>
public sealed partial class SqliteDocumentStore
{
    public const int DocumentDateToleranceDays = 3;
    private const int MaxMatchSpanDays = 400;
    private const int MaxAttributions = 32;

    /// <summary>One event as the clusterer sees it (built from an <see cref="Event"/> or from a stored row).</summary>
    internal sealed record ClusterInput(
        string Id, string Type, string? Mode,
        string? SourceId, string? SourceName, string? SourceCountry,
        string? TargetId, string? TargetName, string? TargetCountry,
        string? DateStart, string? DateEnd, bool FromDocument,
        string Modality, bool Negated, string? AttributedName, string? Denies, string? Sentence = null)
    {
        public static ClusterInput From(Event e, Document doc) => new(
            e.Id, e.Type, e.Mode, e.Source?.Id, e.Source?.Name, ActorCountry.Of(e.Source), e.Target?.Id, e.Target?.Name, ActorCountry.Of(e.Target),
            e.Date?.Start, e.Date?.End, e.Date?.FromDocumentDate ?? false, Output.AnnotationJson.ModalityName(e.Modality), e.Negated,
            e.AttributedTo?.Name, e.Denies,
            e.Sentence >= 0 && e.Sentence < doc.Sentences.Count && doc.Sentences[e.Sentence] is var s && s.End <= doc.Text.Length
                ? doc.Text[s.Start..s.End] : null);
    }

    /// <summary>Whether the two participants of an event may be named in either order.</summary>
    public static bool IsReciprocal(string type, string? mode) => type.ToUpperInvariant() switch
    {
        "CONSULT" => mode is null or "meet" or "negotiate" or "call",
        "AGREE" or "COOPERATE" => true,
        "ASSAULT" => mode == "clash",
        _ => false,
    };

    private static bool ModesAgree(string type, string? a, string? b) =>
        a is null || b is null || a == b || type.Equals("CONSULT", StringComparison.OrdinalIgnoreCase);

    /// <summary>How many days apart two dates of this precision may be and still be the same event.</summary>
    private static int Tolerance(bool fromDocument, int span) => fromDocument ? DocumentDateToleranceDays : span <= 1 ? 1 : span <= 7 ? 2 : 0;

    /// <summary>Lower is more precise: a day, a few days, a week, then a date that fell back to the publication date, then months, years.</summary>
    private static int Precision(bool fromDocument, int span) => fromDocument ? 8 : span;

    private sealed class ClusterRow
    {
        public long Id;
        public required string Type;
        public string? Mode, SourceKey, SourceId, SourceName, TargetKey, TargetId, TargetName, FirstReported;
        public bool Symmetric, FromDocument, IsNew;
        /// <summary>An indexed column (keys, dates) changed: the full UPDATE; else only the counts and lists are written,
        /// which leaves the indexes alone.</summary>
        public bool KeysChanged;
        public DateOnly? Start, End;
        public int Span;
        public long? Scope, DeniesCluster;
        public int Mentions, Sources;
        public SortedSet<string> Languages = new(StringComparer.Ordinal), Modalities = new(StringComparer.Ordinal);
        public List<ClaimRow> Attributions = [];
        // As read: lists are parsed only for the candidate chosen (most candidates are read and passed over).
        public string? RawLanguages, RawModalities, RawAttributions;

        public void ParseLists()
        {
            if (RawLanguages is null) return;
            foreach (var l in SplitList(RawLanguages)) Languages.Add(l);
            foreach (var m in SplitList(RawModalities!)) Modalities.Add(m);
            Attributions = ParseClaims(RawAttributions!).Select(c => new ClaimRow(c.Modality, c.By)).ToList();
            RawLanguages = RawModalities = RawAttributions = null;
        }
    }

    private sealed record ClaimRow(string Modality, string? By);

    private const string ClusterColumns =
        "id, type, mode, source_key, source_id, source_name, target_key, target_id, target_name, symmetric, date_start, date_end, " +
        "date_span, date_from_document, scope_doc, denies_cluster, first_reported, mentions, sources, languages, modalities, attributions";

    /// <summary>
    /// Assigns each event of a document (about to be stored as <paramref name="seq"/>) to a cluster, creating and updating
    /// clusters; returns the cluster id per event, in order. <paramref name="canonicalId"/> is the document's near-duplicate
    /// group (its duplicate_of, else its own id): copies of one wire count once as a source.
    /// </summary>
    private long?[] AssignClusters(long seq, string canonicalId, string language, string? published, IReadOnlyList<ClusterInput> events)
    {
        var result = new long?[events.Count];
        if (events.Count == 0) return result;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < events.Count; i++) index.TryAdd(events[i].Id, i);
        var copies = OtherCopies(seq, canonicalId);
        var counted = new HashSet<long>();
        // Clusters created or changed by this document, written once each at the end (a cluster often gathers several
        // mentions of one article); until then the matching reads them from here rather than from the table.
        var changed = new Dictionary<long, ClusterRow>();
        // Denials last: they record the cluster of the event they deny, which may come later in the text.
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                int denied = e.Denies is { } d && index.TryGetValue(d, out var di) && di != i ? di : -1;
                if ((denied >= 0) != (pass == 1)) continue;
                result[i] = Place(seq, language, published, e, denied >= 0 ? result[denied] : null, copies, counted, changed);
            }
        foreach (var row in changed.Values) SaveCluster(row);
        return result;
    }

    // The id the next new cluster gets (as SQLite would give it: max + 1); read on first use and again after a rollback.
    private long? _nextClusterId;

    private long NewClusterId()
    {
        long id = _nextClusterId ??= Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM event_clusters");
        _nextClusterId = id + 1;
        return id;
    }

    /// <summary>The stored documents of a near-duplicate group other than <paramref name="seq"/> (usually none), as JSON for json_each.</summary>
    private string? OtherCopies(long seq, string canonicalId)
    {
        var seqs = new List<long>();
        using (var r = Cmd("SELECT seq FROM documents WHERE id = $c AND seq <> $seq UNION SELECT seq FROM documents WHERE duplicate_of = $c AND seq <> $seq",
                   ("$c", canonicalId), ("$seq", seq)).ExecuteReader())
            while (r.Read()) seqs.Add(r.GetInt64(0));
        return seqs.Count == 0 ? null : "[" + string.Join(",", seqs) + "]";
    }

    private long Place(long seq, string language, string? published, ClusterInput e, long? deniedCluster, string? copies, HashSet<long> counted,
                       Dictionary<long, ClusterRow> changed)
    {
        string? sk = e.SourceCountry ?? e.SourceId, tk = e.TargetCountry ?? e.TargetId;
        string? sid = e.SourceId, sname = e.SourceName, tid = e.TargetId, tname = e.TargetName;
        bool reciprocal = IsReciprocal(e.Type, e.Mode);
        // "the meeting with Kim": for a reciprocal action the one participant named is as good a source.
        if (sk is null && tk is not null && reciprocal) { (sk, tk, sid, sname, tid, tname) = (tk, null, tid, tname, null, null); }
        DateOnly? start = null, end = null;
        int span = 0;
        if (e.DateStart is { } ds && e.DateEnd is { } de
            && DateOnly.TryParseExact(ds, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s)
            && DateOnly.TryParseExact(de, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var en) && s <= en)
        {
            span = en.DayNumber - s.DayNumber + 1;
            if (span <= MaxMatchSpanDays) (start, end) = (s, en);
            else span = 0;
        }
        bool fromDoc = start is not null && e.FromDocument;
        // A denial is recognised by the event it denies. A mention too vague to be recognised elsewhere may still join
        // an event other articles identified when its source is one person or organisation ("la visita di Putin", dated
        // by the article, joins Putin's visit to North Korea on the 18th), but starts no event other articles could join.
        bool identifiable = sk is not null && start is not null && (deniedCluster is not null || Identifiable(sk, tk, fromDoc, span));
        bool joinsOnly = !identifiable && sk is not null && start is not null && span <= 7 && IsSpecificActor(sid);
        bool scoped = !identifiable;

        // A document-scoped cluster only gathers mentions of its own document, so it can only be one this document made.
        IEnumerable<ClusterRow> candidates = changed.Values.Where(c => c.Scope == seq && c.Type == e.Type && c.DeniesCluster == deniedCluster);
        if (identifiable || joinsOnly)
        {
            var placed = LoadClusters(e.Type, sk!, start!.Value, end!.Value, deniedCluster, changed);
            candidates = identifiable ? placed : placed.Concat(candidates);
        }
        ClusterRow? best = null;
        (int, int, long) bestRank = default;
        foreach (var c in candidates)
        {
            if (!ModesAgree(e.Type, c.Mode, e.Mode)) continue;
            bool direct = c.SourceKey == sk && (c.TargetKey == tk || c.TargetKey is null || tk is null);
            bool swapped = !direct && sk is not null && (reciprocal || c.Symmetric) && c.TargetKey == sk && (c.SourceKey == tk || tk is null);
            if (!direct && !swapped) continue;
            if (!DatesAgree(c, start, end, fromDoc, span, out int gap)) continue;
            bool sameTarget = direct ? c.TargetKey == tk : c.SourceKey == tk;
            var rank = (sameTarget ? 0 : 1, gap, c.Id);
            if (best is null || rank.CompareTo(bestRank) < 0) (best, bestRank) = (c, rank);
        }

        var row = best ?? new ClusterRow
        {
            Type = e.Type, Mode = e.Mode, SourceKey = sk, SourceId = sid, SourceName = sname, TargetKey = tk, TargetId = tid, TargetName = tname,
            Symmetric = reciprocal, Start = start, End = end, Span = span, FromDocument = fromDoc, Scope = scoped ? seq : null,
            DeniesCluster = deniedCluster, IsNew = true, Id = NewClusterId(),
        };
        if (best is not null)
        {
            row.ParseLists();
            row.Mode ??= e.Mode;
            row.Symmetric |= reciprocal;
            bool direct = row.SourceKey == sk;
            if (direct && row.TargetKey is null && tk is not null) { (row.TargetKey, row.TargetId, row.TargetName) = (tk, tid, tname); row.KeysChanged = true; }
            if (row.SourceId is null && direct && sid is not null) { (row.SourceId, row.SourceName) = (sid, sname); row.KeysChanged = true; }
            if (start is not null)
            {
                int had = Precision(row.FromDocument, row.Span), has = Precision(fromDoc, span);
                var before = (row.Start, row.End, row.Span, row.FromDocument);
                if (row.Start is null || has < had) (row.Start, row.End, row.Span, row.FromDocument) = (start, end, span, fromDoc);
                else if (has == had) (row.Start, row.End) = (Min(row.Start.Value, start.Value), Max(row.End!.Value, end!.Value));
                // The precision (span, document date) decides later matches too: it is written with the dates.
                if ((row.Start, row.End, row.Span, row.FromDocument) != before) row.KeysChanged = true;
            }
        }
        row.Mentions++;
        if (best is null || counted.Add(row.Id))
        {
            // A document counts once; a near-duplicate copy of a document already counted does not count again, nor does
            // a document that tells it in a sentence another one of the cluster has word for word (a wire's sentence or a
            // line of page furniture copied into several articles).
            if (best is null
                || ((copies is null
                     || Cmd("SELECT 1 FROM events WHERE event_cluster = $c AND doc_seq IN (SELECT value FROM json_each($seqs)) LIMIT 1",
                            ("$c", row.Id), ("$seqs", copies)).ExecuteScalar() is null)
                    && (e.Sentence is null || !HasEventSentences
                        || Stmt("SELECT 1 FROM events e JOIN event_sentences s ON s.doc_seq = e.doc_seq AND s.sentence = e.sentence " +
                                "WHERE e.event_cluster = ?1 AND s.text = ?2 LIMIT 1").Bind(1, row.Id).Bind(2, e.Sentence).Exists() is false)))
                row.Sources++;
        }
        row.Languages.Add(language);
        row.Modalities.Add(e.Modality);
        if (e.Negated) row.Modalities.Add("negated");
        var claim = new ClaimRow(e.Modality, e.AttributedName);
        if (row.Attributions.Count < MaxAttributions && !row.Attributions.Contains(claim)) row.Attributions.Add(claim);
        if (published is not null && (row.FirstReported is null || string.CompareOrdinal(published, row.FirstReported) < 0)) row.FirstReported = published;
        changed[row.Id] = row;
        counted.Add(row.Id);
        return row.Id;
    }

    /// <summary>
    /// Whether an event says enough to be recognised in another article: besides its type and a source, a date of a month
    /// at most and either a target other than the source or a date the text states to within a week. "Syria attacked" or
    /// "Gaddafi expelled" dated only by the article's publication, "the US supported Mubarak" (a year), "Russia agreed" in
    /// the past match every other mention of their type and actor in those days: gathered across articles, they counted
    /// unrelated reports as sources of one event (read on ML-Crisis, docs/QUALITY.md). They stay events of their article.
    /// </summary>
    internal static bool Identifiable(string? sourceKey, string? targetKey, bool fromDocument, int span)
    {
        if (sourceKey is null || span is <= 0 or > 31) return false;
        if (targetKey is not null && targetKey != sourceKey) return true;
        return span <= 7 && !fromDocument;
    }

    /// <summary>One person or organisation (catalogued or named in the text), as opposed to a country, a government, a
    /// place or a description.</summary>
    private static bool IsSpecificActor(string? id) =>
        id is not null && (id.StartsWith("person:", StringComparison.Ordinal) || id.StartsWith("org:", StringComparison.Ordinal)
                           || id.StartsWith("office:", StringComparison.Ordinal) || id.StartsWith("name:per:", StringComparison.Ordinal)
                           || id.StartsWith("name:org:", StringComparison.Ordinal));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static bool DatesAgree(ClusterRow c, DateOnly? start, DateOnly? end, bool fromDoc, int span, out int gap)
    {
        gap = 0;
        if (c.Start is null || start is null) return c.Start is null && start is null;
        gap = Math.Max(0, Max(start.Value, c.Start.Value).DayNumber - Min(end!.Value, c.End!.Value).DayNumber);
        int tolerance = Math.Max(Tolerance(c.FromDocument, c.Span), Tolerance(fromDoc, span));
        if (gap > tolerance) return false;
        // Same precision: the union may not outgrow one date of that precision by more than the tolerance on each side.
        if (Precision(c.FromDocument, c.Span) == Precision(fromDoc, span))
        {
            int union = Max(end.Value, c.End.Value).DayNumber - Min(start.Value, c.Start.Value).DayNumber + 1;
            if (union > (fromDoc ? 1 : span) + 2 * Tolerance(fromDoc, span)) return false;
        }
        return true;
    }

    /// <summary>Clusters that may match a dated event with a source key, through the (type, key, date_start) indexes:
    /// the key as source, or as target (reciprocal actions), with a date window wide enough for any tolerance. Clusters
    /// this document changed are taken from <paramref name="changed"/> (their rows are not written yet).</summary>
    private List<ClusterRow> LoadClusters(string type, string key, DateOnly start, DateOnly end, long? deniedCluster, Dictionary<long, ClusterRow> changed)
    {
        DateOnly windowLo = start.AddDays(-DocumentDateToleranceDays - MaxMatchSpanDays), windowFrom = start.AddDays(-DocumentDateToleranceDays),
            windowHi = end.AddDays(DocumentDateToleranceDays);
        // Two index range scans; UNION ALL (a cluster whose source and target keys are equal comes twice) and no temp B-tree.
        const string where = "type = ?1 AND scope_doc IS NULL AND denies_cluster IS ?3 AND date_start BETWEEN ?4 AND ?5 AND date_end >= ?6";
        var query = Stmt($"SELECT {ClusterColumns} FROM event_clusters WHERE source_key = ?2 AND {where} " +
                         $"UNION ALL SELECT {ClusterColumns} FROM event_clusters WHERE target_key = ?2 AND {where}")
            .Bind(1, type).Bind(2, key).Bind(3, deniedCluster).Bind(4, Iso(windowLo)).Bind(5, Iso(windowHi)).Bind(6, Iso(windowFrom));
        var list = new List<ClusterRow>();
        var seen = new HashSet<long>();
        while (query.Read())
        {
            long id = query.Int64(0);
            if (!changed.ContainsKey(id) && seen.Add(id)) list.Add(ReadClusterRow(query));
        }
        foreach (var c in changed.Values)
            if (c.Scope is null && c.Type == type && c.DeniesCluster == deniedCluster && (c.SourceKey == key || c.TargetKey == key)
                && c.Start >= windowLo && c.Start <= windowHi && c.End >= windowFrom)
                list.Add(c);
        return list;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ClusterRow ReadClusterRow(Statement r)
    {
        var row = new ClusterRow
        {
            Id = r.Int64(0), Type = r.String(1), Mode = r.StringOrNull(2), SourceKey = r.StringOrNull(3), SourceId = r.StringOrNull(4),
            SourceName = r.StringOrNull(5), TargetKey = r.StringOrNull(6), TargetId = r.StringOrNull(7), TargetName = r.StringOrNull(8),
            Symmetric = r.Int64(9) != 0, Start = Date(r.StringOrNull(10)), End = Date(r.StringOrNull(11)),
            Span = r.IsNull(12) ? 0 : (int)r.Int64(12), FromDocument = !r.IsNull(13) && r.Int64(13) != 0,
            Scope = r.IsNull(14) ? null : r.Int64(14), DeniesCluster = r.IsNull(15) ? null : r.Int64(15),
            FirstReported = r.StringOrNull(16), Mentions = (int)r.Int64(17), Sources = (int)r.Int64(18),
        };
        (row.RawLanguages, row.RawModalities, row.RawAttributions) = (r.String(19), r.String(20), r.String(21));
        return row;
    }

    internal static string[] SplitList(string s) => s.Length == 0 ? [] : s.Split(',');

    internal static List<EventClaim> ParseClaims(string json)
    {
        var list = new List<EventClaim>();
        using var doc = JsonDocument.Parse(json);
        foreach (var el in doc.RootElement.EnumerateArray())
            list.Add(new EventClaim(el.GetProperty("modality").GetString()!, el.TryGetProperty("by", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString() : null));
        return list;
    }

    private static string ClaimsJson(List<ClaimRow> claims)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var c in claims)
            {
                w.WriteStartObject();
                w.WriteString("modality", c.Modality);
                if (c.By is null) w.WriteNull("by"); else w.WriteString("by", c.By);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void SaveCluster(ClusterRow c)
    {
        if (!c.IsNew && !c.KeysChanged)
        {
            // Only counts and lists changed: this UPDATE leaves the indexes alone.
            Stmt("""
                UPDATE event_clusters SET mode = ?1, symmetric = ?2, first_reported = ?3, mentions = ?4, sources = ?5,
                    languages = ?6, modalities = ?7, attributions = ?8
                WHERE id = ?9
                """).Bind(1, c.Mode).Bind(2, c.Symmetric).Bind(3, c.FirstReported).Bind(4, c.Mentions).Bind(5, c.Sources)
                .Bind(6, string.Join(",", c.Languages)).Bind(7, string.Join(",", c.Modalities)).Bind(8, ClaimsJson(c.Attributions)).Bind(9, c.Id)
                .Execute();
            return;
        }
        var cmd = c.IsNew
            ? Stmt("""
                INSERT INTO event_clusters(type, mode, source_key, source_id, source_name, target_key, target_id, target_name, symmetric,
                    date_start, date_end, date_span, date_from_document, scope_doc, denies_cluster, first_reported, mentions, sources,
                    languages, modalities, attributions, id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)
                """)
            : Stmt("""
                UPDATE event_clusters SET type = ?1, mode = ?2, source_key = ?3, source_id = ?4, source_name = ?5, target_key = ?6,
                    target_id = ?7, target_name = ?8, symmetric = ?9, date_start = ?10, date_end = ?11, date_span = ?12,
                    date_from_document = ?13, scope_doc = ?14, denies_cluster = ?15, first_reported = ?16, mentions = ?17, sources = ?18,
                    languages = ?19, modalities = ?20, attributions = ?21
                WHERE id = ?22
                """);
        cmd.Bind(1, c.Type).Bind(2, c.Mode).Bind(3, c.SourceKey).Bind(4, c.SourceId).Bind(5, c.SourceName)
            .Bind(6, c.TargetKey).Bind(7, c.TargetId).Bind(8, c.TargetName).Bind(9, c.Symmetric)
            .Bind(10, c.Start is { } s ? Iso(s) : null).Bind(11, c.End is { } e ? Iso(e) : null).Bind(12, c.Start is null ? null : (long?)c.Span)
            .Bind(13, c.Start is null ? null : c.FromDocument ? 1L : 0L).Bind(14, c.Scope).Bind(15, c.DeniesCluster).Bind(16, c.FirstReported)
            .Bind(17, c.Mentions).Bind(18, c.Sources).Bind(19, string.Join(",", c.Languages)).Bind(20, string.Join(",", c.Modalities))
            .Bind(21, ClaimsJson(c.Attributions)).Bind(22, c.Id)
            .Execute();
        c.IsNew = c.KeysChanged = false;
    }

    /// <summary>
    /// Clusters the events of a database migrated from before event clusters existed: documents in ingest order, as an
    /// ingest would have. Runs once, inside the migration's transaction.
    /// </summary>
    private void BackfillClusters()
    {
        var docs = new List<(long Seq, string Canonical, string Lang, string? Published)>();
        using (var r = Cmd("SELECT seq, coalesce(duplicate_of, id), lang, coalesce(published, published_inferred) FROM documents " +
                           "WHERE seq IN (SELECT DISTINCT doc_seq FROM events) ORDER BY seq").ExecuteReader())
            while (r.Read()) docs.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        foreach (var (seq, canonical, lang, published) in docs)
        {
            var events = new List<ClusterInput>();
            using (var r = Cmd("""
                       SELECT id, type, mode, source_id, source_name, source_country, target_id, target_name, target_country,
                              date_start, date_end, date_from_document, modality, negated, attributed_name, denies
                       FROM events WHERE doc_seq = $seq ORDER BY start, id
                       """, ("$seq", seq)).ExecuteReader())
                while (r.Read())
                {
                    string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                    events.Add(new ClusterInput(r.GetString(0), r.GetString(1), S(2), S(3), S(4), S(5), S(6), S(7), S(8), S(9), S(10),
                        !r.IsDBNull(11) && r.GetInt64(11) != 0, r.GetString(12), r.GetInt64(13) != 0, S(14), S(15)));
                }
            var clusters = AssignClusters(seq, canonical, lang, published, events);
            var set = Cmd("UPDATE events SET event_cluster = $c WHERE doc_seq = $seq AND id = $id", ("$c", 0L), ("$seq", seq), ("$id", ""));
            for (int i = 0; i < events.Count; i++)
            {
                set.Parameters["$c"].Value = (object?)clusters[i] ?? DBNull.Value;
                set.Parameters["$id"].Value = events[i].Id;
                set.ExecuteNonQuery();
            }
        }
    }
}
