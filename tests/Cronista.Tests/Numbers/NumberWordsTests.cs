using Cronista.Numbers;

namespace Cronista.Tests.Numbers;

/// <summary>Expected values are the numbers the phrases name (hand-checked), not the parser's output.</summary>
public class NumberWordsTests
{
    [Theory]
    [InlineData("it", "quindicimila", 15000)]
    [InlineData("it", "duecentomila", 200000)]
    [InlineData("it", "tre milioni", 3000000)]
    [InlineData("it", "un milione e mezzo", 1500000)]
    [InlineData("it", "mezzo milione", 500000)]
    [InlineData("it", "ventitré", 23)]
    [InlineData("it", "ventuno", 21)]
    [InlineData("it", "trentotto", 38)]
    [InlineData("it", "centottanta", 180)]
    [InlineData("it", "seicento", 600)]
    [InlineData("it", "milleduecento", 1200)]
    [InlineData("it", "mille e cinquecento", 1500)]
    [InlineData("it", "duemilaventiquattro", 2024)]
    [InlineData("it", "due miliardi", 2000000000)]
    [InlineData("it", "due e mezzo", 2.5)]
    [InlineData("it", "un migliaio", 1000)]
    [InlineData("it", "centinaia di migliaia", 100000)]
    [InlineData("es", "quince mil", 15000)]
    [InlineData("es", "doscientos mil", 200000)]
    [InlineData("es", "veintitrés", 23)]
    [InlineData("es", "un millón y medio", 1500000)]
    [InlineData("es", "treinta y tres", 33)]
    [InlineData("es", "ciento veinte", 120)]
    [InlineData("es", "cien mil", 100000)]
    [InlineData("es", "mil millones", 1000000000)]
    [InlineData("es", "dos mil millones", 2000000000)]
    [InlineData("es", "tres millones doscientos mil", 3200000)]
    [InlineData("es", "quinientas", 500)]
    [InlineData("es", "decenas de miles", 10000)]
    [InlineData("en", "fifteen thousand", 15000)]
    [InlineData("en", "two hundred and fifty", 250)]
    [InlineData("en", "twenty-three", 23)]
    [InlineData("en", "a hundred", 100)]
    [InlineData("en", "half a million", 500000)]
    [InlineData("en", "three million two hundred thousand", 3200000)]
    [InlineData("en", "1.5 million", 1500000)]
    [InlineData("en", "2 bn", 2000000000)]
    [InlineData("en", "tens of thousands", 10000)]
    [InlineData("fr", "quinze mille", 15000)]
    [InlineData("fr", "vingt-trois", 23)]
    [InlineData("fr", "soixante-douze", 72)]
    [InlineData("fr", "soixante et onze", 71)]
    [InlineData("fr", "quatre-vingt-dix-neuf", 99)]
    [InlineData("fr", "deux cent mille", 200000)]
    [InlineData("fr", "un million et demi", 1500000)]
    public void Cardinals(string lang, string phrase, double expected)
    {
        Assert.True(NumberWords.For(lang).TryParse(phrase, out double value), phrase);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("it", "un")]
    [InlineData("it", "una")]
    [InlineData("it", "mezzo")]
    [InlineData("it", "secondo")]
    [InlineData("it", "sei")] // "you are" unless a content word follows
    [InlineData("it", "Putin")]
    [InlineData("it", "tre tre")]
    [InlineData("it", "mille mila")]
    [InlineData("es", "una")]
    [InlineData("es", "medio")]
    [InlineData("es", "dos y tres")]
    [InlineData("en", "a")]
    [InlineData("en", "one")]
    [InlineData("en", "half")]
    [InlineData("en", "often")]
    [InlineData("en", "third")]
    public void NotCardinals(string lang, string phrase) =>
        Assert.False(NumberWords.For(lang).TryParse(phrase, out _), phrase);

    [Theory]
    [InlineData("it", "terzo", 3)]
    [InlineData("it", "terza", 3)]
    [InlineData("it", "decimo", 10)]
    [InlineData("it", "undicesimo", 11)]
    [InlineData("it", "ventitreesimo", 23)]
    [InlineData("it", "centesimo", 100)]
    [InlineData("it", "73°", 73)]
    [InlineData("it", "1º", 1)]
    [InlineData("es", "tercero", 3)]
    [InlineData("es", "tercera", 3)]
    [InlineData("es", "séptimo", 7)]
    [InlineData("es", "decimotercero", 13)]
    [InlineData("es", "vigésimo", 20)]
    [InlineData("es", "3ª", 3)]
    [InlineData("es", "1.º", 1)]
    [InlineData("en", "third", 3)]
    [InlineData("en", "fourth", 4)]
    [InlineData("en", "sixteenth", 16)]
    [InlineData("en", "twentieth", 20)]
    [InlineData("en", "twenty-third", 23)]
    [InlineData("en", "hundredth", 100)]
    [InlineData("en", "73rd", 73)]
    [InlineData("en", "21st", 21)]
    [InlineData("fr", "premier", 1)]
    [InlineData("fr", "deuxième", 2)]
    [InlineData("fr", "onzième", 11)]
    [InlineData("fr", "vingt-troisième", 23)]
    public void Ordinals(string lang, string word, int expected)
    {
        Assert.True(NumberWords.For(lang).TryParseOrdinal(word, out int value), word);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("en", "month")]
    [InlineData("en", "growth")]
    [InlineData("en", "1990s")]
    [InlineData("en", "73")]
    [InlineData("it", "medesimo")]
    [InlineData("it", "tre")]
    public void NotOrdinals(string lang, string word) =>
        Assert.False(NumberWords.For(lang).TryParseOrdinal(word, out _), word);

    [Theory]
    [InlineData("it", "15.000", 15000)]
    [InlineData("it", "1,5", 1.5)]
    [InlineData("it", "1.000.000", 1000000)]
    [InlineData("it", "1.234,56", 1234.56)]
    [InlineData("it", "2024", 2024)]
    [InlineData("it", "2.5", 2.5)] // not a group of three: an English-style decimal point
    [InlineData("it", "-3", -3)]
    [InlineData("es", "15.000", 15000)]
    [InlineData("es", "0,75", 0.75)]
    [InlineData("en", "15,000", 15000)]
    [InlineData("en", "1.5", 1.5)]
    [InlineData("en", "1.500", 1.5)] // English decimal point
    [InlineData("en", "1,000,000", 1000000)]
    [InlineData("en", "1,234.56", 1234.56)]
    [InlineData("en", "2024", 2024)]
    public void Digits(string lang, string token, double expected)
    {
        Assert.True(NumberWords.For(lang).TryParseDigits(token, out double value), token);
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("it", "12.34.56")]
    [InlineData("it", "1.0000.000")]
    [InlineData("en", "1,2,3")]
    [InlineData("en", "10:30")]
    [InlineData("en", "abc")]
    public void NotDigits(string lang, string token) =>
        Assert.False(NumberWords.For(lang).TryParseDigits(token, out _), token);

    [Theory]
    [InlineData("it", "15mila", 15000)]
    [InlineData("it", "2mld", 2000000000)]
    [InlineData("en", "5bn", 5000000000)]
    public void ScaleGluedToDigits(string lang, string token, double expected)
    {
        Assert.True(NumberWords.For(lang).TryParseWord(token, out double value), token);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void LanguagesWithoutDataReadDigitsOnly()
    {
        var nw = NumberWords.For("xx");
        Assert.True(nw.TryParseDigits("1,500", out double v));
        Assert.Equal(1500, v);
        Assert.False(nw.TryParse("fifteen", out _));
    }
}
