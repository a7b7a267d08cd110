using Cronista.Evaluation;
using Cronista.Events;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Tests.Support;
using Xunit.Abstractions;

namespace Cronista.Tests.Events;

public class EventCoderTests(ITestOutputHelper output)
{
    private static Document Analyze(string text) =>
        DocumentPipeline.Default.Run(new RawDocument { Id = "t", Source = "test", Text = text, Language = "es", Published = new DateOnly(2020, 1, 1) });

    private static PetrarchRecord Record(string text, params (string Plover, string EventText, string? Source)[] codings) =>
        new("r_1", new DateOnly(2020, 1, 1), true, "spanish", text,
            codings.Select(c => new PetrarchCoding(c.Plover, "14", c.Source, null, c.EventText, null, null)).ToList(), 1);

    [Fact]
    public void AlignmentLabelsTheEventWhoseTriggerTheCodingNames()
    {
        const string text = "Miles de estudiantes protestaron contra el Gobierno y los sindicatos exigieron aumentos salariales.";
        var doc = Analyze(text);
        Assert.Contains(doc.Events, e => e.Type == "PROTEST");
        Assert.Contains(doc.Events, e => e.Type == "DEMAND");
        // The gold codes only the protest, and calls it MOBILIZE: the protest event is labelled MOBILIZE, the demand NONE.
        var labels = EventCoderTraining.Align(Record(text, ("MOBILIZE", "protestaron contra el Gobierno", "Miles de estudiantes")), doc, new EventTextMatch("es"));
        for (int i = 0; i < doc.Events.Count; i++)
            Assert.Equal(doc.Events[i].Type == "PROTEST" ? "MOBILIZE" : EventCoder.None, labels[i]);
        // A type the ontology lacks (CRIME) labels its event NONE.
        var crime = EventCoderTraining.Align(Record(text, ("CRIME", "exigieron", null)), doc, new EventTextMatch("es"));
        Assert.All(crime, l => Assert.Equal(EventCoder.None, l));
    }

    [Fact]
    public void TrainingLearnsWhichEventsAreCodedAndAsWhat()
    {
        // Toy data: events with feature "keep" are coded as PROTEST whatever their type, the rest are not coded.
        var examples = new List<(List<string>, string)>();
        for (int i = 0; i < 50; i++)
        {
            examples.Add((["b", "t=MOBILIZE", "keep"], "PROTEST"));
            examples.Add((["b", "t=MOBILIZE", "drop"], EventCoder.None));
            examples.Add((["b", "t=DEMAND", "drop"], EventCoder.None));
        }
        var coder = EventCoder.Train(examples, ["PROTEST", "DEMAND"]);
        Assert.Equal([EventCoder.None, "DEMAND", "PROTEST"], coder.Labels);
        var p = new double[coder.Labels.Count];
        coder.Probabilities(["b", "t=MOBILIZE", "keep"], p);
        Assert.True(p[2] > 0.9, $"P(PROTEST) = {p[2]}");
        coder.Probabilities(["b", "t=DEMAND", "drop"], p);
        Assert.True(p[0] > 0.9, $"P(NONE) = {p[0]}");
        Assert.Equal(1.0, p.Sum(), 6);
    }

    [Fact]
    public void TheSameLabelCarriesWhatEveryTypeTeachesToARareOne()
    {
        // Main events are coded with their own type, the others not; THREATEN has two examples, too few to learn by itself.
        var examples = new List<(List<string>, string)>();
        foreach (var type in new[] { "PROTEST", "DEMAND" })
            for (int i = 0; i < 50; i++)
            {
                examples.Add((["b", "t=" + type, "main"], EventCoder.Same));
                examples.Add((["b", "t=" + type, "aside"], EventCoder.None));
            }
        examples.Add((["b", "t=THREATEN", "main"], EventCoder.Same));
        examples.Add((["b", "t=THREATEN", "aside"], EventCoder.None));
        var coder = EventCoder.Train(examples, ["PROTEST", "DEMAND", "THREATEN"]);
        Assert.Equal([EventCoder.None, EventCoder.Same, "DEMAND", "PROTEST", "THREATEN"], coder.Labels);
        var p = new double[coder.Labels.Count];
        coder.Probabilities(["b", "t=THREATEN", "main"], p);
        Assert.True(p[1] > 0.8, $"P(SAME) = {p[1]}");
        coder.Probabilities(["b", "t=THREATEN", "aside"], p);
        Assert.True(p[0] > 0.8, $"P(NONE) = {p[0]}");
        // The shipped model has the label (coding turns it into the event's own type: see the next-but-one test's IsType).
        Assert.Contains(EventCoder.Same, EventCoder.For("es")!.Labels);
    }

    [Fact]
    public void ModelFileRoundTripsAndBadLinesNameTheLine()
    {
        var examples = Enumerable.Range(0, 20).Select(i => (new List<string> { "b", i % 2 == 0 ? "x" : "y" }, i % 2 == 0 ? "PROTEST" : EventCoder.None)).ToList();
        var coder = EventCoder.Train(examples, ["PROTEST"]);
        var w = new StringWriter();
        coder.Save(w, ["test model", "trained-on-sha256 abc123 gold.xml"]);
        var again = EventCoder.Load(new StringReader(w.ToString()), "m.tsv");
        Assert.Equal(coder.Labels, again.Labels);
        Assert.Equal(["abc123"], again.TrainedOn);
        double[] a = new double[2], b = new double[2];
        coder.Probabilities(["b", "x"], a);
        again.Probabilities(["b", "x"], b);
        Assert.Equal(a[1], b[1], 3);

        var bad = Assert.Throws<FormatException>(() => EventCoder.Load(new StringReader("labels\tNONE\tPROTEST\nb\t0.1 zz\n"), "m.tsv"));
        Assert.StartsWith("m.tsv:2:", bad.Message);
        var wrongCount = Assert.Throws<FormatException>(() => EventCoder.Load(new StringReader("labels\tNONE\tPROTEST\nb\t0.1\n"), "m.tsv"));
        Assert.StartsWith("m.tsv:2:", wrongCount.Message);
        Assert.Throws<FormatException>(() => EventCoder.Load(new StringReader("labels\tNONE\tPARTY\n"), "m.tsv"));
    }

    [Fact]
    public void ShippedSpanishCoderLoadsAndCodesAProtestSentence()
    {
        var coder = EventCoder.For("es");
        Assert.NotNull(coder);
        Assert.Equal(EventCoder.None, coder.Labels[0]);
        Assert.Contains("PROTEST", coder.Labels);
        Assert.Null(EventCoder.For("xx"));
        var doc = Analyze("Miles de estudiantes se manifestaron el martes en Santiago contra la reforma educativa del Gobierno.");
        var coded = coder.Code(doc);
        Assert.NotEmpty(coded);
        Assert.All(coded, d => Assert.True(EventOntology.IsType(d.Label) && d.Cameo.Length > 0));
    }

    [Fact]
    public void CrossValidatedCoderBeatsTheExtractorOnTheSpanishRecords()
    {
        var path = SharedData.Path("events", "petrarch", "spanish_protest_plover_validation.xml");
        if (path is null || !File.Exists(path)) { output.WriteLine("SKIPPED: ../shared/data/events/petrarch not found"); return; }
        var gold = PetrarchRecords.Read(path);
        var docs = EventEvaluation.Analyze(gold.Records, "es");
        var labels = EventCoderTraining.Labels(gold.Records);
        var cv = EventCoderTraining.CrossValidate(gold.Records, docs, "es", 5, 15, labels);
        var raw = gold.Records.Select((r, i) => (r.Id, (IReadOnlyList<PredictedEvent>)EventEvaluation.Predictions(docs[i], null))).ToDictionary(x => x.Id, x => x.Item2);
        var coded = EventEvaluation.Score(gold, cv, "es");
        var extractor = EventEvaluation.Score(gold, raw, "es");
        output.WriteLine($"extractor F1 {extractor.Overall.F1:F3}, 5-fold coder F1 {coded.Overall.F1:F3}");
        Assert.True(coded.Overall.F1 >= 0.50, $"cross-validated F1 {coded.Overall.F1:F3}");
        Assert.True(coded.Overall.F1 > extractor.Overall.F1);
    }
}
