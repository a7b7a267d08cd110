using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Tests.Support;
using static Cronista.Tests.Time.TimexTestHelpers;

namespace Cronista.Tests.Time;

/// <summary>The seed expectations of issue 4 (sample articles; 002 and 004 were published on 2024-06-17).</summary>
public class TimexSeedTests
{
    [Theory]
    [InlineData("it", "effettuerà una visita di stato amichevole nella Repubblica il 18 e 19 giugno", "18 e 19 giugno", "2024-06-18/2024-06-19")]
    [InlineData("es", "El encuentro, que se llevará a cabo el martes y durará dos días, es a invitación del líder.", "martes", "2024-06-18")]
    [InlineData("it", "Kim ha incontrato Putin nell'estremo oriente della Russia lo scorso settembre, segnando l'inizio", "settembre", "2023-09")]
    [InlineData("it", "Da quando la Russia ha lanciato un'invasione su vasta scala dell'Ucraina nel febbraio 2022, la Corea", "febbraio 2022", "2022-02")]
    [InlineData("it", "inviare circa 15.000 soldati a partire dall'ottobre 2024.", "ottobre 2024", "2024-10")]
    public void SeedSentences(string lang, string text, string phrase, string value)
    {
        var (_, x) = Find(lang, text, phrase, June17);
        Assert.Equal(value, x.Value);
    }

    private static Document Analyze(string relative, DateOnly? published)
    {
        var path = Path.Combine(SharedData.RepoRoot, "samples", relative);
        var raw = new RawDocument { Source = path, Text = File.ReadAllText(path), Published = published };
        return DocumentPipeline.Default.Run(raw);
    }

    [Fact]
    public void SeedArticlesThroughThePipeline()
    {
        var it = Analyze("2024-06-17/002_f6691a51191e3833.txt", June17);
        Assert.Equal("it", it.Language);
        Assert.Null(it.PublishedInferred);
        Assert.Contains(it.Times, t => t.Value == "2024-06-18/2024-06-19" && it.Text[t.Start..t.End].Contains("giugno"));
        Assert.Contains(it.Times, t => t.Value == "2023-09" && it.Text[t.Start..t.End].Contains("settembre"));
        Assert.Contains(it.Times, t => t.Value == "2022-02" && it.Text[t.Start..t.End].Contains("febbraio 2022"));
        var es = Analyze("2024-06-17/004_f3ad86fcc2dff458.txt", June17);
        Assert.Contains(es.Times, t => t.Value == "2024-06-18" && es.Text[t.Start..t.End].Contains("martes"));
    }

    [Fact]
    public void UndatedSeedWithOnlyAMonthGetsNoGuessedDate()
    {
        var doc = Analyze("001_15f5cc83d9d5c3c6.txt", null);
        // "ottobre 2024" (the start of a deployment) is its latest date: a lower bound, not a publication date (the
        // letter is for Putin's 73rd birthday, October 2025), so nothing is anchored on it
        Assert.Null(doc.PublishedInferred);
        Assert.Null(doc.ReferenceDate);
        Assert.Contains(doc.Times, t => t.Value == "2024-10" && t.Resolution == "explicit");
        Assert.DoesNotContain(doc.Times, t => t.Resolution is "document_date" or "inferred_date");
    }
}

public class TimexRobustnessTests
{
    public static TheoryData<string> Samples => new(Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Path.Combine(SharedData.RepoRoot, "samples"), p)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySampleTagsWithAndWithoutADate(string relative)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", relative));
        foreach (var published in new DateOnly?[] { null, new DateOnly(2024, 6, 17) })
        {
            var doc = DocumentPipeline.Default.Run(new RawDocument { Source = relative, Text = text, Published = published });
            Assert.All(doc.Times, t => Assert.True(t.Start < t.End && t.End <= doc.Text.Length && t.Value.Length > 0));
            Assert.Equal(doc.Times.OrderBy(t => t.Start).Select(t => t.Start), doc.Times.Select(t => t.Start));
        }
    }
}
