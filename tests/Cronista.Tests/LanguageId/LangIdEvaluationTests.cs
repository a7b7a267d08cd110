using Cronista.Evaluation;
using Cronista.LanguageId;
using Xunit.Abstractions;

namespace Cronista.Tests.LanguageId;

public class LangIdEvaluationTests(ITestOutputHelper output)
{
    private static readonly string WikiNeural = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/ner/wikineural-silver"));
    private static readonly string[] MainLanguages = ["it", "es", "en", "fr", "de", "pt"];

    [Fact]
    public void DetokenizeAttachesPunctuationAndElisions()
    {
        Assert.Equal("L'Italia (con Roma) è bella, vero?", LangIdEvaluation.Detokenize(["L'", "Italia", "(", "con", "Roma", ")", "è", "bella", ",", "vero", "?"]));
        Assert.Equal("He didn't say \"no\" to John's plan.", LangIdEvaluation.Detokenize(["He", "did", "n't", "say", "\"", "no", "\"", "to", "John", "'s", "plan", "."]));
    }

    [Fact]
    [Trait("Category", "Eval")]
    public void WikiNeuralMeetsTargets()
    {
        var files = MainLanguages.Select(l => Path.Combine(WikiNeural, l + ".val.conllu")).Where(File.Exists).ToList();
        if (files.Count == 0) { output.WriteLine($"SKIPPED: {WikiNeural} not found"); return; }
        var result = LangIdEvaluation.RunConllu(files, LanguageIdentifier.Default);
        output.WriteLine(result.ToString());
        // Targets for every main language: 99.5 % of paragraphs and 97 % of sentences.
        foreach (var (lang, c) in result.Paragraphs) Assert.True(c.Accuracy >= 0.995, $"{lang} paragraph accuracy {c.Accuracy:P2}");
        foreach (var (lang, c) in result.Sentences) Assert.True(c.Accuracy >= 0.97, $"{lang} sentence accuracy {c.Accuracy:P2}");
        Assert.True(result.ParagraphOverall.Accuracy >= 0.995 && result.SentenceOverall.Accuracy >= 0.98, "overall");
    }

    [Fact]
    [Trait("Category", "Perf")]
    public void MeasuresThroughput()
    {
        var files = MainLanguages.Select(l => Path.Combine(WikiNeural, l + ".val.conllu")).Where(File.Exists).ToList();
        if (files.Count == 0) { output.WriteLine($"SKIPPED: {WikiNeural} not found"); return; }
        var speed = LangIdEvaluation.MeasureThroughput(files);
        output.WriteLine(speed.ToString());
        // Figures are machine-dependent (see docs/QUALITY.md); only what does not depend on the machine is asserted.
        Assert.True(speed.ParagraphCharsPerSecond > 0);
        Assert.InRange(speed.ArticleLettersRead, LanguageIdentifier.Default.MinStopLetters, LanguageIdentifier.Default.MaxLetters);
    }
}
