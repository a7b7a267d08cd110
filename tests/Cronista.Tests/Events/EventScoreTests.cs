using Cronista.Evaluation;
using Cronista.Tests.Support;
using Xunit.Abstractions;

namespace Cronista.Tests.Events;

public class EventScoreTests(ITestOutputHelper output)
{
    private const string Gold = """
        <Sentences>
        <Sentence date="20200101" id="r1" evaluate="true" category="spanish">
        <EventText eid="E1" eventtext="protestaron" sourcetext="los estudiantes universitarios" targettext="el Gobierno" />
        <EventText eid="E2" eventtext="exigieron" sourcetext="Los sindicatos" targettext="" />
        <EventCoding eid="E1" eventcode="14" plover="PROTEST" />
        <EventCoding eid="E2" eventcode="10" plover="DEMAND" />
        <Text>Los estudiantes universitarios protestaron contra el Gobierno y los sindicatos exigieron aumentos.</Text>
        </Sentence>
        <Sentence date="20200102" id="r2" evaluate="true" category="spanish">
        <EventText eid="E1" eventtext="atacó" sourcetext="la policía" targettext="" />
        <EventCoding eid="E1" eventcode="18/19/20" plover="ASSAULT" />
        <Text>La policía atacó a los manifestantes.</Text>
        </Sentence>
        <Sentence date="20200103" id="r3" evaluate="false" category="spanish">
        <EventText eid="E1" eventtext="marcharon" sourcetext="miles" targettext="" />
        <EventCoding eid="E1" eventcode="14" plover="PROTEST" />
        <Text>Miles marcharon.</Text>
        </Sentence>
        <Sentence date="20200104" id="r4" evaluate="true" category="spanish">
        <Text>Llovió en Madrid.</Text>
        </Sentence>
        </Sentences>
        """;

    private static PredictedEvent P(string type, string cameo, string? source, string? target = null) => new(type, cameo, source, target, "x");

    private static readonly Dictionary<string, IReadOnlyList<PredictedEvent>> Predictions = new()
    {
        // Two PROTESTs: the second has the gold source and must be the one matched.
        ["r1"] = [P("PROTEST", "141", "la policía"), P("PROTEST", "140", "Estudiantes", "Gobierno de Chile")],
        ["r2"] = [P("ASSAULT", "190", "Policía"), P("THREATEN", "138", "los manifestantes")],
        ["r3"] = [P("PROTEST", "141", "miles")], // not evaluated
        ["r9"] = [P("AID", "070", null)],          // no such record
    };

    [Fact]
    public void HandComputedPrecisionRecallAndArguments()
    {
        var gold = PetrarchRecords.Parse(Gold, "gold.xml");
        var s = EventEvaluation.Score(gold, Predictions, "es");
        Assert.Equal((4, 3, 1, 1), (s.Records, s.Evaluated, s.NoPrediction, s.UnknownIds)); // r4 has no prediction
        // gold r1:2 + r2:1 = 3; predicted 2 + 2 = 4; matched PROTEST (r1) and ASSAULT (r2) = 2
        Assert.Equal(new EventCounts(3, 4, 2), s.Overall);
        Assert.Equal(0.5, s.Overall.Precision, 10);
        Assert.Equal(2.0 / 3, s.Overall.Recall, 10);
        Assert.Equal(4.0 / 7, s.Overall.F1, 10); // 2·0.5·(2/3) / (0.5 + 2/3)
        Assert.Equal(new EventCounts(1, 2, 1), s.Types["PROTEST"]);
        Assert.Equal(new EventCounts(1, 0, 0), s.Types["DEMAND"]);
        Assert.Equal(new EventCounts(1, 1, 1), s.Types["ASSAULT"]);
        Assert.Equal(new EventCounts(0, 1, 0), s.Types["THREATEN"]);
        Assert.False(s.Types.ContainsKey("AID"));
        Assert.Equal([1, -1], s.Results[0].GoldMatch);
        // sources: "Estudiantes" ~ "los estudiantes universitarios" (lenient only), "Policía" = "la policía" (strict)
        Assert.Equal(new ArgumentCounts(2, 2, 1), s.Source);
        // target: "Gobierno de Chile" ~ "el Gobierno" (lenient only); r2's gold has no target
        Assert.Equal(new ArgumentCounts(1, 1, 0), s.Target);
    }

    [Fact]
    public void CameoOnlyGoldIsScoredByCameoRoot()
    {
        const string xml = """
            <Sentence date="20080806" id="e1"/>
            <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
            <EventCoding eventcode="010" sourcecode="USA" targetcode="---" />
            <EventCoding eventcode="023" sourcecode="USA" targetcode="---" />
            <EventCoding eventcode="141" sourcecode="USA" targetcode="---" />
            <Text>The US leader visited China and said he appealed for calm while crowds demonstrated.</Text>
            """;
        var gold = PetrarchRecords.Parse(xml, "en.xml");
        // Roots compared: 04 = 04; a statement (01) matches a prediction of root 01 whatever its PLOVER type; 023 wants 02;
        // a demonstration (141) is matched by our MOBILIZE/demonstrate (CAMEO 141), though the crosswalk would say PROTEST.
        var pred = new Dictionary<string, IReadOnlyList<PredictedEvent>>
        {
            ["e1"] = [P("CONSULT", "042", "US leader"), P("DISAPPROVE", "012", "he"), P("DEMAND", "100", "he"), P("MOBILIZE", "141", "crowds")],
        };
        var s = EventEvaluation.Score(gold, pred, "en");
        Assert.Equal(new EventCounts(4, 4, 3), s.Overall);
        Assert.Equal(new EventCounts(1, 1, 1), s.Types["CAMEO 04"]);
        Assert.Equal(new EventCounts(1, 1, 1), s.Types["CAMEO 01"]);
        Assert.Equal(new EventCounts(1, 0, 0), s.Types["CAMEO 02"]);
        Assert.Equal(new EventCounts(0, 1, 0), s.Types["CAMEO 10"]);
        Assert.Equal(new EventCounts(1, 1, 1), s.Types["CAMEO 14"]);
        Assert.Equal(0, s.Source.Total); // the English file has actor codes, no source texts
    }

    [Theory]
    [InlineData("Los estudiantes", "estudiantes", true, true)]
    [InlineData("la Policía Nacional", "POLICIA", true, false)]
    [InlineData("el Gobierno", "el presidente", false, false)]
    [InlineData("ellos", "Ellos", true, true)]            // only stop words: compared as they are
    [InlineData("Consejo (CMB)", "consejo CMB", true, true)] // punctuation ignored
    [InlineData("el Gobierno", null, false, false)]
    public void TextMatchFoldsCaseAccentsStopWordsAndPunctuation(string gold, string? pred, bool lenient, bool strict)
    {
        var m = new EventTextMatch("es");
        Assert.Equal(lenient, m.Lenient(gold, pred));
        Assert.Equal(strict, m.Strict(gold, pred));
    }

    [Fact]
    public void ErrorsReportMarksMissedFalseAndCorrect()
    {
        var gold = PetrarchRecords.Parse(Gold, "gold.xml");
        var s = EventEvaluation.Score(gold, Predictions, "es");
        var w = new StringWriter();
        EventEvaluation.WriteErrors(s, "es", w);
        var text = w.ToString();
        Assert.Contains("## r1 [errors]", text);
        Assert.Contains("gold DEMAND cameo=10 source=\"Los sindicatos\"", text);
        Assert.Contains("→ MISSED", text);
        Assert.Contains("pred THREATEN cameo=138", text);
        Assert.Contains("→ FALSE", text);
        Assert.Contains("→ correct (source strict, target n/a)", text);
        Assert.DoesNotContain("## r3", text); // evaluate="false"
        Assert.DoesNotContain("## r4", text); // nothing to show
    }

    [Fact]
    public void PredictionsRoundTripThroughJsonLines()
    {
        var lines = new List<PredictionLine> { new("a", [P("PROTEST", "141", "los estudiantes", null)]), new("b", []) };
        var path = Path.GetTempFileName();
        try
        {
            using (var w = new StreamWriter(path)) EventPredictions.Write(lines, w);
            Assert.Contains("\"source_text\":\"los estudiantes\"", File.ReadAllText(path));
            var read = EventPredictions.Read(path);
            Assert.Equal(lines[0].Events, read["a"]);
            Assert.Empty(read["b"]);
            File.AppendAllText(path, "{\"events\": []}\n");
            var ex = Assert.Throws<InvalidDataException>(() => EventPredictions.Read(path));
            Assert.StartsWith($"{path}:3:", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void RealSpanishGoldScoredAgainstItselfIsPerfect()
    {
        var path = SharedData.Path("events", "petrarch", "spanish_protest_plover_validation.xml");
        if (path is null || !File.Exists(path)) { output.WriteLine("SKIPPED: ../shared/data/events/petrarch not found"); return; }
        var gold = PetrarchRecords.Read(path);
        var pred = gold.Records.ToDictionary(r => r.Id, r => (IReadOnlyList<PredictedEvent>)r.Codings
            .Select(c => new PredictedEvent(c.Plover!, c.Cameo, c.SourceText, c.TargetText, c.EventText)).ToList());
        var s = EventEvaluation.Score(gold, pred, "es");
        Assert.Equal(753, s.Evaluated);
        Assert.Equal(1.0, s.Overall.F1);
        Assert.Equal(s.Overall.Gold, s.Overall.Matched);
        Assert.True(s.Source.Total > 0 && s.Target.Total > 0);
        Assert.Equal((s.Source.Total, s.Source.Total), (s.Source.Lenient, s.Source.Strict));
        Assert.Equal((s.Target.Total, s.Target.Total), (s.Target.Lenient, s.Target.Strict));
    }
}
