using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Tests.Ingest;

public class PreloadTests
{
    private sealed class Loading(Action load) : IDocumentStage
    {
        public string Name => "loading";
        public void Process(Document doc) { }
        public void Preload() => load();
    }

    private sealed class Plain : IDocumentStage
    {
        public string Name => "plain";
        public void Process(Document doc) => doc.Language = "xx";
    }

    [Fact]
    public void PreloadLoadsEveryStageAtOnceAndLeavesFailuresToTheFirstDocument()
    {
        // Two stages that each wait for the other: they finish only if their loads run at the same time.
        using var first = new ManualResetEventSlim();
        using var second = new ManualResetEventSlim();
        bool firstSawSecond = false, secondSawFirst = false;
        var pipeline = new PipelineBuilder()
            .Add(new Loading(() => { first.Set(); firstSawSecond = second.Wait(TimeSpan.FromSeconds(10)); }))
            .Add(new Loading(() => { second.Set(); secondSawFirst = first.Wait(TimeSpan.FromSeconds(10)); }))
            .Add(new Loading(() => throw new InvalidDataException("broken model")))
            .Add(new Plain())
            .Build();
        pipeline.Preload(); // the failing load is not thrown here
        Assert.True(firstSawSecond && secondSawFirst);
        Assert.Equal("xx", pipeline.Run(new RawDocument { Id = "d", Source = "d", Text = "Testo." }).Language);
    }

    [Fact]
    public void TheDefaultPipelinePreloadsItsModels()
    {
        DocumentPipeline.Default.Preload();
        var doc = DocumentPipeline.Default.Run(new RawDocument { Id = "d", Source = "d", Text = "Vladimir Putin è arrivato a Pyongyang martedì per una visita di Stato." });
        Assert.Equal("it", doc.Language);
        Assert.Contains(doc.Entities, e => e.Name == "Pyongyang");
    }
}
