using Cronista.Events;
using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Tests.Events;

public class EventLexiconTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    [InlineData("en")]
    public void ShippedLexiconsLoadAndCoverEveryType(string lang)
    {
        var lex = EventLexicon.For(lang);
        Assert.NotNull(lex);
        var types = lex!.Patterns.Where(p => p.Type is not null).Select(p => p.Type!).ToHashSet();
        Assert.Equal(EventOntology.Types.ToHashSet(), types);
    }

    [Fact]
    public void BadLinesNameTheLine()
    {
        var ex = Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["# c", "NOTATYPE\tfoo"], "x.txt"));
        Assert.Contains("x.txt:2", ex.Message);
        Assert.Contains("x.txt:1", Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["CONSULT/nomode\tfoo"], "x.txt")).Message);
        Assert.Contains("gap", Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["CONSULT\t~ foo"], "x.txt")).Message);
        Assert.Contains("x.txt:2: empty alternative", Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["# c", "CONSULT\tfoo||bar"], "x.txt")).Message);
        Assert.Contains("expected", Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["CONSULT foo"], "x.txt")).Message);
    }

    [Fact]
    public void WordsPrefixesSuffixesGapsAndAlternatives()
    {
        var lex = EventLexicon.Parse("xx", ["AID/military\tinvi* ~ armi|fornitura di armi", "future\t*rà", "negation\tnon"]);
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = "Non invierà mai più armi. La fornitura di armi.", Language = "it" });
        var found = new List<int>();
        lex.MatchWord("Invierà", found);
        Assert.Equal(2, found.Count); // prefix "invi" (folded) and suffix "rà" (accented)
        found.Clear();
        lex.MatchWord("ra", found);
        Assert.Empty(found); // a suffix leaves a stem
        Assert.Contains(EventExtractor.Explain(doc, 0), s => s.StartsWith("invierà:Future") && s.Contains("[AID/military]"));
        Assert.Contains(EventExtractor.Explain(doc, 0), s => s.StartsWith("Non:Negation"));
        Assert.Contains(EventExtractor.Explain(doc, 1), s => s.StartsWith("fornitura:") && s.Contains("[AID/military]"));
    }

    [Fact]
    public void AnEqualsSignKeepsAccents()
    {
        // French "a" (has) and "à" (to) fold to the same word; "=a" and "=à" tell them apart, a plain word matches both.
        var lex = EventLexicon.Parse("xx", ["aux\t=a", "target\t=à", "prep\tou"]);
        var found = new List<int>();
        lex.MatchWord("a", found);
        Assert.Single(found);
        var a = found[0];
        found.Clear();
        lex.MatchWord("À", found);
        Assert.Single(found);
        Assert.NotEqual(a, found[0]);
        found.Clear();
        lex.MatchWord("où", found);
        Assert.Single(found);
        Assert.Throws<FormatException>(() => EventLexicon.Parse("xx", ["aux\t=a*"]));
    }

    [Theory]
    [InlineData("2024-06-18/2024-06-19", "2024-06-18", "2024-06-19")]
    [InlineData("2023-09", "2023-09-01", "2023-09-30")]
    [InlineData("2024-W25", "2024-06-17", "2024-06-23")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-Q2", "2024-04-01", "2024-06-30")]
    [InlineData("2024-02-29T10:00", "2024-02-29", "2024-02-29")]
    [InlineData("2023-WI", "2023-12-01", "2024-02-29")]
    public void DateValuesBecomeIntervals(string value, string start, string end) =>
        Assert.Equal((start, end), EventDates.Interval(value));

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3Y")]
    [InlineData("XXXX-10-07")]
    [InlineData("2024-13")]
    public void NonDatesHaveNoInterval(string value) => Assert.Null(EventDates.Interval(value));

    [Fact]
    public void EveryTypeAndModeHasACameoCode()
    {
        foreach (var (type, mode, cameo, _) in EventOntology.Rows)
        {
            Assert.Contains(type, EventOntology.Types);
            Assert.Matches("^[0-9]{3,4}$", cameo);
            Assert.Equal(cameo, EventOntology.Cameo(type, mode));
        }
    }
}
