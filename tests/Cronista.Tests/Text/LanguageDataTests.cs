using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Tests.Text;

public class LanguageDataTests
{
    public static TheoryData<string> Languages => new() { "it", "es", "en", "fr", "de", "pt" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageHasItsFiles(string lang)
    {
        Assert.InRange(LanguageResources.Lines(lang, "stopwords").Count, 150, 300);
        Assert.True(LanguageResources.Lines(lang, "abbreviations").Count >= 50);
        Assert.Contains(lang, LanguageResources.Languages("stopwords"));
        Assert.Contains(lang, LanguageResources.Languages("abbreviations"));
    }

    [Theory]
    [InlineData("it", "della", true)]
    [InlineData("it", "Della", true)]
    [InlineData("it", "dell'", true)]
    [InlineData("it", "perché", true)]
    [InlineData("it", "PERCHÉ", true)]
    [InlineData("it", "Putin", false)]
    [InlineData("es", "los", true)]
    [InlineData("es", "hubieran", true)]
    [InlineData("en", "the", true)]
    [InlineData("en", "n't", true)]
    [InlineData("fr", "qu'", true)]
    [InlineData("fr", "étaient", true)]
    [InlineData("de", "wurde", true)]
    [InlineData("pt", "não", true)]
    [InlineData("en", "della", false)]
    [InlineData("und", "della", true)]
    [InlineData("und", "the", true)]
    [InlineData("xx", "the", true)] // unsupported language: union
    public void StopWordsLookUpSpans(string lang, string word, bool expected)
    {
        var set = StopWords.For(lang);
        Assert.Equal(expected, set.Contains(word.AsSpan()));
        Assert.Equal(expected, set.Contains(word));
    }

    [Fact]
    public void StopWordSetsAreCached()
    {
        Assert.Same(StopWords.For("it"), StopWords.For("it"));
        Assert.Same(StopWords.For("it"), StopWords.For("IT"));
        Assert.True(StopWords.For("und").Count > StopWords.For("it").Count);
    }

    [Fact]
    public void AbbreviationConventions()
    {
        var it = TextLanguageData.For("it").Abbreviations;
        Assert.Equal(AbbreviationKind.Title, it.Lookup("Sig"));
        Assert.Equal(AbbreviationKind.Title, it.Lookup("sig"));
        Assert.Equal(AbbreviationKind.Title, it.Lookup("SIG"));
        Assert.Equal(AbbreviationKind.Plain, it.Lookup("ecc"));
        Assert.Equal(AbbreviationKind.Title, it.Lookup("On"));
        Assert.Equal(AbbreviationKind.None, it.Lookup("on")); // listed capitalized: exact match only
        Assert.Equal(AbbreviationKind.None, it.Lookup("casa"));
        var en = TextLanguageData.For("en").Abbreviations;
        Assert.Equal(AbbreviationKind.Plain, en.Lookup("Inc"));
        Assert.Equal(AbbreviationKind.None, en.Lookup("inc"));
    }
}
