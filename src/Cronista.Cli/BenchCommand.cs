using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Cronista.Cli.Bench;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary>
/// <c>cronista bench</c>: builds a corpus of N articles from a real one (perturbed copies, with some near and exact
/// duplicates), then measures each stage alone (single thread) and the whole ingest end to end into SQLite.
/// </summary>
internal static class BenchCommand
{
    public static Command Bench()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Articles to build the benchmark corpus from (default: ../shared/data/corpus/ml-crisis, else samples/)" };
        var count = new Option<int>("--count") { Description = "Number of articles", DefaultValueFactory = _ => 20_000 };
        var db = new Option<string?>("--db") { Description = "Database for the end-to-end run (default: a temporary file)" };
        var writer = new Option<int>("--writer") { Description = "Only the ingest's writer: analyse the articles once, then store them (with stories) N times into fresh databases" };
        var batch = new Option<int>("--batch-size") { Description = "With --writer: documents per transaction", DefaultValueFactory = _ => 1000 };
        var endToEnd = new Option<bool>("--end-to-end") { Description = "Only the end-to-end run (no single-thread stage rows)" };
        var save = new Option<string?>("--save-corpus") { Description = "Only build the corpus and write it to this JSONL file (e.g. for `ingest` under a memory probe)" };
        var noRefine = new Option<bool>("--no-refine") { Description = "End to end without the stories' refinement that ends an ingest" };
        var maxWords = new Option<int>("--max-words") { Description = "Build the corpus only from the articles of at most N words (ML-Crisis mixes news with long blog posts and analyses: 1,489 words on average; 800 keeps news-length articles)" };
        var cmd = new Command("bench", "Throughput benchmark: articles/s, MB/s and peak memory per stage and end to end") { corpus, count, db, writer, batch, endToEnd, save, noRefine, maxWords, Skips.Option, CliApp.JsonOption };
        cmd.SetAction(p => Run(p.GetValue(corpus), p.GetValue(count), p.GetValue(db), p.GetValue(CliApp.JsonOption), p.GetValue(writer), p.GetValue(batch), p.GetValue(endToEnd), p.GetValue(save), p.GetValue(noRefine), p.GetValue(maxWords),
            Skips.Parse(p.GetValue(Skips.Option))));
        return cmd;
    }

    private sealed record Row(string Stage, long Docs, double Seconds, double Megabytes, double PeakMb, string Threads, double AllocatedBytes = double.NaN)
    {
        /// <summary>Managed memory allocated per article, KB (the phase's thread only; NaN when not measured).</summary>
        public double AllocatedKb => AllocatedBytes / Docs / 1024;
        public double DocsPerSecond => Docs / Seconds;
        public double MbPerSecond => Megabytes / Seconds;
    }

    private static int Run(string? corpusPath, int count, string? dbPath, bool json, int writerPasses, int batchSize, bool endToEndOnly, string? saveCorpus = null, bool noRefine = false, int maxWords = 0, Skips? skips = null)
    {
        skips ??= Skips.None;
        // The stages measured (end to end and alone): the standard ones, or those --skip leaves.
        var pipeline = skips.Events ? skips.Pipeline() : DocumentPipeline.Default;
        if (count < 1) throw new UsageException("--count must be at least 1");
        if (writerPasses < 0 || batchSize < 1) throw new UsageException("--writer must be at least 0 and --batch-size at least 1");
        corpusPath ??= new[] { "../shared/data/corpus/ml-crisis", "samples" }.FirstOrDefault(Directory.Exists)
                       ?? throw new UsageException("no corpus found: pass --corpus DIR");
        var log = Console.Error;
        log.WriteLine($"building a {count:N0}-article corpus from {corpusPath} …");
        var bases = InputReader.Read([corpusPath], new ReadOptions()).Where(i => i.Document is not null).Select(i => i.Document!)
            .Where(d => maxWords <= 0 || Words(d.Text) <= maxWords).ToList();
        if (bases.Count == 0) throw new UsageException($"no articles found in {corpusPath}" + (maxWords > 0 ? $" of at most {maxWords} words" : ""));
        if (saveCorpus is not null)
        {
            CorpusGenerator.WriteJsonl(new CorpusGenerator(bases).Generate(count), saveCorpus);
            log.WriteLine($"{count:N0} articles, {new FileInfo(saveCorpus).Length / 1048576.0:F1} MB → {saveCorpus}");
            return CliApp.Ok;
        }
        var work = Path.Combine(Path.GetTempPath(), $"cronista-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var jsonl = Path.Combine(work, "corpus.jsonl");
        var generator = new CorpusGenerator(bases);
        CorpusGenerator.WriteJsonl(generator.Generate(count), jsonl);
        double inputMb = new FileInfo(jsonl).Length / 1048576.0;
        if (writerPasses > 0)
        {
            try
            {
                var passes = WriterBench.Run(jsonl, work, writerPasses, batchSize, dbPath, log, pipeline, !skips.Stories);
                double Median(Func<WriterBench.Pass, double> f) => passes.Select(f).Order().ElementAt(passes.Count / 2) * 1e6 / count;
                Console.WriteLine($"writer, median of {passes.Count} passes,  µs per article: wall {Median(p => p.Seconds):F0}, process CPU {Median(p => p.CpuSeconds):F0}, writer thread CPU {Median(p => p.WriterCpu):F0}; " +
                                  $"store {Median(p => p.Store):F0}, stories {Median(p => p.Stories):F0}, story rows at commit {Median(p => p.Flush):F0}, commit {Median(p => p.Commit):F0}");
                return CliApp.Ok;
            }
            finally
            {
                try { Directory.Delete(work, true); } catch (IOException) { }
            }
        }
        dbPath ??= Path.Combine(work, "bench.db");
        var rows = new List<Row>();
        DedupCheck? dedup = null;
        double tokensPerArticle = 0;
        try
        {
            // End to end first, in a clean process state, so its peak memory is its own.
            GC.Collect();
            PeakMemory.Reset();
            var gcBefore = (G0: GC.CollectionCount(0), G1: GC.CollectionCount(1), G2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration(),
                            Cpu: Process.GetCurrentProcess().TotalProcessorTime, Allocated: GC.GetTotalAllocatedBytes());
            var sw = Stopwatch.StartNew();
            using (var store = new SqliteDocumentStore(dbPath))
            {
                var stories = skips.StoryOptions(noRefine ? Stories.StoryClusteringOptions.WithoutRefinement : Stories.StoryClusteringOptions.Default);
                long e2eTokens = 0; // the tokens column of an --end-to-end run (the stage rows count them otherwise)
                var runner = new IngestRunner(store, pipeline, new IngestOptions { Stories = stories }) { OnStored = (d, _, _) => e2eTokens += d.Tokens.Count };
                var summary = runner.RunAsync(InputReader.Read([jsonl], new ReadOptions())).GetAwaiter().GetResult();
                tokensPerArticle = summary.Totals.Read == 0 ? 0 : (double)e2eTokens / summary.Totals.Read;
                if (summary.InStreamRefinements.Count > 0)
                    log.WriteLine($"stories refined during the ingest: {(summary.InStreamRefinements.Count == 1 ? "once" : $"{summary.InStreamRefinements.Count} times")} ({summary.InStreamRefinements.Sum(r => r.Elapsed.TotalSeconds):F1} s)");
                if (summary.Refinement is { } r) log.WriteLine($"stories refined at the end: {r.StoriesBefore:N0} → {r.StoriesAfter:N0}");
                if (summary.Totals.Read != count) log.WriteLine($"warning: read {summary.Totals.Read} of {count}");
                dedup = DedupCheck.Of(store, generator.Planted);
            }
            rows.Add(new Row("end to end (read → analyse → SQLite)", count, sw.Elapsed.TotalSeconds, inputMb, PeakMemory.Megabytes, $"{Environment.ProcessorCount}",
                GC.GetTotalAllocatedBytes() - gcBefore.Allocated));
            // Where the end-to-end CPU goes beyond the stages: garbage collections and their pauses (all threads stop).
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - gcBefore.Cpu).TotalSeconds;
            log.WriteLine($"end to end: process CPU {cpu:F1} s ({cpu * 1e6 / count:F0} µs per article, {cpu / sw.Elapsed.TotalSeconds:F2} cores busy); " +
                          $"GCs gen0 {GC.CollectionCount(0) - gcBefore.G0}, gen1 {GC.CollectionCount(1) - gcBefore.G1}, gen2 {GC.CollectionCount(2) - gcBefore.G2}, " +
                          $"paused {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalSeconds:F2} s; allocated {(GC.GetTotalAllocatedBytes() - gcBefore.Allocated) / 1048576.0 / count:F2} MB per article");
            if (endToEndOnly) goto report;

            // Reading alone, then each stage and the store alone on one thread. Documents stream through one at a
            // time (as in a real ingest), so the figures are not distorted by a heap holding the whole corpus.
            PeakMemory.Reset();
            sw.Restart();
            long readDocs = 0, chars = 0;
            foreach (var item in InputReader.Read([jsonl], new ReadOptions()))
                if (item.Document is { } r) { readDocs++; chars += r.Text.Length; }
            rows.Add(new Row("read (JSONL)", readDocs, sw.Elapsed.TotalSeconds, inputMb, PeakMemory.Megabytes, "1"));
            double textMb = chars / 1048576.0; // million characters ≈ MB of UTF-8 for Latin-script text

            var stages = pipeline.Stages;
            var times = new double[stages.Count];
            var allocs = new long[stages.Count];
            long prepareAlloc = 0, storeAlloc = 0, featureAlloc = 0, storyAlloc = 0;
            double storeSeconds = 0;
            long analysed = 0, tokens = 0;
            PeakMemory.Reset();
            double storySeconds = 0, featureSeconds = 0, prepareSeconds = 0;
            using (var store = new SqliteDocumentStore(Path.Combine(work, "store-only.db")))
            {
                bool deferred = store.DeferQueryIndexes(); // as an ingest into a new database does
                var stories = skips.Stories ? null : Stories.StoryTracker.Open(store);
                foreach (var item in InputReader.Read([jsonl], new ReadOptions()))
                {
                    if (item.Document is not { } raw) continue;
                    var doc = new Document(raw);
                    for (int s = 0; s < stages.Count; s++)
                    {
                        long a0 = GC.GetAllocatedBytesForCurrentThread(), t0 = Stopwatch.GetTimestamp();
                        stages[s].Process(doc);
                        times[s] += Stopwatch.GetElapsedTime(t0).TotalSeconds;
                        allocs[s] += GC.GetAllocatedBytesForCurrentThread() - a0;
                    }
                    long a7 = GC.GetAllocatedBytesForCurrentThread(), t7 = Stopwatch.GetTimestamp();
                    store.Prepare(doc);
                    prepareSeconds += Stopwatch.GetElapsedTime(t7).TotalSeconds;
                    long a1 = GC.GetAllocatedBytesForCurrentThread(), t1 = Stopwatch.GetTimestamp();
                    prepareAlloc += a1 - a7;
                    var result = store.Add(doc);
                    tokens += doc.Tokens.Count;
                    storeSeconds += Stopwatch.GetElapsedTime(t1).TotalSeconds;
                    long a6 = GC.GetAllocatedBytesForCurrentThread();
                    storeAlloc += a6 - a1;
                    analysed++;
                    // Stories: features, clustering, the document's story_id and the story rows (flushed per batch).
                    if (stories is not null)
                    {
                        long t6 = Stopwatch.GetTimestamp();
                        var signals = result.Outcome is StoreOutcome.Inserted or StoreOutcome.NearDuplicate ? Stories.StoryFeatures.Extract(doc) : null;
                        featureSeconds += Stopwatch.GetElapsedTime(t6).TotalSeconds;
                        long a3 = GC.GetAllocatedBytesForCurrentThread(), t3 = Stopwatch.GetTimestamp();
                        featureAlloc += a3 - a6;
                        stories.OnStored(doc, result, signals);
                        if (analysed % 1000 == 0) stories.Flush();
                        storySeconds += Stopwatch.GetElapsedTime(t3).TotalSeconds;
                        storyAlloc += GC.GetAllocatedBytesForCurrentThread() - a3;
                    }
                    if (analysed % 1000 == 0)
                    {
                        long t4 = Stopwatch.GetTimestamp();
                        store.Commit();
                        storeSeconds += Stopwatch.GetElapsedTime(t4).TotalSeconds;
                    }
                }
                long t5 = Stopwatch.GetTimestamp();
                stories?.Flush();
                storySeconds += Stopwatch.GetElapsedTime(t5).TotalSeconds;
                long t2 = Stopwatch.GetTimestamp();
                store.Commit();
                if (deferred) store.BuildQueryIndexes();
                storeSeconds += Stopwatch.GetElapsedTime(t2).TotalSeconds;
            }
            double peak = PeakMemory.Megabytes;
            tokensPerArticle = analysed == 0 ? 0 : (double)tokens / analysed;
            for (int s = 0; s < stages.Count; s++) rows.Add(new Row($"  stage: {stages[s].Name}", analysed, times[s], textMb, double.NaN, "1", allocs[s]));
            rows.Add(new Row("analyse (all stages)", analysed, times.Sum(), textMb, double.NaN, "1", allocs.Sum()));
            rows.Add(new Row("store: prepare (with the analysis)", analysed, prepareSeconds, textMb, double.NaN, "1", prepareAlloc));
            rows.Add(new Row("store (SQLite insert + dedup + FTS)", analysed, storeSeconds, textMb, peak, "1", storeAlloc));
            if (!skips.Stories)
            {
                rows.Add(new Row("stories: features (with the analysis)", analysed, featureSeconds, textMb, double.NaN, "1", featureAlloc));
                rows.Add(new Row("stories: clustering + rows (writer)", analysed, storySeconds, textMb, double.NaN, "1", storyAlloc));
            }
            report:;
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                stages = rows.Select(r => new
                {
                    stage = r.Stage.Trim(), docs = r.Docs, seconds = Math.Round(r.Seconds, 3), docs_per_s = Math.Round(r.DocsPerSecond),
                    mb_per_s = Math.Round(r.MbPerSecond, 1), tokens_per_s = Math.Round(r.DocsPerSecond * tokensPerArticle), peak_mb = double.IsNaN(r.PeakMb) ? (double?)null : Math.Round(r.PeakMb), threads = r.Threads,
                    allocated_kb_per_article = double.IsNaN(r.AllocatedKb) ? (double?)null : Math.Round(r.AllocatedKb, 1),
                }),
                dedup = new
                {
                    exact_planted = dedup!.ExactPlanted, exact_found = dedup.ExactFound, near_planted = dedup.NearPlanted, near_found = dedup.NearFound,
                    other_marked = dedup.OtherMarked,
                },
                corpus = new { articles = count, tokens_per_article = Math.Round(tokensPerArticle), built_from = bases.Count, max_words = maxWords > 0 ? maxWords : (int?)null },
            }, JsonOut.Options));
            return CliApp.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "articles", "seconds", "articles/s", "MB/s", "k tokens/s", "peak MB", "threads", "KB alloc/article");
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Stage), r.Docs.ToString("N0"), r.Seconds.ToString("F2"), r.DocsPerSecond.ToString("N0"),
                r.MbPerSecond.ToString("F1"), (r.DocsPerSecond * tokensPerArticle / 1000).ToString("N0"), double.IsNaN(r.PeakMb) ? "" : r.PeakMb.ToString("N0"), r.Threads,
                double.IsNaN(r.AllocatedKb) ? "" : r.AllocatedKb.ToString("N0"));
        AnsiConsole.Write(table);
        Console.WriteLine($"dedup: {dedup!.ExactFound:N0} of {dedup.ExactPlanted:N0} planted exact copies and {dedup.NearFound:N0} of {dedup.NearPlanted:N0} " +
                          $"planted near-duplicates found; {dedup.OtherMarked:N0} other articles marked as copies");
        Console.WriteLine($"corpus: {count:N0} articles, {inputMb:F1} MB JSONL, {tokensPerArticle:N0} tokens per article, built from {bases.Count:N0} articles in {corpusPath}" +
                          (maxWords > 0 ? $" of at most {maxWords:N0} words" : "") + $"; {Environment.ProcessorCount} cores");
        return CliApp.Ok;
    }

    private static int Words(string text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text) { bool w = !char.IsWhiteSpace(c); if (w && !inWord) n++; inWord = w; }
        return n;
    }
}

/// <summary>How many of the generator's planted copies the store recognised (exact: merged into another document;
/// near: marked duplicate_of), and how many other articles it marked as copies.</summary>
internal sealed record DedupCheck(int ExactPlanted, int ExactFound, int NearPlanted, int NearFound, int OtherMarked)
{
    public static DedupCheck Of(SqliteDocumentStore store, IReadOnlyDictionary<string, (bool Exact, string Of)> planted)
    {
        int exactFound = 0, nearFound = 0, other = 0;
        foreach (var (input, doc, duplicateOf) in store.InputOutcomes())
        {
            bool marked = doc != input || duplicateOf is not null;
            if (!planted.TryGetValue(input, out var p)) { if (marked) other++; continue; }
            if (p.Exact && doc != input) exactFound++;
            else if (!p.Exact && marked) nearFound++;
        }
        return new DedupCheck(planted.Values.Count(p => p.Exact), exactFound, planted.Values.Count(p => !p.Exact), nearFound, other);
    }
}

/// <summary>Peak resident memory (Linux VmHWM), resettable through /proc/self/clear_refs.</summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static double Megabytes
    {
        get
        {
            try
            {
                foreach (var line in File.ReadLines("/proc/self/status"))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
            }
            catch (IOException) { }
            return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        }
    }
}
