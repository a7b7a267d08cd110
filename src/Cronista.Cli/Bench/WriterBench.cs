using System.Diagnostics;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Stories;

namespace Cronista.Cli.Bench;

/// <summary>
/// <c>bench --writer</c>: the ingest's single writer alone. The articles are analysed once, in parallel (with the
/// annotations payload and the story features, as the ingest's workers do), then stored with their stories several
/// times, each pass into a fresh database, committing every <c>batch</c> documents as the ingest does. Without the
/// analysis in the same process and on the other core, the writer's cost is measured with far less noise than end to end.
/// </summary>
internal static class WriterBench
{
    public sealed record Pass(double Seconds, double CpuSeconds, double WriterCpu, double Store, double Stories, double Flush, double Commit);

    public static List<Pass> Run(string jsonl, string work, int passes, int batch, string? keepDb, TextWriter log, DocumentPipeline? pipeline = null, bool clusterStories = true)
    {
        var raws = InputReader.Read([jsonl], new ReadOptions()).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        pipeline ??= DocumentPipeline.Default;
        var docs = new (Document Doc, DocumentSignals? Signals)[raws.Count];
        var sw = Stopwatch.StartNew();
        using (var prepare = new SqliteDocumentStore(Path.Combine(work, "prepare.db")))
            Parallel.For(0, raws.Count, i =>
            {
                var doc = pipeline.Run(raws[i]);
                prepare.Prepare(doc); // pure: depends on the document alone, as on the ingest's workers
                docs[i] = (doc, clusterStories ? StoryFeatures.Extract(doc) : null);
            });
        log.WriteLine($"analysed {docs.Length:N0} articles in {sw.Elapsed.TotalSeconds:F1} s; storing them {passes} times …");
        var list = new List<Pass>();
        for (int p = 0; p < passes; p++)
        {
            var path = p == passes - 1 && keepDb is not null ? keepDb : Path.Combine(work, $"writer-{p}.db");
            GC.Collect();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            double cpuT = ThreadCpu.Seconds();
            double store = 0, stories = 0, flush = 0, commit = 0, commitWall = 0;
            sw.Restart();
            using (var db = new SqliteDocumentStore(path))
            {
                bool deferred = db.DeferQueryIndexes(); // as an ingest into a new database does
                var tracker = clusterStories ? StoryTracker.Open(db) : null;
                for (int i = 0; i < docs.Length; i++)
                {
                    double t0 = ThreadCpu.Seconds();
                    var result = db.Add(docs[i].Doc);
                    double t1 = ThreadCpu.Seconds();
                    tracker?.OnStored(docs[i].Doc, result, docs[i].Signals);
                    double t2 = ThreadCpu.Seconds();
                    store += t1 - t0;
                    stories += t2 - t1;
                    if ((i + 1) % batch == 0 || i == docs.Length - 1)
                    {
                        tracker?.Flush();
                        double t3 = ThreadCpu.Seconds();
                        long w3 = Stopwatch.GetTimestamp();
                        db.Commit();
                        commitWall += Stopwatch.GetElapsedTime(w3).TotalSeconds;
                        flush += t3 - t2;
                        commit += ThreadCpu.Seconds() - t3;
                    }
                }
                double t4 = ThreadCpu.Seconds();
                if (deferred) db.BuildQueryIndexes(); // counted with the commits
                commit += ThreadCpu.Seconds() - t4;
            }
            var pass = new Pass(sw.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds, ThreadCpu.Seconds() - cpuT, store, stories, flush, commit);
            list.Add(pass);
            double us(double s) => s * 1e6 / docs.Length;
            log.WriteLine($"pass {p + 1}: {us(pass.Seconds):F0} µs per article (process CPU {us(pass.CpuSeconds):F0}, writer thread CPU {us(pass.WriterCpu):F0}): store {us(store):F0}, stories {us(stories):F0}, story rows at commit {us(flush):F0}, commit {us(commit):F0} (wall {us(commitWall):F0})");
        }
        return list;
    }
}

/// <summary>The calling thread's CPU time (user + system): unlike a stopwatch, it does not count the time the thread
/// waits for a core, so it stays comparable when other processes load the machine.</summary>
internal static class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds, Nanoseconds; }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec ts);

    /// <summary>Seconds of CPU the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID); 0 where unavailable.</summary>
    public static double Seconds()
    {
        try { return ClockGetTime(3, out var ts) == 0 ? ts.Seconds + ts.Nanoseconds * 1e-9 : 0; }
        catch (DllNotFoundException) { return 0; }
        catch (EntryPointNotFoundException) { return 0; }
    }
}
