using Cronista.Entities;
using Cronista.Events;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;

namespace Cronista.Tests.Ingest;

/// <summary>A fault in a stage that only annotates (times, quantities, entities, events) keeps the article, without that
/// stage's output and with a warning that names the stage; a fault in a stage the document needs still rejects it.</summary>
public class StageFailureTests
{
    private const string Text = "Vladimir Putin è arrivato a Pyongyang martedì per una visita di Stato con 200 funzionari.";

    /// <summary>Adds an event, then fails: what the stage left behind must go.</summary>
    private sealed class BrokenEvents : IDocumentStage
    {
        public string Name => "events";
        public bool Annotates => true;
        public void Process(Document doc)
        {
            doc.Events.Add(new Event { Id = "e1", Type = "CONSULT", Cameo = "04", Sentence = 0, Start = 0, End = 5, Rule = "test" });
            throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
        }
        public void Discard(Document doc) => doc.Events.Clear();
    }

    private sealed class BrokenEssential : IDocumentStage
    {
        public string Name => "essential";
        public void Process(Document doc) => throw new InvalidOperationException("broken");
    }

    private static RawDocument Raw(string source) => new() { Id = source, Source = source, Text = Text, Language = "it", Published = new DateOnly(2024, 6, 18) };

    [Fact]
    public void AFailingAnnotatingStageKeepsTheDocumentWithoutItsOutput()
    {
        var pipeline = DocumentPipeline.CreateBuilder().Replace<EventStage>(new BrokenEvents()).Build();
        var doc = pipeline.Run(Raw("a.txt"));
        Assert.Empty(doc.Events);
        Assert.Contains(doc.Entities, e => e.Name == "Pyongyang"); // the stages before it kept their output
        Assert.NotNull(doc.SearchTerms);                            // and the stages after it ran
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("a.txt", warning.Source);
        Assert.Contains("events stage failed", warning.Message);
        Assert.Contains("IndexOutOfRangeException", warning.Message);
    }

    [Fact]
    public async Task IngestStoresTheDocumentAndReportsTheStage()
    {
        using var tmp = new TempDir();
        using var store = new SqliteDocumentStore(tmp.Combine("a.db"));
        var pipeline = DocumentPipeline.CreateBuilder().Replace<EventStage>(new BrokenEvents()).Build();
        var summary = await new IngestRunner(store, pipeline).RunAsync([ReadItem.Of(Raw("a.txt")), ReadItem.Of(Raw("b.txt") with { Text = "Kim Jong-un ha incontrato Putin a Mosca." })]);
        Assert.Equal(0, summary.Totals.Errors);
        Assert.Equal(2, summary.Totals.Warnings);
        Assert.Equal(2, summary.Totals.Inserted);
        Assert.All(summary.Diagnostics, d => Assert.Contains("events stage failed", d.Message));
    }

    [Fact]
    public void AFailingEssentialStageStillFails()
    {
        var pipeline = new PipelineBuilder().Add(new BrokenEssential()).Build();
        Assert.Throws<InvalidOperationException>(() => pipeline.Run(Raw("a.txt")));
    }

    [Fact]
    public void TheShippedAnnotatingStagesSayTheyCanBeDiscarded()
    {
        var annotating = DocumentPipeline.Default.Stages.Where(s => s.Annotates).Select(s => s.Name).ToList();
        Assert.Equal(["timex", "quantities", "entities", "events"], annotating);
    }
}

/// <summary>Every cut of the bundled samples' sentences — the sentence from each of its first words on, and its first words
/// alone — goes through every stage without a fault: look-backs and look-aheads must stop at the sentence's ends. (Two
/// out-of-range faults were found this way, in arguments looked for before the sentence's first word.)</summary>
public class SentenceCutTests
{
    [Fact]
    public void EveryCutOfTheSampleSentencesIsAnalysedWithoutAStageFailure()
    {
        var samples = InputReader.Read([Path.Combine(Support.SharedData.RepoRoot, "samples")], new ReadOptions()).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.Equal(5, samples.Count);
        var cuts = new List<RawDocument>();
        foreach (var raw in samples)
        {
            var doc = DocumentPipeline.Default.Run(raw);
            foreach (var s in doc.Sentences)
            {
                int first = s.FirstToken, end = s.FirstToken + s.TokenCount, sentenceEnd = s.End;
                for (int t = first; t < Math.Min(end, first + 12); t++)
                {
                    cuts.Add(raw with { Text = doc.Text[doc.Tokens[t].Start..sentenceEnd] });
                    if (t > first) cuts.Add(raw with { Text = doc.Text[doc.Tokens[first].Start..doc.Tokens[t].End] });
                }
            }
        }
        var failures = cuts.AsParallel().Select(DocumentPipeline.Default.Run).SelectMany(d => d.Warnings.Where(w => w.Message.Contains("stage failed")).Select(w => $"{w.Message} — \"{d.Text}\"")).ToList();
        Assert.Empty(failures);
        Assert.True(cuts.Count > 2000, $"{cuts.Count} cuts");
    }
}
