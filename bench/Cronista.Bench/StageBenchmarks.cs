using BenchmarkDotNet.Attributes;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Bench;

/// <summary>The two heaviest analysis stages (entities, events) alone, on one thread, over the news-length ML-Crisis articles
/// (it/es/fr, the 919 of at most 800 words, interleaved by language, analysed up to the stage measured; `samples/` when the shared corpus is absent). Both stages
/// clear what they add, so each operation re-runs one stage over every article. Run:
/// dotnet run -c Release --project bench/Cronista.Bench -- --filter '*StageBenchmarks*'</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private List<Document> _docs = [];
    private IDocumentStage _entities = null!, _events = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        var root = dir?.FullName ?? throw new InvalidOperationException("samples/ not found");
        var shared = Path.Combine(root, "..", "shared", "data", "corpus", "ml-crisis");
        var paths = Directory.Exists(shared) ? new[] { "it", "es", "fr" }.Select(l => Path.Combine(shared, l)).ToArray() : [Path.Combine(root, "samples")];
        // Every language in turn (in file order, so the set is the same on every run).
        var perLanguage = paths.Select(p => InputReader.Read([p], new ReadOptions()).Select(i => i.Document).OfType<RawDocument>()
            .Where(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 800).ToList()).ToList();
        var stages = DocumentPipeline.Default.Stages;
        _entities = stages.Single(s => s.Name == "entities");
        _events = stages.Single(s => s.Name == "events");
        int last = stages.ToList().IndexOf(_events);
        for (int k = 0; k < perLanguage.Max(l => l.Count); k++)
            foreach (var list in perLanguage)
                if (k < list.Count)
                {
                    var doc = new Document(list[k]);
                    for (int s = 0; s < last; s++) stages[s].Process(doc);
                    _docs.Add(doc);
                }
    }

    [Benchmark(Description = "entities, 919 articles")]
    public int Entities()
    {
        int n = 0;
        foreach (var d in _docs) { _entities.Process(d); n += d.Mentions.Count; }
        return n;
    }

    [Benchmark(Description = "events, 919 articles")]
    public int Events()
    {
        int n = 0;
        foreach (var d in _docs) { _events.Process(d); n += d.Events.Count; }
        return n;
    }
}
