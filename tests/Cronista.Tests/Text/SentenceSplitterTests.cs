using Cronista.Model;
using Cronista.Text;
using static Cronista.Tests.Text.TextTestHelpers;

namespace Cronista.Tests.Text;

public class SentenceSplitterTests
{
    private static void AssertSentences(string lang, string text, params string[] expected) =>
        Assert.Equal(expected, Sentences(text, lang));

    [Fact]
    public void Italian()
    {
        AssertSentences("it", "Il Sig. Rossi è arrivato. Poi è partito.", "Il Sig. Rossi è arrivato.", "Poi è partito.");
        AssertSentences("it", "Il Sig. De Luca è arrivato.", "Il Sig. De Luca è arrivato."); // title before a capitalized particle
        AssertSentences("it", "Ha detto: «Andremo a Mosca». Poi è partito.", "Ha detto: «Andremo a Mosca».", "Poi è partito.");
        AssertSentences("it", "Ha detto: «Andremo a Mosca.» Poi è partito.", "Ha detto: «Andremo a Mosca.»", "Poi è partito.");
        AssertSentences("it", "Il PIL è cresciuto del 2.5 per cento. Lo dice l'Istat.", "Il PIL è cresciuto del 2.5 per cento.", "Lo dice l'Istat.");
        AssertSentences("it", "Armi, munizioni ecc. e altro materiale.", "Armi, munizioni ecc. e altro materiale.");
        AssertSentences("it", "Comprò armi, munizioni ecc. Il giorno dopo partì.", "Comprò armi, munizioni ecc.", "Il giorno dopo partì.");
        AssertSentences("it", "Aspettiamo… Poi vedremo.", "Aspettiamo…", "Poi vedremo.");
        AssertSentences("it", "Davvero? sì, davvero.", "Davvero? sì, davvero.");
        AssertSentences("it", "Nel 44 a.C. morì Cesare.", "Nel 44 a.C. morì Cesare.");
        AssertSentences("it", "Sono arrivati 15.000 soldati. 3 sono feriti.", "Sono arrivati 15.000 soldati.", "3 sono feriti.");
    }

    [Fact]
    public void Spanish()
    {
        AssertSentences("es", "EE.UU. y Rusia firmaron. Luego se fueron.", "EE.UU. y Rusia firmaron.", "Luego se fueron.");
        AssertSentences("es", "El Sr. Pérez llegó. ¿Qué pasó? ¡Nadie lo sabe!", "El Sr. Pérez llegó.", "¿Qué pasó?", "¡Nadie lo sabe!");
        AssertSentences("es", "Trump es presidente de EE.UU. Los banqueros querían más.", "Trump es presidente de EE.UU.", "Los banqueros querían más.");
        AssertSentences("es", "¿QUÉ SABEMOS DEL ATAQUE DE EE.UU. EN SIRIA?", "¿QUÉ SABEMOS DEL ATAQUE DE EE.UU. EN SIRIA?"); // all-caps headline
        AssertSentences("es", "Según la portavoz de EE. UU., el ministro visitó Pionyang.", "Según la portavoz de EE. UU., el ministro visitó Pionyang.");
        AssertSentences("es", "Se limitó a declarar: \"No, no tenemos nada que decir\". Parece que sí.",
            "Se limitó a declarar: \"No, no tenemos nada que decir\".", "Parece que sí.");
    }

    [Fact]
    public void English()
    {
        AssertSentences("en", "J. R. R. Tolkien wrote it. He died in 1973.", "J. R. R. Tolkien wrote it.", "He died in 1973.");
        AssertSentences("en", "Prices rose 3.5%. Then they fell.", "Prices rose 3.5%.", "Then they fell.");
        AssertSentences("en", "He lives in the U.S. The president spoke.", "He lives in the U.S.", "The president spoke.");
        AssertSentences("en", "The U.S. Army arrived. Mr. Smith said \"Go home.\" Then he left.",
            "The U.S. Army arrived.", "Mr. Smith said \"Go home.\"", "Then he left.");
        AssertSentences("en", "Wait... and see. (It works.) Really!", "Wait... and see.", "(It works.)", "Really!");
        AssertSentences("en", "Dr. Smith arrived at 10:30 a.m. with Gen. Jones.", "Dr. Smith arrived at 10:30 a.m. with Gen. Jones.");
    }

    [Fact]
    public void French()
    {
        AssertSentences("fr", "Notre-Dame, Saint-Denis... Faut-il reconstruire ? Oui.", "Notre-Dame, Saint-Denis...", "Faut-il reconstruire ?", "Oui.");
        AssertSentences("fr", "M. Le Pen est arrivée. Elle a parlé.", "M. Le Pen est arrivée.", "Elle a parlé.");
        AssertSentences("fr", "« Il faut agir. » Le ministre l'a dit.", "« Il faut agir. »", "Le ministre l'a dit.");
    }

    [Fact]
    public void German()
    {
        AssertSentences("de", "Am 17. Juni kam er an. Dann ging er.", "Am 17. Juni kam er an.", "Dann ging er.");
        AssertSentences("de", "Er kam z. B. mit Dr. Müller. Die Lage ist ernst.", "Er kam z. B. mit Dr. Müller.", "Die Lage ist ernst.");
    }

    [Fact]
    public void Portuguese()
    {
        AssertSentences("pt", "O Sr. Silva chegou. Depois partiu.", "O Sr. Silva chegou.", "Depois partiu.");
    }

    [Fact]
    public void NumberedListItems()
    {
        AssertSentences("it", "1. Politica interna. 2. Esteri.", "1. Politica interna.", "2. Esteri.");
        AssertSentences("it", "Ne sono arrivati 3. Poi altri 2.", "Ne sono arrivati 3.", "Poi altri 2.");
        AssertSentences("it", "Era il 1974. Poi cambiò tutto.", "Era il 1974.", "Poi cambiò tutto.");
    }

    [Fact]
    public void HeadlinesAndLines()
    {
        // a headline on its own line, then body lines
        AssertSentences("it", "Putin visita Pyongyang\nIl presidente russo è arrivato ieri. Kim lo ha accolto.",
            "Putin visita Pyongyang", "Il presidente russo è arrivato ieri.", "Kim lo ha accolto.");
        // a line ending in a period, then a heading starting lower-case, then body
        AssertSentences("it", "La guerra continua.\nl'alleanza in espansione\nNegli ultimi anni tutto è cambiato.",
            "La guerra continua.", "l'alleanza in espansione", "Negli ultimi anni tutto è cambiato.");
        // a line wrapped mid-sentence stays one sentence
        AssertSentences("it", "Il presidente ha incontrato\nil leader nordcoreano ieri.", "Il presidente ha incontrato\nil leader nordcoreano ieri.");
        // a colon at the line end continues; bullets always start
        AssertSentences("it", "Ha detto:\n«Andremo a Mosca»", "Ha detto:\n«Andremo a Mosca»");
        AssertSentences("it", "I punti sono:\n- Primo punto\n- Secondo punto", "I punti sono:", "- Primo punto", "- Secondo punto");
        // paragraph breaks always split, whatever follows
        AssertSentences("it", "Titolo\n\nuno due\n\ntre", "Titolo", "uno due", "tre");
        // a title abbreviation at a line end does not split
        AssertSentences("it", "Lo ha detto il Sig.\nRossi ieri.", "Lo ha detto il Sig.\nRossi ieri.");
    }

    [Fact]
    public void EdgeCases()
    {
        AssertSentences("it", "");
        AssertSentences("it", "   \n\n  ");
        AssertSentences("it", "!!!", "!!!");
        AssertSentences("it", "  Una frase senza punto  ", "Una frase senza punto");
        AssertSentences("und", "Il Sig. Rossi è arrivato. Poi è partito.", "Il Sig. Rossi è arrivato.", "Poi è partito.");
    }

    [Fact]
    public void SentencesCarryTokenRanges()
    {
        var text = "Kim arriva. Putin parte.";
        var tokens = Tokens(text, "it");
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens, "it", sentences);
        Assert.Equal([new Sentence(0, 11, 0, 3), new Sentence(12, 24, 3, 3)], sentences);
    }

    [Fact]
    public void AcceptsAnyTokenList()
    {
        var text = "Uno. Due.";
        var tokens = Tokens(text, "it");
        var fromArray = new List<Sentence>();
        var fromList = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens.ToArray(), "it", fromArray);
        SentenceSplitter.Default.Split(text, tokens.AsReadOnly(), "it", fromList);
        Assert.Equal(2, fromArray.Count);
        Assert.Equal(fromArray, fromList);
    }

    [Fact]
    public void SentencesGluedByAScraperAreSplit()
    {
        AssertSentences("es", "dijo un portavoz, Mohamed Zawawi.Treinta y dos militares han muerto.", "dijo un portavoz, Mohamed Zawawi.", "Treinta y dos militares han muerto.");
        AssertSentences("es", "son \"mentiras sucias\".\"Las informaciones son falsas\", dijo.", "son \"mentiras sucias\".\"", "Las informaciones son falsas\", dijo.");
        AssertSentences("fr", "Et personne ne la sait.Mais tout le monde en parle.", "Et personne ne la sait.", "Mais tout le monde en parle.");
        // Not addresses, dotted chains, initials or acronyms.
        AssertSentences("it", "Leggi su www.Stefanomele.com e su Una.Comunità.Cristiana oggi.", "Leggi su www.Stefanomele.com e su Una.Comunità.Cristiana oggi.");
        AssertSentences("en", "The U.S.Army and J.R.R.Tolkien met.", "The U.S.Army and J.R.R.Tolkien met.");
    }

    [Fact]
    public void ARunWithNoSentenceEndIsCutAfterItsLastCommaInTheWindow()
    {
        var words = string.Join(" ", Enumerable.Range(0, 500).Select(i => i % 50 == 49 ? "parola," : "parola"));
        var sentences = Sentences(words + ".", "it");
        Assert.Equal(2, sentences.Length);
        Assert.EndsWith(",", sentences[0]);
        Assert.True(sentences[0].Split(' ').Length <= SentenceSplitter.MaxTokens);
        var plain = Sentences(string.Join(" ", Enumerable.Repeat("parola", 1000)), "it");
        Assert.Equal(3, plain.Length); // 400 + 400 + 200 words, cut anywhere when no comma helps
    }
}
