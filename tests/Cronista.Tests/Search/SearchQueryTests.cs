using Cronista.Search;

namespace Cronista.Tests.Search;

public class SearchQueryTests
{
    private static readonly TermAnalyzer It = TermAnalyzer.For("it");

    [Fact]
    public void WordsAreAndedAndStemmed()
    {
        Assert.Equal("\"vladivostok\" AND \"trattat\"", SearchQuery.Parse("Vladivostok trattative").ToFts(It));
    }

    [Fact]
    public void PhrasesOrAndExclusion()
    {
        // Stop words are neither indexed nor queried: the phrase is the indexed sequence "core nord".
        Assert.Equal("(\"core nord\" OR \"pyongyang\") NOT \"mosc\"", SearchQuery.Parse("\"Corea del Nord\" OR Pyongyang -Mosca").ToFts(It));
    }

    [Fact]
    public void AccentsAreFoldedAndPunctuationOnlyQueriesAreEmpty()
    {
        Assert.Equal(It.Terms("Città"), It.Terms("citta"));
        Assert.Null(SearchQuery.Parse("?? !!").ToFts(It));
        Assert.True(SearchQuery.Parse("-solo").IsEmpty);
    }

    [Fact]
    public void SingleWordExpandsToIndexedStemsBetweenItsStemAndItself()
    {
        // Snowball: "visita" → "vis", "visiterà" → "visit". With "visit" in the index, "visita" reaches it too.
        Assert.Equal("vis", Assert.Single(It.Terms("visita")));
        var fts = SearchQuery.Parse("visita").ToFts(It, t => t is "visit" or "vi" or "visitare");
        Assert.Equal("(\"vis\" OR \"visit\")", fts);
        Assert.Equal("\"vis\"", SearchQuery.Parse("visita").ToFts(It));
    }

    [Fact]
    public void StopWordsAloneMatchNothing() => Assert.Null(SearchQuery.Parse("il la del").ToFts(It));

    [Fact]
    public void QuotesInsideTermsCannotBreakTheFtsExpression()
    {
        var fts = SearchQuery.Parse("a\"b OR NEAR(x)").ToFts(It);
        Assert.NotNull(fts);
        Assert.DoesNotContain("NEAR(", fts);
    }

    [Fact]
    public void SnippetsComeFromProseNotFromScriptLines()
    {
        const string text = "var links = [{\"url\":\"/foto-siria-guerra-bombe/le-immagini-guerra.html\"},{\"title\":\"Damasco in guerra\"}];\n" +
                            "Eppure il fine settimana è stato uno dei peggiori dall'inizio della guerra civile in Siria.\n";
        var snippet = Cronista.Search.Snippets.Make(text, It, SearchQuery.Parse("guerra civile").Compile(It).HighlightTerms, windowTokens: 12);
        Assert.Contains("[guerra] [civile]", snippet);
        Assert.DoesNotContain("html", snippet);
        // With matches only in such lines, the excerpt still shows them.
        Assert.Contains("[guerra]", Cronista.Search.Snippets.Make(text[..text.IndexOf('\n')], It, SearchQuery.Parse("guerra").Compile(It).HighlightTerms));
    }
}
