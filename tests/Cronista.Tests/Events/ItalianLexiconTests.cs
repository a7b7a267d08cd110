using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Tests.Events;

/// <summary>Word senses of the Italian event lexicon read off ML-Crisis's Italian events (local crime news, page text):
/// each case is a look-alike that named no event of its type, beside the sense that does.</summary>
public class ItalianLexiconTests
{
    private static Document Run(string text) =>
        DocumentPipeline.Default.Run(new RawDocument { Source = "t", Text = text, Language = "it", Published = new DateOnly(2013, 5, 1) });

    [Theory]
    [InlineData("La Corte d'Appello di Palermo ha condannato a 2 anni di reclusione il pentito.")]
    [InlineData("Il pubblico ministero ha invocato la condanna dell'imputato a 5 anni di carcere.")]
    [InlineData("Il giudice lo ha condannato all'ergastolo.")]
    [InlineData("Incardona sconterà una condanna definitiva a 2 anni e 5 mesi.")]
    [InlineData("Il tribunale di Enna ha condannato Luigi Bianchi, 47 anni, a 3 anni di reclusione.")] // an age appositive in the gap
    public void ACourtsSentenceIsNoCondemnation(string text) =>
        Assert.DoesNotContain(Run(text).Events, e => e.Type == "DISAPPROVE");

    [Theory]
    [InlineData("Le tribunal de Lyon a condamné Paul Martin, 39 ans, à deux ans de prison.", "fr")]
    [InlineData("La corte condenó a Pedro Gómez, de 51 años, a diez años de prisión.", "es")]
    public void ACourtsSentenceIsNoCondemnationInFrenchAndSpanish(string text, string lang) =>
        Assert.DoesNotContain(DocumentPipeline.Default.Run(new RawDocument { Source = "t", Text = text, Language = lang, Published = new DateOnly(2013, 5, 1) }).Events,
            e => e.Type == "DISAPPROVE");

    // A verb's other forms trigger as its infinitive does ("fornire munizioni" matched, "ha fornito munizioni" did not).
    [Theory]
    [InlineData("La Corea del Nord avrebbe fornito munizioni alla Russia.", "AID", "country:KP", "country:RU")]
    [InlineData("La Corea del Nord fornisce missili alla Russia.", "AID", "country:KP", "country:RU")]
    [InlineData("La Corea del Nord avrebbe inviato milioni di proiettili alla Russia.", "AID", "country:KP", "country:RU")]
    [InlineData("La Russia invade l'Ucraina.", "ASSAULT", "country:RU", "country:UA")]
    [InlineData("Kim si reca a Mosca.", "CONSULT", "person:kim-jong-un", "country:RU")]
    [InlineData("I due ministri discutono del nucleare iraniano a Vienna.", "CONSULT", null, null)]
    public void InflectedVerbsTrigger(string text, string type, string? source, string? target) =>
        Assert.Contains(Run(text).Events, e => e.Type == type && (source is null || e.Source?.Id == source) && (target is null || e.Target?.Id == target));

    // "manifestare" with an object expresses something; without one (a place, "contro") it is a demonstration.
    [Theory]
    [InlineData("Migliaia di persone hanno manifestato a Roma contro la guerra.", true)]
    [InlineData("Circa 20.000 persone hanno manifestato a Sana'a.", true)]
    [InlineData("Il ministro ha manifestato preoccupazione per la situazione.", false)]
    [InlineData("Il presidente ha manifestato il suo dissenso.", false)]
    [InlineData("L'uomo avrebbe manifestato segni di squilibrio.", false)]
    public void DemonstratingIsNotExpressing(string text, bool demonstration) =>
        Assert.Equal(demonstration, Run(text).Events.Any(e => e.Type == "MOBILIZE"));

    [Fact]
    public void ACountryTargetGotFromItsCapitalHasItsName()
    {
        var e = Assert.Single(Run("Kim si è recato a Mosca.").Events, e => e.Type == "CONSULT");
        Assert.Equal(("country:RU", "Russia"), (e.Target!.Id, e.Target.Name));
    }

    [Fact]
    public void AnAppealForPeaceIsADemand() =>
        Assert.Contains(Run("Il vescovo ha lanciato un appello per la pace.").Events, e => e.Type == "DEMAND");

    [Fact]
    public void APoliticalCondemnationStays() =>
        Assert.Contains(Run("L'Onu condanna le violenze degli ultimi giorni.").Events, e => e.Type == "DISAPPROVE" && e.Source?.Id == "org:un");

    [Theory]
    [InlineData("I combattenti ribelli da Misurata sono riluttanti ad andare a Zliten.", "ASSAULT")]
    [InlineData("Da allora fu un collaboratore fisso dell'Agip.", "COOPERATE")]
    [InlineData("Il bottino ammonta a circa 300 euro.", "THREATEN")]
    [InlineData("Il ragazzo è stato portato al presidio sanitario di Cammarata.", "MOBILIZE")]
    [InlineData("La missione vaticana in Siria è stata rinviata.", "SANCTION")]
    [InlineData("La donna è stata ricoverata al pronto soccorso di Sciacca.", "AID")] // a hospital ward
    [InlineData("Il ferito è stato portato in ospedale.", "ASSAULT")]              // the wounded man, no wounding
    [InlineData("Le regioni hanno discusso il Patto per la sanità.", "AGREE")]     // a name, capitalized mid-sentence
    [InlineData("I cancelli della fabbrica sono rimasti chiusi.", "SANCTION")]       // gates, not cancelling
    [InlineData("La vettura dei veterani è finita contro il vetro della vetrina.", "REJECT")] // no veto
    [InlineData("La sentenza, non appellata dalla difesa, è definitiva.", "DEMAND")] // a court appeal
    [InlineData("Il caso passa alla Corte d'Appello di Catania.", "DEMAND")]
    public void LookAlikesNameNoEvent(string text, string type) =>
        Assert.DoesNotContain(Run(text).Events, e => e.Type == type);

    [Fact]
    public void FightersAreTheActorsOfTheirEvent()
    {
        var e = Assert.Single(Run("I combattenti ribelli hanno attaccato la caserma.").Events, e => e.Type == "ASSAULT");
        Assert.Contains("combattenti", e.Source?.Name ?? "");
        Assert.Contains(Run("Il ministro ha ammonito Damasco contro nuove violenze.").Events, e => e.Type == "THREATEN");
    }
}
