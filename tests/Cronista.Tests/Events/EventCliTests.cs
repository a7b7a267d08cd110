using System.Text.Json;
using Cronista.Tests.Support;

namespace Cronista.Tests.Events;

public class EventCliTests
{
    private const string Gold = """
        <Validation>
        <Sentences>
        <Sentence date="20200101" id="r1" evaluate="true" category="spanish">
        <EventText eid="E1" eventtext="protestaron" sourcetext="los estudiantes" targettext="el Gobierno" />
        <EventCoding eid="E1" eventcode="14" plover="PROTEST" />
        <Text>Los estudiantes protestaron contra el Gobierno.</Text>
        </Sentence>
        <Sentence date="20200102" id="r2" evaluate="true" category="spanish">
        <EventText eid="E1" eventtext="exigieron" sourcetext="Los sindicatos" targettext="" />
        <EventCoding eid="E1" eventcode="10" plover="DEMAND" />
        <Text>Los sindicatos exigieron aumentos.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private const string Pred = """
        {"id": "r1", "events": [{"plover": "PROTEST", "cameo": "141", "source_text": "Estudiantes", "target_text": "Gobierno", "trigger": "protestaron"}]}
        {"id": "r2", "events": []}
        """;

    [Fact]
    public void EvalWithPredScoresAHandMadePair()
    {
        using var dir = new TempDir();
        var gold = dir.Write("gold.xml", Gold);
        var pred = dir.Write("pred.jsonl", Pred);
        var errors = dir.File("errors.txt");
        var (code, stdout, stderr) = CliProcess.Run("eval", "events", gold, "--pred", pred, "--errors", errors, "--json");
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        var overall = root.GetProperty("overall");
        Assert.Equal((2, 1, 1), (overall.GetProperty("gold").GetInt32(), overall.GetProperty("predicted").GetInt32(), overall.GetProperty("matched").GetInt32()));
        Assert.Equal(1.0, overall.GetProperty("precision").GetDouble());
        Assert.Equal(0.5, overall.GetProperty("recall").GetDouble());
        Assert.Equal(1, root.GetProperty("no_prediction").GetInt32());
        Assert.Equal("es", root.GetProperty("language").GetString());
        Assert.Equal(1, root.GetProperty("source").GetProperty("lenient").GetInt32());
        Assert.Equal(1, root.GetProperty("target").GetProperty("strict").GetInt32());
        Assert.Contains("gold DEMAND", File.ReadAllText(errors));

        var (code2, table, stderr2) = CliProcess.Run("eval", "events", gold, "--pred", pred);
        Assert.True(code2 == 0, stderr2);
        Assert.Contains("PROTEST", table);
        Assert.Contains("1 evaluated records without any prediction", table);
    }

    [Fact]
    public void TagWritesOneLinePerRecordInOrder()
    {
        using var dir = new TempDir();
        var gold = dir.Write("gold.xml", Gold);
        var output = dir.File("out.jsonl");
        var (code, _, stderr) = CliProcess.Run("tag", "events", "--in", gold, "--out", output);
        Assert.True(code == 0, stderr);
        var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => { Assert.Equal(JsonValueKind.Array, e.GetProperty("events").ValueKind); return e.GetProperty("id").GetString(); });
        Assert.Equal(["r1", "r2"], ids);
        // Each event has the interop format's five fields, nothing else.
        var events = File.ReadAllLines(output).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("events").EnumerateArray().ToList()).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(["cameo", "plover", "source_text", "target_text", "trigger"], e.EnumerateObject().Select(p => p.Name).Order()));
    }

    [Fact]
    public void MissingFilesAndBadPredictionsAreUsageErrorsNamingTheFile()
    {
        using var dir = new TempDir();
        var gold = dir.Write("gold.xml", Gold);
        var (code, _, stderr) = CliProcess.Run("eval", "events", dir.File("nope.xml"));
        Assert.Equal(2, code);
        Assert.Contains("nope.xml", stderr);
        var bad = dir.Write("bad.jsonl", "{\"id\": \"r1\", \"events\": []}\nnot json\n");
        (code, _, stderr) = CliProcess.Run("eval", "events", gold, "--pred", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.jsonl:2:", stderr);
    }
}
