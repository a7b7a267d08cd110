using Cronista.Entities.Ner;
using Cronista.Evaluation;
using Cronista.Tests.Text;
using Xunit.Abstractions;

namespace Cronista.Tests.Entities;

/// <summary>The shipped models on the dev splits in ../shared/data (skipped when missing); floors a little below the figures in docs/QUALITY.md.</summary>
public class NerDevSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("es", "conll2002-es/val.conllu", F1Es)]
    [InlineData("en", "conll2003-en/val.conllu", F1En)]
    [InlineData("it", "kind-it/WN_dev.tsv", F1It)]
    public void DevF1AboveFloor(string lang, string file, double floor)
    {
        var dir = TextTestHelpers.SharedData("ner");
        if (dir is null) { output.WriteLine("SKIPPED: ../shared/data/ner not found"); return; }
        var gold = ConllFile.Read(Path.Combine(dir, file));
        var score = NerTrainer.Score(NerTagger.For(lang)!, gold);
        output.WriteLine(score.ToString());
        Assert.True(score.Overall.F1 >= floor, $"{lang} dev F1 {score.Overall.F1:F4} < {floor}");
    }

    private const double F1Es = 0.78, F1En = 0.92, F1It = 0.80;
}
