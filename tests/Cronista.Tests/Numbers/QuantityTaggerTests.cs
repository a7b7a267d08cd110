using Cronista.Model;
using Cronista.Numbers;
using Cronista.Text;

namespace Cronista.Tests.Numbers;

/// <summary>Expectations are read off the sentences (hand-checked), not pasted from the tagger's output.</summary>
public class QuantityTaggerTests
{
    internal static List<(string Text, double Value, bool Approx, string? Unit, string Rule)> Tag(string lang, string text)
    {
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        var output = new List<Quantity>();
        QuantityTagger.For(lang).Tag(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), output);
        return output.Select(q => (text[q.Start..q.End], q.Value, q.Approx, q.Unit, q.Rule)).ToList();
    }

    private static void AssertOne(string lang, string text, string span, double value, bool approx, string? unit)
    {
        var q = Assert.Single(Tag(lang, text));
        Assert.Equal(span, q.Text);
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(approx, q.Approx);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("es", "Las fuerzas de seguridad mataron al menos a 22 personas.", "al menos a 22 personas", 22, true, "personas")]
    [InlineData("it", "La Corea del Nord invierà circa 15.000 soldati.", "circa 15.000 soldati", 15000, true, "soldati")]
    [InlineData("it", "Ha inviato migliaia di container di munizioni.", "migliaia di container", 1000, true, "container")]
    [InlineData("it", "Sono fuggite centinaia di migliaia di persone.", "centinaia di migliaia di persone", 100000, true, "persone")]
    [InlineData("it", "Un prestito da 2 miliardi di dollari.", "2 miliardi di dollari", 2e9, false, "dollari")]
    [InlineData("it", "Il PIL è sceso del 3,5% nel trimestre.", "3,5%", 3.5, false, "%")]
    [InlineData("it", "La colonna era lunga 10 km.", "10 km", 10, false, "km")]
    [InlineData("it", "La colonna era lunga 10km.", "10km", 10, false, "km")]
    [InlineData("it", "Si contano una decina di feriti.", "una decina di feriti", 10, true, "feriti")]
    [InlineData("it", "Ci sono stati oltre 200 morti.", "oltre 200 morti", 200, true, "morti")]
    [InlineData("it", "Restano in carcere per sei mesi.", "sei mesi", 6, false, "mesi")]
    [InlineData("it", "Mosca ha schierato quindicimila soldati.", "quindicimila soldati", 15000, false, "soldati")]
    [InlineData("it", "Arriveranno 15.000 nuovi soldati.", "15.000 nuovi soldati", 15000, false, "soldati")]
    [InlineData("it", "La disoccupazione è al 5 per cento.", "5 per cento", 5, false, "per cento")]
    [InlineData("it", "Hanno ricevuto 15mila dosi.", "15mila dosi", 15000, false, "dosi")]
    [InlineData("it", "Un piano da un milione e mezzo di euro.", "un milione e mezzo di euro", 1.5e6, false, "euro")]
    [InlineData("it", "Sono morti quasi cento civili.", "quasi cento civili", 100, true, "civili")]
    [InlineData("es", "Enviará más de 15.000 soldados.", "más de 15.000 soldados", 15000, true, "soldados")]
    [InlineData("es", "Marcharon decenas de miles de personas.", "decenas de miles de personas", 10000, true, "personas")]
    [InlineData("es", "Llegaron unos 300 soldados.", "unos 300 soldados", 300, true, "soldados")]
    [InlineData("es", "Desplegó 1500 soldados en la frontera.", "1500 soldados", 1500, false, "soldados")]
    [InlineData("es", "Huyeron cerca de dos millones de personas.", "cerca de dos millones de personas", 2e6, true, "personas")]
    [InlineData("es", "Su primer viaje en 24 años.", "24 años", 24, false, "años")]
    [InlineData("en", "The US pledged about $2 billion in aid.", "about $2 billion", 2e9, true, "$")]
    [InlineData("en", "More than 15,000 troops were sent.", "More than 15,000 troops", 15000, true, "troops")]
    [InlineData("en", "Thousands of people fled.", "Thousands of people", 1000, true, "people")]
    [InlineData("en", "North Korea sent about 1,500 special forces soldiers.", "about 1,500 special forces", 1500, true, "forces")]
    [InlineData("en", "They fired dozens of missiles.", "dozens of missiles", 12, true, "missiles")]
    [InlineData("en", "Some 1.5 million people voted.", "Some 1.5 million people", 1.5e6, true, "people")]
    [InlineData("en", "Nearly two hundred and fifty soldiers died.", "Nearly two hundred and fifty soldiers", 250, true, "soldiers")]
    [InlineData("en", "Temperatures reached 30 °C in the shade.", "30 °C", 30, false, "°C")]
    [InlineData("fr", "Environ 15 000 soldats ont été envoyés.", "Environ 15 000 soldats", 15000, true, "soldats")]
    public void Quantities(string lang, string text, string span, double value, bool approx, string? unit) =>
        AssertOne(lang, text, span, value, approx, unit);

    [Fact]
    public void RangeEndsShareTheUnit()
    {
        var q = Tag("it", "Una coda tra 10 e 15 km.");
        Assert.Equal([(10.0, "km"), (15.0, "km")], q.Select(x => (x.Value, x.Unit)).ToArray());
        Assert.Equal("10", q[0].Text);
    }

    [Fact]
    public void RulesTellHowTheNumberWasRead()
    {
        Assert.Equal("digits", Tag("it", "15.000 soldati").Single().Rule);
        Assert.Equal("digits+scale", Tag("it", "2 miliardi di euro").Single().Rule);
        Assert.Equal("words", Tag("it", "quindicimila soldati").Single().Rule);
        Assert.Equal("vague", Tag("it", "migliaia di soldati").Single().Rule);
    }

    [Theory]
    [InlineData("it", "La sua diplomazia nel 2019 si è conclusa senza accordo.")]
    [InlineData("it", "A partire dall'ottobre 2024 le truppe partiranno.")]
    [InlineData("it", "Visita di stato il 18 e 19 giugno, ha affermato il Cremlino.")]
    [InlineData("it", "L'ultima visita risale al 2000, quando divenne presidente.")]
    [InlineData("it", "L'incontro è previsto alle 10:30.")]
    [InlineData("it", "L'incontro è previsto alle 10 di sera.")]
    [InlineData("it", "Al vertice del G20 e del G7 si è parlato di Covid-19 e degli F-16.")]
    [InlineData("it", "Una missiva per il 73° compleanno di Putin.")]
    [InlineData("it", "Un incontro, secondo le fonti, in mezzo alla crisi.")]
    [InlineData("it", "Tu sei stato chiaro.")]
    [InlineData("it", "Il decreto 2024-06-18 è in vigore.")]
    [InlineData("es", "Su último encuentro fue en 2019.")]
    [InlineData("es", "La cumbre será el 12 de junio de 2024.")]
    [InlineData("es", "Llegó a las 10 de la mañana.")]
    [InlineData("es", "Una reunión con uno de los líderes.")]
    [InlineData("en", "The summit took place on June 18, 2024.")]
    [InlineData("en", "It began in 2019 and ended in the 1990s style.")]
    [InlineData("en", "The 2019 election was close.")]
    [InlineData("en", "In the 18th century, one of the rulers met a king at 10 am.")]
    [InlineData("en", "The bombing two years ago shocked the city.")]
    [InlineData("en", "It happened in nineteen ninety-six, after the year two thousand scare.")]
    [InlineData("en", "Its 1990 invasion of Kuwait.")]
    [InlineData("it", "L'accordo firmato due anni fa.")]
    [InlineData("it", "Il mondo che ti sei scelto.")]
    [InlineData("it", "L'appuntamento è alle ore 8 presso la Prefettura.")]
    [InlineData("it", "Aperto dalle 14,30 alle 18,00 Apertura lavori.")]
    [InlineData("it", "Lo prevede l'art. 18 dello Statuto.")]
    [InlineData("it", "Il premier ha fatto ricorso all'articolo 49.3 della Costituzione.")]
    [InlineData("es", "Lo establece el artículo 155 de la Constitución.")]
    [InlineData("it", "Sulla statale 189 Agrigento - Palermo.")]
    [InlineData("it", "La partita inizia alle 21.30 ora italiana.")]
    [InlineData("it", "La musica degli anni 80 torna di moda.")]
    [InlineData("it", "Il mandato tra il 1992 e il 1994 fu breve.")]
    [InlineData("es", "El acuerdo firmado hace dos años sigue vigente.")]
    [InlineData("es", "Desde hace más de 30 años hay disputa.")]
    [InlineData("es", "Participan del día 3 al 5 en Blanes.")]
    [InlineData("es", "Entre el 16 y el 25 de junio viajará.")]
    [InlineData("es", "Aterrizó a las 8.15 hora local.")]
    [InlineData("fr", "Il est parti il y a deux ans.")]
    [InlineData("fr", "YAOUNDÉ, 27 oct 2025 (AFP) - Le Conseil a proclamé les résultats.")]
    [InlineData("fr", "NIAMEY, 3 juil (AFP) - La junte a dénoncé les accords.")]
    public void NotQuantities(string lang, string text) => Assert.Empty(Tag(lang, text));

    [Theory]
    [InlineData("The United States struck three nuclear sites in Iran.", "three nuclear sites", 3, "sites")]
    [InlineData("Fighting between the two Southeast Asian neighbors escalated.", "two Southeast Asian neighbors", 2, "neighbors")]
    [InlineData("The attack killed three Israeli soldiers.", "three Israeli soldiers", 3, "soldiers")]
    public void EnglishAdjectivesBetweenANumberAndWhatItCountsAreSkipped(string text, string span, double value, string unit) =>
        AssertOne("en", text, span, value, false, unit);

    [Theory]
    [InlineData("fr", "Le couvre-feu commence à 22 heures.")]
    [InlineData("es", "El toque de queda empieza a las 22 horas.")]
    public void AClockTimeWithItsHourWordIsNoQuantity(string lang, string text) => Assert.Empty(Tag(lang, text));
}
