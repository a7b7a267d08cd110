using Cronista.Model;
using Cronista.Text;
using static Cronista.Tests.Text.TextTestHelpers;

namespace Cronista.Tests.Text;

public class TokenizerTests
{
    private static void AssertTokens(string lang, string text, params string[] expected) =>
        Assert.Equal(expected, TokenTexts(text, lang));

    private static TokenKind KindOf(string lang, string text, string token)
    {
        var tokens = Tokens(text, lang);
        return tokens.Single(t => text.Substring(t.Start, t.Length) == token).Kind;
    }

    [Fact]
    public void OffsetsAreRelativeToText()
    {
        var tokens = Tokens("  Kim visita Mosca.", "it");
        Assert.Equal([new Token(2, 3, TokenKind.Word), new Token(6, 6, TokenKind.Word), new Token(13, 5, TokenKind.Word), new Token(18, 1, TokenKind.Punctuation)], tokens);
    }

    [Fact]
    public void AppendsToExistingOutput()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Default.Tokenize("a b", tokens);
        Assert.Equal(3, tokens.Count);
    }

    // ---- Italian
    [Theory]
    [InlineData("l'occasione", "l'|occasione")]
    [InlineData("dell'Onu", "dell'|Onu")]
    [InlineData("L'incontro sull'accordo", "L'|incontro|sull'|accordo")]
    [InlineData("c'è un po' di tutto", "c'|è|un|po'|di|tutto")]
    [InlineData("E' la domanda", "E'|la|domanda")]
    [InlineData("da trent'anni, tant'è", "da|trent'|anni|,|tant'|è")]
    [InlineData("all'80% dei casi", "all'|80|%|dei|casi")]
    [InlineData("Kim Jong-un, leader nord-coreano del Sud-Est.", "Kim|Jong-un|,|leader|nord-coreano|del|Sud-Est|.")]
    [InlineData("circa 15.000 soldati", "circa|15.000|soldati")]
    [InlineData("il 3,5% in più", "il|3,5|%|in|più")]
    [InlineData("1.234,56 euro", "1.234,56|euro")]
    [InlineData("il 18/06/2024 alle 10:30", "il|18/06/2024|alle|10:30")]
    [InlineData("il 17.06.2024.", "il|17.06.2024|.")]
    [InlineData("il 1º e la 2ª volta", "il|1º|e|la|2ª|volta")]
    [InlineData("per il 73° compleanno", "per|il|73|°|compleanno")]
    [InlineData("inviare 15mila soldati", "inviare|15mila|soldati")]
    [InlineData("Il Sig. Rossi e la Sig.ra Bianchi", "Il|Sig.|Rossi|e|la|Sig.ra|Bianchi")]
    [InlineData("il dott. Verdi, l'On. Neri", "il|dott.|Verdi|,|l'|On.|Neri")] // "On" is listed capitalized: English "on." ends sentences
    [InlineData("armi, munizioni ecc. e altro", "armi|,|munizioni|ecc.|e|altro")]
    [InlineData("Fincantieri S.p.A. nel 44 a.C.", "Fincantieri|S.p.A.|nel|44|a.C.")]
    [InlineData("art. 3 del d.lgs. n. 50", "art.|3|del|d.lgs.|n.|50")]
    [InlineData("P.zza Venezia", "P.zza|Venezia")]
    [InlineData("Fine del discorso.", "Fine|del|discorso|.")]
    public void Italian(string text, string expected) => AssertTokens("it", text, expected.Split('|'));

    // ---- Spanish
    [Theory]
    [InlineData("EE.UU. y Rusia", "EE.UU.|y|Rusia")]
    [InlineData("portavoz de EE. UU., el ministro", "portavoz|de|EE.|UU.|,|el|ministro")]
    [InlineData("el Sr. Pérez y la Dra. Gómez", "el|Sr.|Pérez|y|la|Dra.|Gómez")]
    [InlineData("¿Qué pasó? ¡Ya basta!", "¿|Qué|pasó|?|¡|Ya|basta|!")]
    [InlineData("el 1.º de mayo, la 2ª vuelta, el 3er puesto", "el|1.º|de|mayo|,|la|2ª|vuelta|,|el|3er|puesto")]
    [InlineData("unos 10.000 soldados (aprox.)", "unos|10.000|soldados|(|aprox.|)")]
    [InlineData("la ONU, etc. Luego", "la|ONU|,|etc.|Luego")]
    [InlineData("Kim Jong-un llegó.", "Kim|Jong-un|llegó|.")]
    public void Spanish(string text, string expected) => AssertTokens("es", text, expected.Split('|'));

    // ---- English
    [Theory]
    [InlineData("Russia's army", "Russia|'s|army")]
    [InlineData("They don't know, can't say", "They|do|n't|know|,|ca|n't|say")]
    [InlineData("we're sure I'd go", "we|'re|sure|I|'d|go")]
    [InlineData("O'Neill and rock'n'roll", "O'Neill|and|rock'n'roll")]
    [InlineData("U.S. officials, e.g. Mr. Smith", "U.S.|officials|,|e.g.|Mr.|Smith")]
    [InlineData("J. R. R. Tolkien", "J.|R.|R.|Tolkien")]
    [InlineData("15,000 troops and 2.5 million", "15,000|troops|and|2.5|million")]
    [InlineData("the 18th of June, the 1990s", "the|18th|of|June|,|the|1990s")]
    [InlineData("it fell to -3 degrees", "it|fell|to|-3|degrees")]
    [InlineData("a 5-3 win in 2011-2013", "a|5|-|3|win|in|2011|-|2013")]
    [InlineData("COVID-19 and F-16 jets", "COVID-19|and|F-16|jets")]
    [InlineData("an 18-year-old", "an|18-year-old")]
    [InlineData("AT&T and S&P", "AT&T|and|S&P")]
    [InlineData("Apple Inc. and apple inc.", "Apple|Inc.|and|apple|inc|.")] // "Inc" is listed with its capital
    [InlineData("US$5 + €15 = 20", "US|$|5|+|€|15|=|20")]
    [InlineData("wait... and wait…", "wait|...|and|wait|…")]
    [InlineData("the 5G network", "the|5G|network")]
    public void English(string text, string expected) => AssertTokens("en", text, expected.Split('|'));

    // ---- French
    [Theory]
    [InlineData("qu'il l'a dit", "qu'|il|l'|a|dit")]
    [InlineData("l'Union européenne jusqu'à aujourd'hui", "l'|Union|européenne|jusqu'|à|aujourd'hui")]
    [InlineData("le 1er mai et la 2e place, le XXe siècle", "le|1er|mai|et|la|2e|place|,|le|XXe|siècle")]
    [InlineData("M. Macron et Mme Le Pen", "M.|Macron|et|Mme|Le|Pen")]
    [InlineData("Faut-il reconstruire ?", "Faut-il|reconstruire|?")]
    [InlineData("« L'Union a mis en place »", "«|L'|Union|a|mis|en|place|»")]
    public void French(string text, string expected) => AssertTokens("fr", text, expected.Split('|'));

    // ---- German
    [Theory]
    [InlineData("am 17. Juni 2024", "am|17.|Juni|2024")]
    [InlineData("z. B. und z.B. usw. sowie Nr. 5", "z.|B.|und|z.B.|usw.|sowie|Nr.|5")]
    [InlineData("Es kostet 1.234,56 Euro.", "Es|kostet|1.234,56|Euro|.")]
    [InlineData("Das waren 2024. Dann", "Das|waren|2024|.|Dann")]
    public void German(string text, string expected) => AssertTokens("de", text, expected.Split('|'));

    // ---- Portuguese
    [Theory]
    [InlineData("o 1º lugar e a 2ª vez", "o|1º|lugar|e|a|2ª|vez")]
    [InlineData("o Sr. Silva e a Dra. Costa", "o|Sr.|Silva|e|a|Dra.|Costa")]
    [InlineData("cerca de 1.500 pessoas, etc.", "cerca|de|1.500|pessoas|,|etc.")]
    public void Portuguese(string text, string expected) => AssertTokens("pt", text, expected.Split('|'));

    [Fact]
    public void UnknownLanguageUsesUnionOfAllLanguages()
    {
        AssertTokens("und", "dell'Onu e Russia's qu'il", "dell'", "Onu", "e", "Russia", "'s", "qu'", "il");
        AssertTokens("und", "Sig. Rossi, Sr. Pérez, Mme Curie, Dr. Who", "Sig.", "Rossi", ",", "Sr.", "Pérez", ",", "Mme", "Curie", ",", "Dr.", "Who");
        // German dotted ordinals are a layout convention of German only.
        AssertTokens("und", "am 17. Juni", "am", "17", ".", "Juni");
        Assert.Same(Tokenizer.Default, Tokenizer.For("und"));
        Assert.Equal("und", Tokenizer.For("xx").Language);
        Assert.Equal("it", Tokenizer.For("it-IT").Language);
    }

    [Fact]
    public void LanguageOverloadUsesThatLanguage()
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize("am 17. Juni", tokens, "de");
        Assert.Equal(3, tokens.Count);
    }

    [Theory]
    [InlineData("Vedi https://www.ansa.it/sito/notizie.html?id=1&x=2.", "https://www.ansa.it/sito/notizie.html?id=1&x=2")]
    [InlineData("(www.ansa.it)", "www.ansa.it")]
    [InlineData("see https://en.wikipedia.org/wiki/Kim_(name), ok", "https://en.wikipedia.org/wiki/Kim_(name)")]
    [InlineData("«http://example.com/a»", "http://example.com/a")]
    public void Urls(string text, string url)
    {
        Assert.Contains(url, TokenTexts(text, "it"));
        Assert.Equal(TokenKind.Url, KindOf("it", text, url));
    }

    [Theory]
    [InlineData("Scrivere a mario.rossi@example.co.uk.", "mario.rossi@example.co.uk")]
    [InlineData("(press-office@un.org)", "press-office@un.org")]
    public void Emails(string text, string email)
    {
        Assert.Contains(email, TokenTexts(text, "it"));
        Assert.Equal(TokenKind.Email, KindOf("it", text, email));
    }

    [Fact]
    public void HashtagsAndMentions()
    {
        AssertTokens("en", "#Ukraine @Zelenskyy_UA #1 C# @", "#Ukraine", "@Zelenskyy_UA", "#", "1", "C", "#", "@");
        Assert.Equal(TokenKind.Word, KindOf("en", "#Ukraine now", "#Ukraine"));
    }

    [Fact]
    public void Kinds()
    {
        var text = "Kim, 15.000 € e 3% https://x.it a@b.it #tag";
        var kinds = Tokens(text, "it").Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol, TokenKind.Word, TokenKind.Number,
            TokenKind.Symbol, TokenKind.Url, TokenKind.Email, TokenKind.Word], kinds);
    }

    [Fact]
    public void EmojiAndSurrogatesStayWhole()
    {
        AssertTokens("en", "ok 👍🏽 \U0001D400bc", "ok", "👍", "🏽", "\U0001D400bc");
    }
}
