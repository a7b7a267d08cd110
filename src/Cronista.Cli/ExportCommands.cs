using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cronista.Events;
using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Cli;

/// <summary>
/// <c>cronista export</c>: documents, entities, events (deduplicated, or one row per mention with <c>--mentions</c>) and
/// stories as JSON lines or CSV; events as PLOVER-style JSON lines, CAMEO TSV, or GeoJSON (located events; places with
/// <c>--what entities</c>). Rows are streamed from the database as they are read.
/// </summary>
internal static class ExportCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Export()
    {
        var format = new Option<string>("--format") { Description = "jsonl, csv, plover (PLOVER-style JSON lines), cameo-tsv or geojson", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "plover", "cameo-tsv", "geojson");
        var what = new Option<string>("--what") { Description = "documents, entities, events or stories (plover and cameo-tsv: events; geojson: events or entities)", DefaultValueFactory = _ => "events" };
        what.AcceptOnlyFromAmong("documents", "entities", "events", "stories");
        var mentions = new Option<bool>("--mentions") { Description = "Events: one row per event mention (with its event_cluster) instead of one per deduplicated event" };
        var output = new Option<string>("--out") { Description = "Output file, or - for standard output", DefaultValueFactory = _ => "-" };
        var from = new Option<string?>("--from") { Description = "Documents published / events dated on or after (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Documents published / events dated on or before (YYYY-MM-DD)" };
        var cmd = new Command("export", "Export the database: documents, entities, events (deduplicated) or stories, as JSON lines, CSV, PLOVER, CAMEO TSV or GeoJSON")
            { format, what, mentions, output, from, to, CliApp.DbOption };
        cmd.SetAction(p =>
        {
            string f = p.GetValue(format)!, w = p.GetValue(what)!;
            var (fromDate, toDate) = (CliApp.ParseDate(p.GetValue(from), "--from"), CliApp.ParseDate(p.GetValue(to), "--to"));
            if (fromDate > toDate) throw new UsageException("--from is after --to");
            if (f is "plover" or "cameo-tsv" && w != "events") throw new UsageException($"--format {f} exports events only (--what events)");
            if (f == "geojson" && w is not ("events" or "entities")) throw new UsageException("--format geojson exports located events (--what events) or places (--what entities)");
            if (p.GetValue(mentions) && w != "events") throw new UsageException("--mentions applies to --what events");
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            if (w == "stories" && !store.HasTable("stories"))
                throw new UsageException("this database has no stories (the stories table comes with story clustering)");

            var path = p.GetValue(output)!;
            // A file is written next to its final name and moved there when complete.
            string? temp = path == "-" ? null : path + ".tmp";
            var stream = temp is null ? Console.OpenStandardOutput() : new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            long rows;
            try
            {
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
                {
                    var ctx = new Context(store, writer, fromDate, toDate, p.GetValue(mentions));
                    rows = (f, w) switch
                    {
                        ("jsonl", "documents") => Documents(ctx, csv: false),
                        ("csv", "documents") => Documents(ctx, csv: true),
                        ("jsonl", "entities") => Entities(ctx, csv: false),
                        ("csv", "entities") => Entities(ctx, csv: true),
                        ("jsonl", "stories") => Stories(ctx, csv: false),
                        ("csv", "stories") => Stories(ctx, csv: true),
                        ("geojson", "entities") => Places(ctx),
                        _ => EventRows(ctx, f),
                    };
                }
                if (temp is not null) File.Move(temp, path, overwrite: true);
            }
            catch
            {
                if (temp is not null) File.Delete(temp);
                throw;
            }
            if (temp is not null) Console.Error.WriteLine($"{rows:N0} {(f == "geojson" ? "features" : "rows")} → {path}");
            return CliApp.Ok;
        });
        return cmd;
    }

    private sealed class Context(SqliteDocumentStore store, StreamWriter writer, DateOnly? from, DateOnly? to, bool mentions)
    {
        public SqliteDocumentStore Store { get; } = store;
        public StreamWriter W { get; } = writer;
        public DateOnly? From { get; } = from;
        public DateOnly? To { get; } = to;
        public bool Mentions { get; } = mentions;
        private readonly Dictionary<string, StoredEntity?> _entities = new(StringComparer.Ordinal);

        public StoredEntity? Entity(string? id)
        {
            if (id is null) return null;
            if (!_entities.TryGetValue(id, out var e)) _entities[id] = e = Store.GetEntity(id);
            return e;
        }

        public void Line(object value)
        {
            W.Write(JsonSerializer.Serialize(value, Json));
            W.Write('\n');
        }
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- documents, entities, stories ----

    private static long Documents(Context c, bool csv)
    {
        bool stories = c.Store.HasColumn("documents", "story_id");
        string[] header = ["id", "source", "url", "title", "lang", "published", "published_inferred", "duplicate_of", .. stories ? new[] { "story_id" } : []];
        if (csv) Csv.WriteRow(c.W, header);
        long n = 0;
        foreach (var d in c.Store.EachDocument(c.From, c.To))
        {
            object?[] values = [d.Id, d.Source, d.Url, d.Title, d.Language, Iso(d.Published), Iso(d.PublishedInferred), d.DuplicateOf, .. stories ? new object?[] { d.StoryId } : []];
            if (csv) Csv.WriteRow(c.W, values);
            else c.Line(header.Zip(values).ToDictionary(kv => kv.First, kv => kv.Second));
            n++;
        }
        return n;
    }

    private static long Entities(Context c, bool csv)
    {
        string[] header = ["id", "name", "type", "qid", "country", "lat", "lon", "documents", "mentions"];
        if (csv) Csv.WriteRow(c.W, header);
        long n = 0;
        foreach (var e in c.Store.EachEntity())
        {
            object?[] values = [e.Id, e.Name, e.Type, e.Qid, e.Country, e.Lat, e.Lon, e.Documents, e.Mentions];
            if (csv) Csv.WriteRow(c.W, values);
            else c.Line(header.Zip(values).ToDictionary(kv => kv.First, kv => kv.Second));
            n++;
        }
        return n;
    }

    private static long Stories(Context c, bool csv)
    {
        long n = 0;
        foreach (var row in c.Store.EachRow("stories"))
        {
            if (csv && n == 0) Csv.WriteRow(c.W, row.Select(kv => kv.Key));
            if (csv) Csv.WriteRow(c.W, row.Select(kv => kv.Value is byte[] ? null : kv.Value));
            else c.Line(row.Where(kv => kv.Value is not byte[]).ToDictionary(kv => kv.Key, kv => kv.Value));
            n++;
        }
        return n;
    }

    // ---- events ----

    /// <summary>An exported event: a cluster with its mentions, or one mention.</summary>
    private sealed record Row(
        string EventId, long? Cluster, string Type, string? Mode, StoredEventArgument? Source, StoredEventArgument? Target,
        StoredEventArgument? Location, string? DateStart, string? DateEnd, bool DateFromDocument, string? FirstReported,
        int Mentions, int Sources, IReadOnlyList<string> Languages, IReadOnlyList<string> Modalities, object Claims, string Summary,
        long? DeniesCluster, string? Denies, IReadOnlyList<string> DeniedBy, IReadOnlyList<StoredEvent> Evidence);

    private static IEnumerable<Row> EventSource(Context c)
    {
        if (c.Mentions)
        {
            foreach (var e in c.Store.EachEvent(new EventQuery { From = c.From, To = c.To, IncludeDuplicates = true, Limit = int.MaxValue }))
                yield return new Row($"{e.DocumentId}:{e.Id}", e.Cluster, e.Type, e.Mode, e.Source, e.Target, e.Location, e.DateStart, e.DateEnd,
                    e.DateFromDocument, Iso(e.Published ?? e.PublishedInferred), 1, 1, [e.Language],
                    [AnnotationJson.ModalityName(e.Modality), .. e.Negated ? new[] { "negated" } : []],
                    new[] { new EventClaim(AnnotationJson.ModalityName(e.Modality), e.AttributedTo?.Name) }.Select(x => new { modality = x.Modality, by = x.By }),
                    AnnotationJson.ModalityName(e.Modality) + (e.AttributedTo is { } by ? " by " + by.Name : ""), null, e.Denies, [], [e]);
            yield break;
        }
        // The clusters' mentions are read 256 clusters at a time: one query per cluster made the 27,116 events of ML-Crisis
        // take 8.6 s to export instead of 1.4.
        foreach (var chunk in c.Store.EachEventCluster(new EventClusterQuery { From = c.From, To = c.To, Limit = int.MaxValue }).Chunk(256))
        {
            var mentionsOf = c.Store.ClusterEvents(chunk.Select(k => k.Id).ToList(), 1000);
            foreach (var k in chunk)
                yield return ClusterRow(c, k, mentionsOf[k.Id]);
        }
    }

    /// <summary>A deduplicated event: the cluster, located at its first mention's mapped place (else its first place).</summary>
    private static Row ClusterRow(Context c, StoredEventCluster k, IReadOnlyList<StoredEvent> mentions)
    {
        var location = mentions.Select(m => m.Location).FirstOrDefault(l => l?.Id is not null && c.Entity(l.Id)?.Lat is not null)
                       ?? mentions.Select(m => m.Location).FirstOrDefault(l => l is not null);
        return new Row($"c{k.Id}", k.Id, k.Type, k.Mode, k.Source, k.Target, location, k.DateStart, k.DateEnd, k.DateFromDocument,
            Iso(k.FirstReported), k.Mentions, k.Sources, k.Languages, k.Modalities, k.Claims.Select(x => new { modality = x.Modality, by = x.By }),
            TimelineCommands.ClaimSummary(k), k.DeniesCluster, null, k.DeniedBy, mentions);
    }

    private static long EventRows(Context c, string format)
    {
        long n = 0;
        switch (format)
        {
            case "jsonl":
                foreach (var r in EventSource(c)) { c.Line(JsonRow(c, r)); n++; }
                break;
            case "plover":
                foreach (var r in EventSource(c)) { c.Line(PloverRow(c, r)); n++; }
                break;
            case "csv":
                Csv.WriteRow(c.W, ["event_id", "event_cluster", "date_start", "date_end", "date_from_document", "type", "mode", "cameo",
                    "source_id", "source", "source_country", "target_id", "target", "target_country", "location_id", "location", "lat", "lon",
                    "claims", "mentions", "sources", "languages", "first_reported", "doc_ids", "evidence"]);
                foreach (var r in EventSource(c))
                {
                    var loc = c.Entity(r.Location?.Id);
                    Csv.WriteRow(c.W, [r.EventId, r.Cluster, r.DateStart, r.DateEnd, r.DateFromDocument, r.Type, r.Mode, Cameo(r),
                        r.Source?.Id, r.Source?.Name, r.Source?.Country, r.Target?.Id, r.Target?.Name, r.Target?.Country,
                        r.Location?.Id, r.Location?.Name, loc?.Lat, loc?.Lon, r.Summary, r.Mentions, r.Sources, string.Join(" ", r.Languages), r.FirstReported,
                        string.Join(" ", r.Evidence.Select(e => e.DocumentId).Distinct()),
                        string.Join(" | ", TimelineCommands.EvidencePerLanguage(r.Evidence, 0).Select(e => $"[{e.Language}] {e.Sentence.Trim()}"))]);
                    n++;
                }
                break;
            case "cameo-tsv":
                c.W.Write(string.Join('\t', CameoColumns) + "\n");
                foreach (var r in EventSource(c))
                {
                    if (r.DateStart is null) continue; // CAMEO data sets are dated events
                    var date = DateOnly.ParseExact(r.DateStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var loc = c.Entity(r.Location?.Id);
                    string cameo = Cameo(r), root = cameo.Length >= 2 ? cameo[..2] : cameo;
                    object?[] values =
                    [
                        r.EventId, date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), date.Year, date.Month, date.Day,
                        Code(r.Source), r.Source?.Name, Code(r.Target), r.Target?.Name, cameo, root, QuadClass(root),
                        loc?.Lat, loc?.Lon, r.Location?.Name, r.Location?.Country ?? loc?.Country, r.Mentions, r.Sources,
                        string.Join(",", r.Evidence.Select(e => e.DocumentId).Distinct()),
                    ];
                    c.W.Write(string.Join('\t', values.Select(Tsv)) + "\n");
                    n++;
                }
                break;
            case "geojson":
                c.W.Write("{\"type\":\"FeatureCollection\",\"features\":[");
                foreach (var r in EventSource(c))
                {
                    if (c.Entity(r.Location?.Id) is not { Lat: { } lat, Lon: { } lon } place) continue;
                    c.W.Write(n == 0 ? "\n" : ",\n");
                    c.W.Write(JsonSerializer.Serialize(new
                    {
                        type = "Feature",
                        geometry = new { type = "Point", coordinates = new[] { lon, lat } },
                        properties = new
                        {
                            event_id = r.EventId, event_cluster = r.Cluster, event_date = r.DateStart, event_date_end = r.DateEnd, event_type = r.Type,
                            event_mode = r.Mode, source = r.Source?.Name, source_country = r.Source?.Country, target = r.Target?.Name,
                            target_country = r.Target?.Country, location = place.Name, location_id = place.Id, claims = r.Summary,
                            mentions = r.Mentions, sources = r.Sources, languages = r.Languages,
                        },
                    }, Json));
                    n++;
                }
                c.W.Write("\n]}\n");
                break;
        }
        return n;
    }

    internal static readonly string[] CameoColumns =
    [
        "event_id", "date", "year", "month", "day", "source_code", "source_name", "target_code", "target_name", "cameo_code", "root_code",
        "quad_class", "lat", "lon", "location_name", "country_code", "mentions", "sources", "doc_ids",
    ];

    private static string Cameo(Row r)
    {
        try { return EventOntology.Cameo(r.Type, r.Mode); }
        catch (ArgumentException) { return r.Evidence.FirstOrDefault()?.Cameo ?? ""; }
    }

    /// <summary>CAMEO quad classes by root code: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal
    /// conflict (09–13), 4 material conflict (14–20).</summary>
    internal static int? QuadClass(string root) => int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out int r)
        ? r switch { >= 1 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 13 => 3, >= 14 and <= 20 => 4, _ => null } : null;

    private static string? Code(StoredEventArgument? a) => a is null ? null : a.Country ?? a.Id;

    /// <summary>A TSV field: no quoting (as Phoenix/GDELT files), tabs and line breaks inside text become spaces.</summary>
    private static string Tsv(object? v) => v switch
    {
        null => "",
        string s => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static object? Arg(Context c, StoredEventArgument? a)
    {
        if (a is null) return null;
        var e = c.Entity(a.Id);
        return new { id = a.Id, name = a.Name, country = a.Country ?? e?.Country, lat = e?.Lat, lon = e?.Lon };
    }

    private static object Evidence(StoredEvent e) => new
    {
        doc_id = e.DocumentId, @event = e.Id, lang = e.Language, published = Iso(e.Published ?? e.PublishedInferred), title = e.Title,
        modality = AnnotationJson.ModalityName(e.Modality), attributed_to = e.AttributedTo?.Name, negated = e.Negated, trigger = e.Trigger,
        sentence = e.Sentence.Trim(),
    };

    private static object JsonRow(Context c, Row r) => new
    {
        event_id = r.EventId, event_cluster = r.Cluster, type = r.Type, mode = r.Mode, cameo = Cameo(r),
        source = Arg(c, r.Source), target = Arg(c, r.Target), location = Arg(c, r.Location),
        date = r.DateStart is null ? null : new { start = r.DateStart, end = r.DateEnd, from_document_date = r.DateFromDocument },
        first_reported = r.FirstReported, mentions = r.Mentions, sources = r.Sources, languages = r.Languages, modalities = r.Modalities,
        claims = r.Claims, summary = r.Summary, denies_cluster = r.DeniesCluster, denies = r.Denies, denied_by = r.DeniedBy,
        evidence = r.Evidence.Select(Evidence),
    };

    /// <summary>Field names after the PLOVER/POLECAT event data format (countries are ISO 3166 alpha-2 codes), plus Cronista's
    /// claims (modality, attribution) and evidence.</summary>
    private static object PloverRow(Context c, Row r)
    {
        var loc = c.Entity(r.Location?.Id);
        return new
        {
            event_id = r.EventId, event_cluster = r.Cluster, event_date = r.DateStart, event_date_end = r.DateEnd, date_from_document = r.DateFromDocument,
            event_type = r.Type, event_mode = r.Mode, cameo = Cameo(r),
            source_actor = r.Source?.Name, source_actor_id = r.Source?.Id, source_country = r.Source?.Country ?? c.Entity(r.Source?.Id)?.Country,
            target_actor = r.Target?.Name, target_actor_id = r.Target?.Id, target_country = r.Target?.Country ?? c.Entity(r.Target?.Id)?.Country,
            location = r.Location is null ? null : new { name = r.Location.Name, id = r.Location.Id, country = r.Location.Country ?? loc?.Country, lat = loc?.Lat, lon = loc?.Lon },
            first_reported = r.FirstReported, mentions = r.Mentions, sources = r.Sources, languages = r.Languages,
            modalities = r.Modalities, claims = r.Claims, modality_summary = r.Summary, denies_event_id = r.DeniesCluster is { } d ? $"c{d}" : r.Denies,
            denied_by = r.DeniedBy,
            event_text = r.Evidence.FirstOrDefault()?.Sentence.Trim(),
            doc_ids = r.Evidence.Select(e => e.DocumentId).Distinct(),
            evidence = r.Evidence.Select(Evidence),
        };
    }

    // ---- places ----

    private static long Places(Context c)
    {
        long n = 0;
        c.W.Write("{\"type\":\"FeatureCollection\",\"features\":[");
        foreach (var e in c.Store.EachEntity())
        {
            if (e.Lat is not { } lat || e.Lon is not { } lon) continue;
            c.W.Write(n == 0 ? "\n" : ",\n");
            c.W.Write(JsonSerializer.Serialize(new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { lon, lat } },
                properties = new { id = e.Id, name = e.Name, type = e.Type, qid = e.Qid, country = e.Country, documents = e.Documents, mentions = e.Mentions },
            }, Json));
            n++;
        }
        c.W.Write("\n]}\n");
        return n;
    }
}
