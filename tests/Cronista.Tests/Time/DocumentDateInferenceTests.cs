using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Text;
using Cronista.Time;

namespace Cronista.Tests.Time;

public class DocumentDateInferenceTests
{
    private static InferredDate? Infer(string lang, string text)
    {
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        return DocumentDateInference.Infer(TimexTagger.For(lang)!, text, tokens);
    }

    [Fact]
    public void LatestFullDateNearAPresentCueWins()
    {
        var r = Infer("it", "La crisi iniziò il 3 gennaio 2021. Oggi, 12 marzo 2023, il parlamento vota. Un primo voto c'era stato il 10 marzo 2023.");
        Assert.NotNull(r);
        Assert.Equal(new DateOnly(2023, 3, 12), r.Value.Date);
        Assert.True(r.Value.Confidence >= 0.6);
    }

    [Fact]
    public void MonthOnlyGivesALowerConfidence()
    {
        var full = Infer("es", "El acuerdo se firmó el 5 de mayo de 2019.")!.Value;
        var month = Infer("es", "El acuerdo se firmó en mayo de 2019.")!.Value;
        Assert.Equal(new DateOnly(2019, 5, 31), month.Date);
        Assert.True(month.Confidence < full.Confidence);
    }

    [Fact]
    public void NoDatesNoInference()
    {
        Assert.Null(Infer("en", "The minister said yesterday that talks would resume next week."));
    }

    [Fact]
    public void AGivenDateIsNeverOverridden()
    {
        var raw = new RawDocument { Source = "t", Text = "The treaty was signed on 5 May 2019 in Oslo, officials said.", Published = new DateOnly(2024, 1, 2), Language = "en" };
        var doc = DocumentPipeline.Default.Run(raw);
        Assert.Null(doc.PublishedInferred);
        Assert.Equal(new DateOnly(2024, 1, 2), doc.ReferenceDate);
        var undated = DocumentPipeline.Default.Run(raw with { Published = null });
        Assert.Equal(new DateOnly(2019, 5, 5), undated.PublishedInferred);
        Assert.Contains(undated.Times, t => t.Value == "2019-05-05");
    }
}
