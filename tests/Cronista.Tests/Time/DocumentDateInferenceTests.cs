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

    [Fact]
    public void AGuessBelowTheLeastConfidenceAnchorsNothing()
    {
        var raw = new RawDocument { Source = "t", Language = "es", Text = "Aunque su último encuentro fue en 2019, el funcionario dijo el lunes que Kim viajará a Rusia." };
        Assert.True(Infer("es", raw.Text)!.Value.Confidence < DocumentDateInference.MinConfidence); // a year only
        var doc = DocumentPipeline.Default.Run(raw);
        Assert.Null(doc.PublishedInferred);
        Assert.Contains(doc.Times, t => t.Value == "2019");
        var monday = Assert.Single(doc.Times, t => doc.Text[t.Start..t.End] == "el lunes");
        Assert.Equal("unresolved", monday.Resolution);
        Assert.StartsWith("XXXX", monday.Value);
        // a full date is confident enough: "el lunes" is the Monday before it
        var dated = DocumentPipeline.Default.Run(raw with { Text = "El 14 de marzo de 2023, el funcionario dijo el lunes que Kim viajará a Rusia." });
        Assert.Equal(new DateOnly(2023, 3, 14), dated.PublishedInferred);
        Assert.Equal("2023-03-13", Assert.Single(dated.Times, t => dated.Text[t.Start..t.End] == "el lunes").Value);
    }

    [Fact]
    public void TheEvaluationComparesEstimatesWithTheFolderDates()
    {
        var root = Directory.CreateTempSubdirectory("dates").FullName;
        try
        {
            void Write(string day, string name, string text) { Directory.CreateDirectory(Path.Combine(root, day)); File.WriteAllText(Path.Combine(root, day, name), text); }
            Write("2023-03-15", "a.txt", "Oggi, 15 marzo 2023, il parlamento ha votato la legge. Il primo voto c'era stato il 10 marzo 2023.");
            Write("2024-01-10", "b.txt", "L'accordo era stato firmato nel maggio 2019 e il governo lo ha confermato.");
            Write("notes", "c.txt", "Il 3 gennaio 2021 è cominciata la crisi."); // no date folder: not counted
            var r = Cronista.Evaluation.DateInferenceEvaluation.Run(root);
            Assert.Equal(2, r.Texts);
            var kept = Assert.Single(r.Buckets, b => b.Confidence >= DocumentDateInference.MinConfidence);
            Assert.Equal((1, 1, 0), (kept.Texts, kept.WithinWeek, kept.MedianDays));
            var guess = Assert.Single(r.Buckets, b => b.Confidence < DocumentDateInference.MinConfidence);
            Assert.Equal(0, guess.WithinYear); // "maggio 2019" → 2019-05-31, 1,685 days before the folder's date
        }
        finally { Directory.Delete(root, true); }
    }
}
