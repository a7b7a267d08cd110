using Cronista.Text;

namespace Cronista.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    // NFC: decomposed e + combining acute, A + ring, Kelvin sign (singleton)
    [InlineData("perche\u0301", "perché")]
    [InlineData("A\u030Angstr\u00F6m \u212A", "Ångström K")]
    // double quotes; « » are kept
    [InlineData("\u201CCiao\u201D, \u201Edisse\u201F", "\"Ciao\", \"disse\"")]
    [InlineData("«Andremo a Mosca»", "«Andremo a Mosca»")]
    [InlineData("12\u2033", "12\"")]
    // single quotes and apostrophes
    [InlineData("l\u2019occasione \u2018s\u00EC\u2019 \u201Bx\u2032 d\u02BCy l\u00B4Italia", "l'occasione 'sì' 'x' d'y l'Italia")]
    // hyphens, en dash, minus → "-"; em dash / horizontal bar → spaced "-"
    [InlineData("nord\u2010coreano 2011\u20132013 \u22123 non\u2011breaking \u2012", "nord-coreano 2011-2013 -3 non-breaking -")]
    [InlineData("Kim\u2014who came\u2015left", "Kim - who came - left")]
    [InlineData("Kim \u2014 who", "Kim - who")]
    // spaces
    [InlineData("15\u00A0000 a\u2009b c\u202Fd e\u2007f\u3000g", "15 000 a b c d e f g")]
    [InlineData("a \t  b\t\tc", "a b c")]
    // removed: soft hyphen, zero-width, BOM, bidi marks, controls
    [InlineData("\uFEFFnord\u00ADcoreano\u200B\u200C\u200D\u2060x\u200E\u202Ay\u0001\u0007z\u0085", "nordcoreanoxyz")]
    // line structure
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a  \n  b", "a\nb")]
    [InlineData("para 1\n\n\n\npara 2", "para 1\n\npara 2")]
    [InlineData("para 1\n \t\n  \npara 2", "para 1\n\npara 2")]
    [InlineData("a\u2028b\u2029c", "a\nb\n\nc")]
    [InlineData("  \n\n Titolo \n\n", "Titolo")]
    [InlineData("", "")]
    [InlineData(" \n\t ", "")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Kim visita Mosca.")]
    [InlineData("Titolo\n\nPrimo paragrafo.\nSeconda riga è qui: «citazione» - 15.000 €.")]
    [InlineData("\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC \u1EB9\u0301 \U0001F600")] // already NFC, including a combining mark that cannot compose, and an emoji
    public void UnchangedInputReturnsSameInstance(string input) => Assert.Same(input, TextNormalizer.Normalize(input));

    [Fact]
    public void ChangedInputReturnsNewString()
    {
        var input = "Kim  visita";
        Assert.NotSame(input, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("  a \u2014 b\u2014c \r\n\r\n\r\n d\u00AD e\u0301  ")]
    [InlineData("\u2014x\u2014")]
    [InlineData("e\u200B\u0301 \u1E0B\u0323 \u0344")] // removal that lets a mark meet its base; reordering
    [InlineData("\u00A0\u00A0\n\u2029\u2028 \t")]
    public void IsIdempotent(string input)
    {
        var once = TextNormalizer.Normalize(input);
        Assert.Equal(once, TextNormalizer.Normalize(once));
        Assert.Same(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void IdempotentOnRandomText()
    {
        var pieces = new[] { "a", "é", "e\u0301", " ", "  ", "\t", "\n", "\r\n", "\n\n\n", "\u00A0", "\u2014", "\u2013", "\u2019", "\u201C", "\u00AD",
            "\u200B", "\u0323", "\u0301", "\u212B", "\uAC00", "\u1100\u1161\u11A8", "\U0001F600", "\uD800", "«", ".", "-", "\u2029", "\u0007" };
        var rng = new Random(20240618);
        for (int n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, rng.Next(0, 25)).Select(_ => pieces[rng.Next(pieces.Length)]));
            var once = TextNormalizer.Normalize(text);
            Assert.Equal(once, TextNormalizer.Normalize(once));
            Assert.DoesNotContain("  ", once);
            Assert.DoesNotContain("\n\n\n", once);
            Assert.Equal(once.Trim(), once);
        }
    }
}
