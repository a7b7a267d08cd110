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
    public sealed record Pass(double Seconds, double CpuSeconds, double Store, double Stories, double Commit);

    public static List<Pass> Run(string jsonl, string work, int passes, int batch, string? keepDb, TextWriter log)
    {
        var raws = InputReader.Read([jsonl], new ReadOptions()).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var docs = new (Document Doc, DocumentSignals Signals)[raws.Count];
        var sw = Stopwatch.StartNew();
        using (var prepare = new SqliteDocumentStore(Path.Combine(work, "prepare.db")))
            Parallel.For(0, raws.Count, i =>
            {
                var doc = DocumentPipeline.Default.Run(raws[i]);
                prepare.Prepare(doc); // pure: depends on the document alone, as on the ingest's workers
                docs[i] = (doc, StoryFeatures.Extract(doc));
            });
        log.WriteLine($"analysed {docs.Length:N0} articles in {sw.Elapsed.TotalSeconds:F1} s; storing them {passes} times …");
        var list = new List<Pass>();
        for (int p = 0; p < passes; p++)
        {
            var path = p == passes - 1 && keepDb is not null ? keepDb : Path.Combine(work, $"writer-{p}.db");
            GC.Collect();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            double store = 0, stories = 0, commit = 0;
            sw.Restart();
            using (var db = new SqliteDocumentStore(path))
            {
                var tracker = StoryTracker.Open(db);
                for (int i = 0; i < docs.Length; i++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    var result = db.Add(docs[i].Doc);
                    long t1 = Stopwatch.GetTimestamp();
                    tracker.OnStored(docs[i].Doc, result, docs[i].Signals);
                    long t2 = Stopwatch.GetTimestamp();
                    store += Stopwatch.GetElapsedTime(t0, t1).TotalSeconds;
                    stories += Stopwatch.GetElapsedTime(t1, t2).TotalSeconds;
                    if ((i + 1) % batch == 0 || i == docs.Length - 1)
                    {
                        tracker.Flush();
                        db.Commit();
                        commit += Stopwatch.GetElapsedTime(t2).TotalSeconds;
                    }
                }
            }
            var pass = new Pass(sw.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds, store, stories, commit);
            list.Add(pass);
            double us(double s) => s * 1e6 / docs.Length;
            log.WriteLine($"pass {p + 1}: {us(pass.Seconds):F0} µs per article (CPU {us(pass.CpuSeconds):F0}): store {us(store):F0}, stories {us(stories):F0}, flush + commit {us(commit):F0}");
        }
        return list;
    }
}
