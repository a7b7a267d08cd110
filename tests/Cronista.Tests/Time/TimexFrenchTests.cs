using Cronista.Model;
using static Cronista.Tests.Time.TimexTestHelpers;

namespace Cronista.Tests.Time;

/// <summary>French temporal expressions (fr/timex_lexicon.txt); anchor Monday 2024-06-17, values worked out by hand.</summary>
public class TimexFrenchTests
{
    [Theory]
    [InlineData("Le sommet s'ouvrira le 18 juin à Bruxelles.", "le 18 juin", "2024-06-18")]
    [InlineData("Le traité a été signé le 1er juin.", "le 1er juin", "2024-06-01")]
    [InlineData("Il a été arrêté le 2 février 2013 au Caire.", "le 2 février 2013", "2013-02-02")]
    [InlineData("Le ministre l'a annoncé mardi dernier.", "mardi dernier", "2024-06-11")]
    [InlineData("Le ministre a parlé vendredi devant la presse.", "vendredi", "2024-06-14")]
    [InlineData("Le ministre se rendra jeudi à Rome.", "jeudi", "2024-06-20")]
    [InlineData("L'armée a bombardé la ville il y a trois jours.", "il y a trois jours", "2024-06-14")]
    [InlineData("Les prix ont augmenté l'année dernière.", "l'année dernière", "2023")]
    [InlineData("Les prix ont augmenté l'an dernier.", "l'an dernier", "2023")]
    [InlineData("L'accord a été conclu en septembre 2023.", "septembre 2023", "2023-09")]
    [InlineData("Les négociations reprendront la semaine prochaine.", "la semaine prochaine", "2024-W26")]
    [InlineData("Le chômage a baissé le mois dernier.", "le mois dernier", "2024-05")]
    [InlineData("Le rapport sera publié ce mois-ci.", "ce mois-ci", "2024-06")]
    [InlineData("La conférence se tiendra dans deux semaines.", "dans deux semaines", "2024-W27")]
    [InlineData("La ville est assiégée depuis 2011.", "2011", "2011")]
    [InlineData("Aujourd'hui, la situation reste tendue.", "Aujourd'hui", "2024-06-17")]
    [InlineData("Les combats ont repris hier.", "hier", "2024-06-16")]
    [InlineData("Les combats ont repris avant-hier.", "avant-hier", "2024-06-15")]
    [InlineData("Le vote aura lieu demain.", "demain", "2024-06-18")]
    [InlineData("La trêve sera signée mi-juillet.", "mi-juillet", "2024-07")]
    [InlineData("Le pays a changé depuis les années 1990.", "les années 1990", "199")]
    [InlineData("La mode des années 80 revient.", "années 80", "198")]
    [InlineData("Le pays a été colonisé au XIXe siècle.", "XIXe siècle", "18")]
    [InlineData("Les élections auront lieu au printemps prochain.", "printemps prochain", "2025-SP")]
    [InlineData("Le bureau est fermé à Noël.", "Noël", "2024-12-25")]
    [InlineData("Les ventes ont progressé au premier trimestre.", "premier trimestre", "2024-Q1")]
    public void Dates(string text, string phrase, string value)
    {
        var (t, x) = Find("fr", text, phrase.Split(' ')[^1], June17);
        Assert.EndsWith(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(TimexType.Date, x.Type);
    }

    [Theory]
    [InlineData("Une explosion a secoué la ville hier soir.", "hier soir", "2024-06-16TEV")]
    [InlineData("Le président s'exprimera ce soir.", "ce soir", "2024-06-17TEV")]
    [InlineData("Les manifestants se sont rassemblés lundi matin.", "lundi matin", "2024-06-17TMO")]
    [InlineData("Le couvre-feu commence à 21h30.", "21h30", "2024-06-17T21:30")]
    [InlineData("Le couvre-feu commence à 21 h 30.", "21 h 30", "2024-06-17T21:30")]
    [InlineData("Le couvre-feu commence à 21h.", "21h", "2024-06-17T21:00")]
    [InlineData("Les bureaux ferment à 13h00 GMT.", "13h00 GMT", "2024-06-17T13:00Z")]
    [InlineData("Publié le 2 février 2013 à 11h05.", "11h05", "2013-02-02T11:05")]
    [InlineData("La séance a été levée à midi.", "midi", "2024-06-17T12:00")]
    [InlineData("Les soldats ont tiré à 3 h 20 du matin.", "3 h 20 du matin", "2024-06-17T03:20")]
    [InlineData("Le convoi est parti à 7h du soir.", "7h du soir", "2024-06-17T19:00")]
    [InlineData("Le convoi est parti à 8 heures du soir.", "8 heures du soir", "2024-06-17T20:00")]
    [InlineData("Les États-Unis ont enregistré mercredi 60 000 cas, selon le comptage à 20 h 30.", "20 h 30", "2024-06-12T20:30")]
    [InlineData("Mis à jour le 3 février 2013 à 11h35.", "11h35", "2013-02-03T11:35")]
    public void Times(string text, string phrase, string value)
    {
        var (t, x) = Find("fr", text, phrase.Split(' ')[^1].TrimEnd('.'), June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(TimexType.Time, x.Type);
    }

    [Theory]
    [InlineData("Le conflit dure depuis trois ans.", "trois ans", "P3Y")]
    [InlineData("Il a été détenu pendant vingt-trois jours.", "vingt-trois jours", "P23D")]
    [InlineData("Les négociations ont duré quelques mois.", "quelques mois", "PXM")]
    [InlineData("Les prix ont doublé ces derniers mois.", "ces derniers mois", "PXM")]
    [InlineData("La ville est assiégée depuis des mois.", "mois", "PXM")]
    [InlineData("Il a vécu un mois à Tunis.", "un mois", "P1M")]
    [InlineData("La grève a duré plus de deux semaines.", "plus de deux semaines", "P2W")]
    public void Durations(string text, string phrase, string value)
    {
        var (t, x) = Find("fr", text, phrase.Split(' ')[^1], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(TimexType.Duration, x.Type);
    }

    [Fact]
    public void DayRangeIsOneInterval()
    {
        var (t, x) = Find("fr", "Le festival a eu lieu du 18 au 19 juin.", "juin", June17);
        Assert.EndsWith("18 au 19 juin", t);
        Assert.Equal("2024-06-18/2024-06-19", x.Value);
    }

    [Theory]
    [InlineData("Le gouvernement est actuellement divisé.", "actuellement", "PRESENT_REF")]
    [InlineData("Le pays a connu la guerre par le passé.", "par le passé", "PAST_REF")]
    [InlineData("Le dossier sera bientôt réglé.", "bientôt", "FUTURE_REF")]
    public void VagueReferences(string text, string phrase, string value)
    {
        var (t, x) = Find("fr", text, phrase.Split(' ')[^1], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Theory]
    [InlineData("Ils ont été acquittés par le tribunal.")]              // "été" is the participle of "être", not the summer
    [InlineData("Le printemps arabe a renversé plusieurs régimes.")]    // a historical name, not this year's spring
    [InlineData("Le quotidien Le Monde a publié l'enquête.")]           // a newspaper, not a set
    [InlineData("Il s'inquiète pour son avenir.")]                     // a vague reference after a possessive is a noun
    [InlineData("Il y a des tensions dans la région.")]                 // "il y a" without an amount of time
    [InlineData("Sept personnes ont été tuées.")]                       // "sept" is seven, not September
    public void NotTemporal(string text) => Assert.Empty(Tag("fr", text, June17));

    [Fact]
    public void EveryDayIsASet()
    {
        var (t, x) = Find("fr", "Les manifestants se réunissent tous les jours sur la place.", "jours", June17);
        Assert.Equal("tous les jours", t);
        Assert.Equal(TimexType.Set, x.Type);
        Assert.Equal("P1D", x.Value);
    }

    [Fact]
    public void HourWithoutMinutesAfterADurationPrepositionIsNoClockTime() =>
        Assert.DoesNotContain(Tag("fr", "Les secours ont travaillé pendant 24 h sans relâche.", June17), t => t.X.Type == TimexType.Time);
}
