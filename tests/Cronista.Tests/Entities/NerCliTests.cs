using System.Text.Json;
using Cronista.Tests.Support;

namespace Cronista.Tests.Entities;

public class NerCliTests
{
    [Fact]
    public void TagKeepsTheFileLayoutAndTagSchemeAndEvalScoresIt()
    {
        using var dir = new TempDir();
        // token TAB tag with bare IO types (the KIND layout); the prediction must come back the same way.
        var gold = dir.Write("sample.tsv", "Il\tO\npresidente\tO\nSergio\tPER\nMattarella\tPER\nè\tO\narrivato\tO\na\tO\nMilano\tLOC\n.\tO\n");
        var pred = dir.File("sample.pred.tsv");
        var (code, _, stderr) = CliProcess.Run("tag", "ner", "--in", gold, "--out", pred, "--lang", "it");
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(pred).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.Equal(File.ReadAllLines(gold).Select(l => l.Split('\t')[0]), lines.Select(c => c[0]));
        Assert.All(lines, c => Assert.Equal(2, c.Length));
        Assert.All(lines, c => Assert.DoesNotContain("-", c[1] == "O" ? "" : c[1]));

        var (code2, stdout, stderr2) = CliProcess.Run("eval", "ner", gold, "--pred", gold, "--json");
        Assert.True(code2 == 0, stderr2);
        var overall = JsonDocument.Parse(stdout).RootElement.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("gold").GetInt32());
        Assert.Equal(1.0, overall.GetProperty("f1").GetDouble());
    }

    [Fact]
    public void UnknownLanguageIsAUsageError()
    {
        using var dir = new TempDir();
        var gold = dir.Write("x.tsv", "Bonjour\tO\n");
        var (code, _, _) = CliProcess.Run("eval", "ner", gold, "--lang", "de"); // no German model
        Assert.Equal(2, code);
    }
}
