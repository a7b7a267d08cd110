using Cronista.Search;

namespace Cronista.Tests.Search;

public class SearchQueryTests
{
    private static readonly TermAnalyzer It = TermAnalyzer.For("it");

    [Fact]
    public void WordsAreAndedAndStemmed()
    {
        Assert.Equal("\"vladivostok\" AND \"trattat\"", SearchQuery.Parse("Vladivostok trattative").ToFts(It));
        Assert.False(SearchQuery.Parse("Vladivostok trattative").Compile(It).NeedsVerification);
    }

    [Fact]
    public void PhrasesOrAndExclusion()
    {
        // Stop words are not indexed; a phrase is prefiltered as the AND of its terms and verified on the text.
        var q = SearchQuery.Parse("\"Corea del Nord\" OR Pyongyang -Mosca").Compile(It);
        Assert.Equal("((\"core\" AND \"nord\") OR \"pyongyang\") NOT \"mosc\"", q.Fts);
        Assert.True(q.NeedsVerification);
        Assert.True(q.Matches(It.Terms("La Corea del Nord ha risposto.")));
        Assert.False(q.Matches(It.Terms("Il nord della Corea ha risposto.")));
        Assert.True(q.Matches(It.Terms("Pyongyang ha risposto.")));
        Assert.False(q.Matches(It.Terms("Pyongyang e Mosca hanno risposto.")));
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
    public void NegatedPhraseExcludesOnlyDocumentsWithThePhrase()
    {
        var q = SearchQuery.Parse("Kim -\"Casa Bianca\"").Compile(It);
        Assert.Equal("\"kim\"", q.Fts);
        Assert.False(q.Matches(It.Terms("Kim e la Casa Bianca.")));
        Assert.True(q.Matches(It.Terms("Kim visita una casa grande e bianca.")));
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
}
