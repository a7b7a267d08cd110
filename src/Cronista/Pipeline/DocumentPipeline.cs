using Cronista.Model;

namespace Cronista.Pipeline;

/// <summary>An ordered list of stages run over each document (in the spirit of spaCy's Language pipeline).</summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IReadOnlyList<IDocumentStage> stages) => Stages = stages;

    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>The standard analysis: normalize → language → tokens → sentences → times → quantities → entities → events → search terms → fingerprints.</summary>
    public static DocumentPipeline Default { get; } = CreateBuilder().Build();

    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new NormalizeStage())
        .Add(new LanguageStage())
        .Add(new TokenizeStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Add(new Numbers.QuantityStage())
        .Add(new Entities.EntityStage())
        .Add(new Events.EventStage())
        .Add(new SearchTermsStage())
        .Add(new FingerprintStage());

    /// <summary>
    /// Loads every stage's models and tables at once, one thread per stage, and returns when all are loaded (the language
    /// model and the entity catalogue take a few hundred milliseconds each; loaded by the first document they load one
    /// after the other while the other cores wait). Documents analysed meanwhile wait for what they need. Threads of
    /// their own, not the pool's: analyses waiting for a model hold pool threads. A failing load is left to the first
    /// document, which meets the same failure and reports it. Only the first call loads; later ones return at once.
    /// </summary>
    public void Preload()
    {
        if (Interlocked.Exchange(ref _preloaded, 1) == 1) return;
        var threads = Stages.Select(stage => new Thread(() =>
        {
            try { stage.Preload(); }
            catch (Exception) { }
        }) { IsBackground = true, Name = "preload " + stage.Name }).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
    }

    private int _preloaded;

    /// <summary><see cref="Preload"/> on a background thread: returns at once.</summary>
    public void StartPreload() => new Thread(Preload) { IsBackground = true, Name = "preload" }.Start();

    public Document Run(RawDocument raw)
    {
        var doc = new Document(raw);
        foreach (var stage in Stages)
        {
            if (!stage.Annotates) { stage.Process(doc); continue; }
            try { stage.Process(doc); }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A fault in one annotating stage must not lose the article: it is stored without that stage's output.
                stage.Discard(doc);
                doc.Warnings.Add(new InputDiagnostic(Severity.Warning, raw.Source, null,
                    $"the {stage.Name} stage failed ({ex.GetType().Name}{Where(ex)}: {ex.Message}); the document is kept without its {stage.Name}"));
            }
        }
        return doc;
    }

    /// <summary>" in Type.Method" of our innermost method on the stack (not the runtime's throw helper), for the bug report.</summary>
    private static string Where(Exception ex) =>
        new System.Diagnostics.StackTrace(ex).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Cronista") == true) is { } m
            ? $" in {m.DeclaringType!.Name}.{m.Name}" : "";
}

/// <summary>Builds a pipeline: add, insert, replace or remove stages without touching the others.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = new();

    public PipelineBuilder Add(IDocumentStage stage) { _stages.Add(stage); return this; }

    public PipelineBuilder InsertAfter<T>(IDocumentStage stage) where T : IDocumentStage
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new InvalidOperationException($"No stage of type {typeof(T).Name}");
        _stages.Insert(i + 1, stage);
        return this;
    }

    public PipelineBuilder Replace<T>(IDocumentStage stage) where T : IDocumentStage
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new InvalidOperationException($"No stage of type {typeof(T).Name}");
        _stages[i] = stage;
        return this;
    }

    public PipelineBuilder Remove<T>() where T : IDocumentStage { _stages.RemoveAll(s => s is T); return this; }

    public DocumentPipeline Build() => new(_stages.ToArray());
}
