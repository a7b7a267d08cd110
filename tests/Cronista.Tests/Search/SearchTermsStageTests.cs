using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Tests.Search;

public class SearchTermsStageTests
{
    private static Document Run(string text) =>
        DocumentPipeline.Default.Run(new RawDocument { Id = "t", Source = "test", Text = text, Language = "it" });

    [Fact]
    public void TermsAreRecordedLineByLineAsOneString()
    {
        var doc = Run("Il presidente visita la capitale.\nI ministri discutono le sanzioni.\n—");
        var ends = doc.SearchTermLineEnds!;
        Assert.Equal(3, ends.Length);
        Assert.Equal(doc.SearchTerms!.Length, ends[^1]);
        Assert.Equal(ends[1], ends[2]); // the last line has no words
        Assert.Contains("presid", doc.SearchTerms[..ends[0]]);
        Assert.DoesNotContain("presid", doc.SearchTerms[ends[0]..ends[1]]);
    }

    [Fact]
    public void ScriptLinesAreNotIndexed()
    {
        var doc = Run("Il presidente visita la capitale.\nvar links = [{\"url\":\"/foto-siria-guerra-bombe.html\"}];\nI ministri discutono le sanzioni.");
        var ends = doc.SearchTermLineEnds!;
        Assert.Equal(3, ends.Length);
        Assert.Equal(ends[0], ends[1]); // the script line gives no terms
        Assert.DoesNotContain("guerr", doc.SearchTerms);
        Assert.Contains("sanzion", doc.SearchTerms![ends[1]..]);
        Assert.NotNull(doc.MinHash); // its words still count for near-duplicates
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void AFinalLineWithoutWordsAfterAPowerOfTwoWordsIsFine(int words)
    {
        // The word hashes are rented by the word count; a last line with no words must not ask for a slot past them.
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => "parola" + (char)('a' + i % 26))) + ".\n—";
        var doc = Run(text);
        Assert.Equal(2, doc.SearchTermLineEnds!.Length);
    }
}
