using System.CommandLine;
using System.Text.Json;
using Cronista.Evaluation;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Stories;
using Cronista.Util;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary><c>cronista stories</c>, <c>cronista story ID</c>, <c>cronista similarity</c> and <c>cronista eval clusters</c>.</summary>
internal static class StoryCommands
{
    public static Command Stories()
    {
        var from = new Option<string?>("--from") { Description = "Stories seen on or after (YYYY-MM-DD; the story's first…last seen overlaps --from … --to)" };
        var to = new Option<string?>("--to") { Description = "Stories seen on or before (YYYY-MM-DD)" };
        var entity = new Option<string?>("--entity") { Description = "Only stories with a document mentioning this entity (id or name)" };
        var lang = new Option<string?>("--lang") { Description = "Only stories with a document in this language" };
        var minSize = new Option<int>("--min-size") { Description = "Only stories of at least this many documents", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Maximum number of stories", DefaultValueFactory = _ => 20 };
        var cmd = new Command("stories", "Stories: articles about the same real-world event, across languages (latest first)")
            { from, to, entity, lang, minSize, limit, CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            if (p.GetValue(limit) is < 1 or > 10_000) throw new UsageException("--limit must be between 1 and 10000");
            var (fromDate, toDate) = (CliApp.ParseDate(p.GetValue(from), "--from"), CliApp.ParseDate(p.GetValue(to), "--to"));
            if (fromDate > toDate) throw new UsageException("--from is after --to");
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            var stories = store.Stories(new StoryQuery
            {
                From = fromDate, To = toDate, EntityId = p.GetValue(entity) is { } e ? QueryCommands.ResolveEntityId(store, e.Trim()) : null,
                Language = p.GetValue(lang)?.ToLowerInvariant(), MinSize = Math.Max(1, p.GetValue(minSize)), Limit = p.GetValue(limit),
            });
            if (p.GetValue(CliApp.JsonOption))
            {
                foreach (var s in stories) Console.WriteLine(JsonSerializer.Serialize(ToJson(s, store), JsonOut.Options));
                return CliApp.Ok;
            }
            if (stories.Count == 0) { Console.Error.WriteLine("no stories"); return CliApp.Ok; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("story", "size", "languages", "first seen", "last seen", "title");
            foreach (var s in stories)
                table.AddRow(Markup.Escape(s.Id), s.Size.ToString(), Markup.Escape(Languages(s)), s.FirstSeen?.ToString("yyyy-MM-dd") ?? "-",
                    s.LastSeen?.ToString("yyyy-MM-dd") ?? "-", Markup.Escape(IngestCommands.Truncate(s.Title, 90)));
            AnsiConsole.Write(table);
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command RefineStories()
    {
        var window = new Option<int?>("--window")
        {
            Description = "Only the stories of the last N documents (at most 2N documents, the most recently joined stories first), as an ingest refines: memory bounded on a large database; 0: every story at once. Default: every story when the database holds at most 40,000 clustered documents, else the last 20,000's",
        };
        var cmd = new Command("refine-stories",
            "Offline refinement of the stored stories: each story split into tight cores with the stream's final statistics, then small stories merged into the one they are most alike (re-analyses the stories' documents; one transaction)")
            { window, EntityCommands.CatalogOption, CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            if (!store.HasTable("stories")) throw new UsageException($"{store.Path} has no stories (ingest first)");
            if (p.GetValue(window) < 0) throw new UsageException("--window must be at least 0");
            // Refining every story at once holds all their documents' features: fine for a corpus, not for a million articles.
            var o = StoryClusteringOptions.Default;
            long clustered = StoredStoryRefinement.Progress(store).Clustered;
            int w = p.GetValue(window) ?? (clustered <= o.RefineMaxWindows * o.RefineWindowDocuments ? 0 : o.RefineWindowDocuments);
            if (p.GetValue(window) is null && w > 0)
                Console.Error.WriteLine($"{clustered:N0} documents: refining the stories of the last {w:N0}, as an ingest does (--window 0 refines every story at once; its memory grows with the database)");
            var pipeline = EntityCommands.PipelineWithCatalog(p.GetValue(EntityCommands.CatalogOption))?.Build();
            var r = StoredStoryRefinement.Run(store, pipeline, window: w,
                progress: Console.IsErrorRedirected ? null : (n, total) => Console.Error.Write($"\ranalysed {n:N0} of {total:N0} documents"));
            if (!Console.IsErrorRedirected) Console.Error.WriteLine();
            if (p.GetValue(CliApp.JsonOption))
                Console.WriteLine(JsonSerializer.Serialize(new { documents = r.Documents, stories_before = r.StoriesBefore, stories_after = r.StoriesAfter, documents_moved = r.DocumentsMoved }, JsonOut.Options));
            else
                Console.WriteLine($"{r.Documents:N0} documents: {r.StoriesBefore:N0} stories → {r.StoriesAfter:N0}, {r.DocumentsMoved:N0} documents moved ({r.Elapsed.TotalSeconds:F1} s) → {store.Path}");
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command Story()
    {
        var id = new Argument<string>("id") { Description = "A story id (as listed by 'cronista stories')" };
        var cmd = new Command("story", "One story: its articles grouped by language, its top entities and its events") { id, CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            var storyId = p.GetValue(id)!.Trim();
            var s = store.GetStory(storyId) ?? throw new UsageException($"no story '{storyId}' (see 'cronista stories')");
            var docs = store.StoryDocuments(s.Id);
            // The story's timeline: the deduplicated events its articles report, by event date, without the vague ones that
            // stay in one article (as the web page shows them); the JSON also lists every mention, the table counts them.
            var timeline = store.EventClusters(new EventClusterQuery { StoryId = s.Id, IncludeDocumentScoped = false, Limit = TimelineRows });
            var evidence = store.ClusterEvents(timeline.Select(c => c.Id).ToList(), 3);
            var mentions = new EventQuery { StoryId = s.Id, Limit = int.MaxValue };
            if (p.GetValue(CliApp.JsonOption))
            {
                var events = store.Events(mentions);
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    story = ToJson(s, store),
                    documents = docs.Select(d => new
                    {
                        id = d.Id, title = d.Title, lang = d.Language, published = d.Published?.ToString("yyyy-MM-dd"),
                        published_inferred = d.PublishedInferred?.ToString("yyyy-MM-dd"), source = d.Source, outlet = d.Outlet, duplicate_of = d.DuplicateOf,
                    }),
                    events = events.Select(e => new
                    {
                        doc_id = e.DocumentId, id = e.Id, type = e.Type, mode = e.Mode, source = e.Source?.Name, target = e.Target?.Name,
                        date = e.DateStart, modality = Output.AnnotationJson.ModalityName(e.Modality), trigger = e.Trigger,
                    }),
                    timeline = timeline.Select(c => TimelineCommands.ToJson(c, evidence[c.Id])),
                }, JsonOut.Options));
                return CliApp.Ok;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Title)}[/]");
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(s.Id)} · {s.Size} documents · {Markup.Escape(Languages(s))} · " +
                                   $"{s.FirstSeen?.ToString("yyyy-MM-dd") ?? "undated"} … {s.LastSeen?.ToString("yyyy-MM-dd") ?? "undated"}{(s.Open ? " · open" : "")}[/]");
            if (s.Outlets.Count > 0) AnsiConsole.MarkupLine($"[grey]outlets: {Markup.Escape(string.Join(", ", s.Outlets))}[/]");
            if (s.Entities.Count > 0)
                AnsiConsole.MarkupLine("entities: " + Markup.Escape(string.Join(", ", s.Entities.Select(e => $"{EntityName(store, e.Id)} ({e.Id})"))));
            foreach (var group in docs.GroupBy(d => d.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                AnsiConsole.MarkupLine($"\n[bold]{Markup.Escape(group.Key)}[/] ({group.Count()})" +
                                       (s.Titles.TryGetValue(group.Key, out var t) ? $" — {Markup.Escape(t.Title)}" : ""));
                foreach (var d in group)
                    AnsiConsole.MarkupLine($"  {Date(d)}  {Markup.Escape(IngestCommands.Truncate(d.Title ?? "(untitled)", 80))}  [grey]{Markup.Escape(d.Id)}" +
                                           $"{(d.DuplicateOf is null ? "" : " copy of " + Markup.Escape(d.DuplicateOf))} · {Markup.Escape(d.Outlet ?? Path.GetFileName(d.Source))}[/]");
            }
            if (timeline.Count > 0)
            {
                AnsiConsole.MarkupLine($"\n[bold]timeline[/] ({(timeline.Count == TimelineRows ? $"the first {TimelineRows} events" : $"{timeline.Count} events")} " +
                                       $"from {store.EventTypeCounts(mentions).Sum(t => t.Count)} mentions; --json lists every mention)");
                foreach (var c in timeline)
                    AnsiConsole.MarkupLine($"  {Markup.Escape(TimelineCommands.DateText(c))}  {Markup.Escape(c.Type + (c.Mode is null ? "" : "/" + c.Mode))}  " +
                                           $"{Markup.Escape(c.Source?.Name ?? "–")} → {Markup.Escape(c.Target?.Name ?? "–")}  " +
                                           $"[grey]{Markup.Escape(TimelineCommands.ClaimSummary(c))} · {c.Sources} source{(c.Sources == 1 ? "" : "s")} · " +
                                           $"{Markup.Escape(string.Join(" ", c.Languages))} · #{c.Id}[/]");
            }
            return CliApp.Ok;
        });
        return cmd;
    }

    private static string Date(StoryDocument d) =>
        d.Published?.ToString("yyyy-MM-dd") ?? (d.PublishedInferred is { } pi ? "~" + pi.ToString("yyyy-MM-dd") : "undated   ");

    private static string Languages(StoredStory s) => string.Join(" ", s.Languages.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value}"));

    private static string EntityName(IDocumentStore store, string id) => store.GetEntity(id)?.Name ?? id;

    private const int TimelineRows = 50;

    private static object ToJson(StoredStory s, IDocumentStore store) => new
    {
        id = s.Id, title = s.Title, size = s.Size, languages = s.Languages, first_seen = s.FirstSeen?.ToString("yyyy-MM-dd"),
        last_seen = s.LastSeen?.ToString("yyyy-MM-dd"), open = s.Open,
        titles = s.Titles.ToDictionary(kv => kv.Key, kv => new { doc_id = kv.Value.DocumentId, title = kv.Value.Title }),
        outlets = s.Outlets,
        entities = s.Entities.Select(e => new { id = e.Id, name = EntityName(store, e.Id), weight = e.Weight }),
        events = s.Events.Select(e => new { signature = e.Signature, weight = e.Weight }),
    };

    // ---- similarity of text pairs ----

    public static Command Similarity()
    {
        var pairs = new Option<string>("--pairs") { Description = "CSV (RFC 4180) with header pair_id,lang1,lang2,text1,text2", Required = true };
        var output = new Option<string>("--out") { Description = "CSV to write: pair_id,similarity", Required = true };
        var components = new Option<bool>("--components") { Description = "Also write the score's parts: entity, event, text, time" };
        var cmd = new Command("similarity", "Story similarity of text pairs (the document-vs-document score story clustering uses)") { pairs, output, components };
        cmd.SetAction(p => RunSimilarity(p.GetValue(pairs)!, p.GetValue(output)!, p.GetValue(components)));
        return cmd;
    }

    private static int RunSimilarity(string pairsPath, string outPath, bool components)
    {
        if (!File.Exists(pairsPath)) throw new UsageException($"no such file: {pairsPath}");
        var rows = new List<(string Id, string Lang1, string Lang2, string Text1, string Text2)>();
        int errors = 0;
        string[]? header = null;
        using (var reader = new StreamReader(pairsPath))
        {
            foreach (var (record, error) in CsvReader.Read(reader))
            {
                if (error is not null) { Console.Error.WriteLine($"error: {pairsPath}:{error.Line}: {error.Message}"); errors++; continue; }
                var f = record!.Fields;
                if (header is null)
                {
                    header = f.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                    if (!header.SequenceEqual(["pair_id", "lang1", "lang2", "text1", "text2"]))
                        throw new UsageException($"{pairsPath}:{record.Line}: expected the header pair_id,lang1,lang2,text1,text2");
                    continue;
                }
                if (f.Count != 5) { Console.Error.WriteLine($"error: {pairsPath}:{record.Line}: expected 5 fields, found {f.Count}"); errors++; continue; }
                if (string.IsNullOrWhiteSpace(f[3]) || string.IsNullOrWhiteSpace(f[4])) { Console.Error.WriteLine($"error: {pairsPath}:{record.Line}: empty text"); errors++; continue; }
                rows.Add((f[0], f[1].Trim().ToLowerInvariant(), f[2].Trim().ToLowerInvariant(), f[3], f[4]));
            }
        }
        if (header is null) throw new UsageException($"{pairsPath}: empty file");
        var scores = PairSimilarity.Score(rows.Select(r => (r.Lang1, r.Text1, r.Lang2, r.Text2)).ToList());
        using (var w = new StreamWriter(outPath))
        {
            static string F(double v) => double.IsNaN(v) ? "" : v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            w.Write(components ? "pair_id,similarity,entity,event,text,time\n" : "pair_id,similarity\n");
            for (int i = 0; i < rows.Count; i++)
            {
                var sc = scores[i];
                w.Write($"{CsvReader.Escape(rows[i].Id)},{F(sc.Score)}");
                w.Write(components ? $",{F(sc.Entity)},{F(sc.Event)},{F(sc.Text)},{F(sc.Time)}\n" : "\n");
            }
        }
        Console.Error.WriteLine($"{rows.Count} pairs scored → {outPath}; {errors} malformed records skipped");
        return errors > 0 ? CliApp.InputErrors : CliApp.Ok;
    }

    // ---- eval clusters ----

    public static Command EvalClusters()
    {
        var dir = new Argument<string>("dir") { Description = "ECB+ folder (<topic>/<t>_<n>ecb.xml and <t>_<n>ecbplus.xml)" };
        var threshold = new Option<double?>("--threshold") { Description = "Join threshold (default: the calibrated one)" };
        var sweep = new Option<bool>("--sweep") { Description = "Calibration: F1 over a grid of thresholds and weights (analysis done once)" };
        var refine = new Option<bool>("--refine") { Description = "Also score the offline refinement of the online stories (split, then small stories merged, with the final statistics); with --sweep, its grid" };
        var errors = new Option<bool>("--errors") { Description = "Also list the predicted clusters that mix gold clusters, and gold clusters split (with --refine: the refined clusters)" };
        var shuffle = new Option<int?>("--shuffle") { Description = "Feed the files in a random order (this seed) instead of by file name: how much the figures owe to the order" };
        var online = new Option<bool>("--online") { Description = "Score the one online pass alone (default: the stories as an ingest leaves them, i.e. the online pass and then the refinement that ends the ingest)" };
        var cmd = new Command("clusters", "Story clustering scored with B-cubed against ECB+ topics (topic × ecb/ecbplus): the stories as 'ingest' leaves them, and the online pass alone") { dir, threshold, sweep, refine, errors, shuffle, online, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(dir)!;
            if (!Directory.Exists(path)) throw new UsageException($"no such directory: {path}");
            var docs = EcbClusterEvaluation.Read(path);
            if (docs.Count == 0) throw new UsageException($"{path}: no *ecb.xml / *ecbplus.xml files");
            if (p.GetValue(shuffle) is { } seed)
            {
                var shuffled = docs.ToArray();
                new Random(seed).Shuffle(shuffled);
                docs = shuffled.ToList();
            }
            var options = StoryClusteringOptions.Default;
            if (p.GetValue(threshold) is { } t) options = options with { JoinThreshold = t };
            var analysed = EcbClusterEvaluation.AnalyseDocuments(docs);
            var signals = analysed.Select(d => StoryFeatures.Extract(d, options)).ToArray();
            var gold = docs.ToDictionary(d => d.Name, d => d.Gold);
            var names = docs.Select(d => d.Name).ToList();
            bool withRefine = p.GetValue(refine);
            // The B-cubed scores of one clustering and its clusters (file → story).
            (BCubedResult Score, Dictionary<string, string> Predicted) Run(StoryClusteringOptions o, bool doRefine)
            {
                if (o.NameGramBoost != options.NameGramBoost || o.NumberWeight != options.NumberWeight || o.MinInferredDateConfidence != options.MinInferredDateConfidence)
                {
                    options = options with { NameGramBoost = o.NameGramBoost, NumberWeight = o.NumberWeight, MinInferredDateConfidence = o.MinInferredDateConfidence };
                    signals = analysed.Select(d => StoryFeatures.Extract(d, options)).ToArray();
                }
                var predicted = EcbClusterEvaluation.Cluster(names, signals, o, doRefine);
                return (BCubed.Score(predicted, gold), predicted);
            }
            if (p.GetValue(sweep) && withRefine)
            {
                // The refinement's grid (the online pass with the defaults): split threshold × merge threshold × merge max size.
                foreach (var st in new[] { 0.14, 0.18, 0.20, 0.22, 0.25 })
                foreach (var mt in new[] { 0.04, 0.06, 0.08, 0.10 })
                foreach (var ms in new[] { 3, 5, 8 })
                {
                    var r = Run(options with { SplitThreshold = st, MergeThreshold = mt, MergeMaxSize = ms }, doRefine: true).Score;
                    Console.WriteLine($"F1 {r.F1:F4} P {r.Precision:F4} R {r.Recall:F4} clusters {r.PredictedClusters}/{r.GoldClusters}  split {st:F2} merge {mt:F2} merge max size {ms}");
                }
                return CliApp.Ok;
            }
            if (p.GetValue(sweep))
            {
                foreach (var (o, r) in Sweep(options).Select(o => (o, Run(o, doRefine: false).Score)).OrderByDescending(x => x.Item2.F1).Take(25))
                    Console.WriteLine($"F1 {r.F1:F4} P {r.Precision:F4} R {r.Recall:F4} clusters {r.PredictedClusters}/{r.GoldClusters}  threshold {o.JoinThreshold:F3} entity {o.EntityWeight:F2} event {o.EventWeight:F2} text {o.TextWeight:F2} stem share {o.SameLanguageStemShare:F2} members {o.StoryMembers} member share {o.MemberShare:F2} idf prior {o.IdfPrior} names {o.NameGramBoost}");
                return CliApp.Ok;
            }
            // What an ingest of these documents does: the online pass, then the refinement.
            // (An ingest of more documents than its window refines the window's stories only; ECB+ fits in it.)
            bool ingestRefines = !p.GetValue(online) && options.RefineWindowDocuments > 0;
            var (onePass, listed) = Run(options, doRefine: false); // --errors lists the refinement's clusters when computed, else these
            BCubedResult? refinedResult = null;
            if (withRefine)
                foreach (var (label, o) in new[]
                {
                    ("split only", options with { MergeMaxSize = 0 }),
                    ("merge only", options with { SplitThreshold = double.NegativeInfinity }),
                    ("split and merge", options), // the defaults: what an ingest does
                })
                {
                    (refinedResult, listed) = Run(o, doRefine: true);
                    var r = refinedResult;
                    Console.WriteLine($"refined, {label} (split threshold {o.SplitThreshold:F2}, merge threshold {o.MergeThreshold:F2}, merge max size {o.MergeMaxSize}): " +
                                      $"precision {r.Precision:F4}, recall {r.Recall:F4}, F1 {r.F1:F4}; {r.PredictedClusters} clusters");
                }
            if (ingestRefines && refinedResult is null)
            {
                (refinedResult, listed) = Run(options, doRefine: true);
            }
            var result = ingestRefines ? refinedResult! : onePass;
            if (p.GetValue(errors))
            {
                foreach (var g in listed.GroupBy(kv => kv.Value).Where(g => g.Select(kv => gold[kv.Key]).Distinct().Count() > 1))
                    Console.Error.WriteLine($"mixed {g.Key}: " + string.Join(", ", g.GroupBy(kv => gold[kv.Key]).Select(x => $"{x.Key}×{x.Count()}")));
                for (int i = 0; i < docs.Count; i++)
                    if (Environment.GetEnvironmentVariable("CRONISTA_DEBUG_DATES") is not null)
                        Console.Error.WriteLine($"date {docs[i].Gold} {docs[i].Name} {analysed[i].PublishedInferred} {analysed[i].PublishedInferredConfidence:F2}");
                foreach (var g in gold.GroupBy(kv => kv.Value).Where(g => g.Select(kv => listed[kv.Key]).Distinct().Count() > 1))
                    Console.Error.WriteLine($"split {g.Key}: " + string.Join(", ", g.GroupBy(kv => listed[kv.Key]).Select(x => x.Count())));
            }
            if (p.GetValue(CliApp.JsonOption))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    documents = result.Items, precision = Math.Round(result.Precision, 4), recall = Math.Round(result.Recall, 4), f1 = Math.Round(result.F1, 4),
                    predicted_clusters = result.PredictedClusters, gold_clusters = result.GoldClusters, threshold = options.JoinThreshold,
                    refined = ingestRefines,
                    online = new { precision = Math.Round(onePass.Precision, 4), recall = Math.Round(onePass.Recall, 4), f1 = Math.Round(onePass.F1, 4), predicted_clusters = onePass.PredictedClusters },
                }, JsonOut.Options));
            else
            {
                if (ingestRefines)
                    Console.WriteLine($"online pass alone: precision {onePass.Precision:F4}, recall {onePass.Recall:F4}, F1 {onePass.F1:F4}; {onePass.PredictedClusters} clusters");
                Console.WriteLine($"B-cubed over {result.Items} documents{(ingestRefines ? ", stories as an ingest leaves them (online pass, then refinement)" : ", online pass")}: " +
                                  $"precision {result.Precision:F4}, recall {result.Recall:F4}, F1 {result.F1:F4}; " +
                                  $"{result.PredictedClusters} predicted clusters, {result.GoldClusters} gold (threshold {options.JoinThreshold:F3})");
            }
            return CliApp.Ok;
        });
        return cmd;
    }

    private static IEnumerable<StoryClusteringOptions> Sweep(StoryClusteringOptions o)
    {
        foreach (var stems in new[] { 0.0, 0.2, 0.4 })
        foreach (var entity in new[] { 0.25, 0.35, 0.5 })
        foreach (var ev in new[] { 0.3, 0.6, 1.0 })
        for (double t = 0.10; t <= 0.20001; t += 0.005)
            yield return o with { SameLanguageStemShare = stems, EntityWeight = entity, TextWeight = 1 - entity,
                EventWeight = ev, JoinThreshold = Math.Round(t, 4) };
    }
}
