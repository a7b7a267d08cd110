using Cronista.Model;
using static Cronista.Tests.Time.TimexTestHelpers;

namespace Cronista.Tests.Time;

/// <summary>Expected values are worked out by hand from the calendar (anchor Monday 2024-06-17 unless stated).</summary>
public class TimexTaggerTests
{
    [Theory]
    // explicit dates
    [InlineData("Talks opened on June 18, 2024 in Vienna.", "June 18, 2024", "2024-06-18", TimexType.Date)]
    [InlineData("The deal was signed on 18/06/2024.", "18/06/2024", "2024-06-18", TimexType.Date)]
    [InlineData("Prices fell in March 2023 after the vote.", "March 2023", "2023-03", TimexType.Date)]
    [InlineData("The war began in 2022.", "2022", "2022", TimexType.Date)]
    [InlineData("Inflation peaked in the 1990s.", "1990s", "199", TimexType.Date)]
    // relative to the document date
    [InlineData("Sales rose last year.", "last year", "2023", TimexType.Date)]
    [InlineData("The company was founded two years ago.", "two years ago", "2022", TimexType.Date)]
    [InlineData("He arrived yesterday morning.", "yesterday morning", "2024-06-16TMO", TimexType.Time)]
    [InlineData("Results are due in the third quarter.", "third quarter", "2024-Q3", TimexType.Date)]
    [InlineData("The minister met them last Friday.", "last Friday", "2024-06-14", TimexType.Date)]
    [InlineData("The summit will take place next Tuesday.", "next Tuesday", "2024-06-18", TimexType.Date)]
    [InlineData("Markets closed at 10:30 local time.", "10:30", "2024-06-17T10:30", TimexType.Time)]
    // durations, sets, vague references
    [InlineData("The strike lasted for three weeks.", "three weeks", "P3W", TimexType.Duration)]
    [InlineData("He served a two-year term.", "two-year", "P2Y", TimexType.Duration)]
    [InlineData("Patrols run every day.", "every day", "P1D", TimexType.Set)]
    [InlineData("The situation is now stable.", "now", "PRESENT_REF", TimexType.Date)]
    public void English(string text, string phrase, string value, TimexType type)
    {
        var (t, x) = Find("en", text, phrase, June17);
        Assert.Contains(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(type, x.Type);
    }

    [Theory]
    [InlineData("La reunión fue el 19 de mayo de 2000.", "19 de mayo de 2000", "2000-05-19", TimexType.Date)]
    [InlineData("El acuerdo se firmó hace dos años.", "hace dos años", "2022", TimexType.Date)]
    [InlineData("El año pasado creció la economía.", "año pasado", "2023", TimexType.Date)]
    [InlineData("Lo anunció el pasado lunes.", "pasado lunes", "2024-06-10", TimexType.Date)]
    [InlineData("Ayer llegó la delegación.", "Ayer", "2024-06-16", TimexType.Date)]
    [InlineData("Las obras terminarán a finales de 2025.", "finales de 2025", "2025", TimexType.Date)]
    [InlineData("Hubo lluvias en los últimos días.", "últimos días", "PXD", TimexType.Duration)]
    [InlineData("La cumbre se celebra cada año.", "cada año", "P1Y", TimexType.Set)]
    [InlineData("Estuvo preso durante 24 años.", "24 años", "P24Y", TimexType.Duration)]
    [InlineData("Ahora la situación es estable.", "Ahora", "PRESENT_REF", TimexType.Date)]
    public void Spanish(string text, string phrase, string value, TimexType type)
    {
        var (t, x) = Find("es", text, phrase, June17);
        Assert.Contains(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(type, x.Type);
    }

    [Theory]
    [InlineData("Il governo è caduto tre anni fa.", "tre anni fa", "2021", TimexType.Date)]
    [InlineData("L'anno scorso le esportazioni sono calate.", "anno scorso", "2023", TimexType.Date)]
    [InlineData("Il ministro è arrivato martedì scorso.", "martedì scorso", "2024-06-11", TimexType.Date)]
    [InlineData("Putin visiterà Pyongyang martedì.", "martedì", "2024-06-18", TimexType.Date)]
    [InlineData("Ieri sono iniziati i colloqui.", "Ieri", "2024-06-16", TimexType.Date)]
    [InlineData("Le trattative riprendono all'inizio di luglio.", "luglio", "2024-07", TimexType.Date)]
    [InlineData("La conferenza si è tenuta il 7 ottobre 2023.", "7 ottobre 2023", "2023-10-07", TimexType.Date)]
    [InlineData("Negli ultimi mesi i prezzi sono saliti.", "ultimi mesi", "PXM", TimexType.Duration)]
    [InlineData("Il leader è al potere da 24 anni.", "24 anni", "P24Y", TimexType.Duration)]
    [InlineData("Il vertice si terrà questa settimana.", "questa settimana", "2024-W25", TimexType.Date)]
    [InlineData("Il bollettino esce ogni giorno.", "ogni giorno", "P1D", TimexType.Set)]
    public void Italian(string text, string phrase, string value, TimexType type)
    {
        var (t, x) = Find("it", text, phrase, June17);
        Assert.Contains(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(type, x.Type);
    }

    [Theory]
    [InlineData("it", "Il festival si svolge dal 3 al 5 marzo.", "2024-03-03/2024-03-05")]
    [InlineData("it", "Il tasso è cresciuto tra il 2011 e il 2013.", "2011/2013")]
    [InlineData("es", "La producción cayó entre 2019 y 2021.", "2019/2021")]
    [InlineData("en", "Output fell between 2019 and 2021.", "2019/2021")]
    public void RangesBecomeIntervals(string lang, string text, string value)
    {
        var all = Tag(lang, text, June17);
        Assert.Single(all);
        Assert.Equal(value, all[0].X.Value);
    }

    [Fact]
    public void RangesSplitPerEndForTimeMl()
    {
        var all = Tag("es", "La producción cayó entre 2019 y 2021.", June17, merge: false);
        Assert.Equal(["2019", "2021"], all.Select(a => a.X.Value));
    }

    [Fact]
    public void WithoutAnchorRelativeValuesKeepPlaceholders()
    {
        var (_, tue) = Find("it", "L'incontro è fissato per martedì.", "martedì", null);
        Assert.Equal("XXXX-WXX-2", tue.Value);
        Assert.Equal("unresolved", tue.Resolution);
        var (_, oct) = Find("es", "Fue el 7 de octubre.", "7 de octubre", null);
        Assert.Equal("XXXX-10-07", oct.Value);
    }

    [Fact]
    public void ResolutionAndAnchorAreRecorded()
    {
        var (_, x) = Find("en", "Sales rose last year.", "last year", June17);
        Assert.Equal("document_date", x.Resolution);
        Assert.Equal("2024-06-17", x.Anchor);
        Assert.False(string.IsNullOrEmpty(x.Rule));
        var (_, e) = Find("en", "Talks opened on June 18, 2024.", "June", June17);
        Assert.Equal("explicit", e.Resolution);
        var (_, v) = Find("it", "Negli ultimi mesi i prezzi sono saliti.", "mesi", June17);
        Assert.Equal("vague", v.Resolution);
    }

    [Fact]
    public void NarrativeAnchorIsThePreviousDate()
    {
        var (_, x) = Find("en", "The talks opened on 3 March 2020. The next day the delegates left.", "next day", June17);
        Assert.Equal("2020-03-04", x.Value);
        Assert.Equal("previous_date", x.Resolution);
        Assert.Equal("2020-03-03", x.Anchor);
    }

    [Theory]
    [InlineData("en", "You may leave now if you want to march.", "may")]
    [InlineData("en", "Prices rose by 2000 % overnight.", "2000")]
    [InlineData("es", "El diario publicó la noticia.", "diario")]
    public void NonTemporalWordsAreNotTagged(string lang, string text, string word)
    {
        Assert.DoesNotContain(Tag(lang, text, June17), t => t.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    // A hedged number before what it counts, or one below 1900 after a bare "of", counts things: no year (these dated
    // events in 1300 or 1000 AD); a year keeps its context word or is followed by a verb or stop word.
    [Theory]
    [InlineData("fr", "Les affrontements auraient déjà fait près de 1300 morts.", "1300")]
    [InlineData("fr", "Environ 1500 personnes ont défilé.", "1500")]
    [InlineData("it", "Circa 1400 siriani sono stati uccisi.", "1400")]
    [InlineData("it", "Le vittime sono più di 2000 civili.", "2000")]
    [InlineData("es", "Para castigar la muerte de 1000 personas por un ataque químico.", "1000")]
    [InlineData("es", "Desfilaron más de 2000 manifestantes.", "2000")]
    [InlineData("en", "About 1500 people marched.", "1500")]
    public void CountsAreNotYears(string lang, string text, string number)
    {
        Assert.DoesNotContain(Tag(lang, text, June17), t => t.Text.Contains(number, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "Il 2024-06-17 è stato firmato l'accordo.", "2024-06-17", "2024-06-17")]
    [InlineData("es", "El 17-06-2024 se firmó el acuerdo.", "17-06-2024", "2024-06-17")]
    [InlineData("es", "Fue reelegido para el período 2025-2031.", "2025-2031", "2025/2031")]
    [InlineData("en", "The 2014–2016 outbreak killed thousands.", "2014–2016", "2014/2016")]
    [InlineData("it", "Nel biennio 2019-21 le esportazioni sono calate.", "2019-21", "2019/2021")]
    public void HyphenatedDatesAndYearRangesAreOneExpression(string lang, string text, string written, string value)
    {
        AssertOne(lang, text, June17, written, value);
        // A score or a model is no date: "3-1", "Mirage 2000-5".
        Assert.Empty(Tag(lang, "3-1", June17));
        Assert.Empty(Tag(lang, "Les Mirage 2000-5 seront livrés.", June17));
    }

    [Theory]
    [InlineData("it", "A Ferragosto la città si svuota.", "Ferragosto", "2024-08-15")]
    [InlineData("it", "Pasquetta 2023 fu piovosa.", "Pasquetta 2023", "2023-04-10")]
    [InlineData("fr", "La grève est prévue pour le lundi de Pâques 2025.", "lundi de Pâques 2025", "2025-04-21")]
    [InlineData("en", "The attack came on Good Friday.", "Good Friday", "2024-03-29")]
    [InlineData("es", "El viernes santo hubo procesiones.", "viernes santo", "2024-03-29")]
    public void HolidaysIncludingEasterHaveTheirDate(string lang, string text, string written, string value) =>
        AssertOne(lang, text, June17, written, value);

    [Theory]
    [InlineData("es", "La central ya había convocado paros en enero y mayo de 2023.", "enero", "2023-01")]
    [InlineData("it", "Gli scioperi di gennaio, marzo e maggio 2023 hanno bloccato il paese.", "marzo", "2023-03")]
    [InlineData("en", "Strikes in January and February 2023 paralysed the country.", "January", "2023-01")]
    [InlineData("fr", "Les grèves de janvier et février 2023 ont paralysé le pays.", "janvier", "2023-01")]
    public void CoordinatedMonthsShareTheYearWrittenAfterTheLast(string lang, string text, string written, string value) =>
        Assert.Contains(Tag(lang, text, June17), t => t.Text == written && t.X.Value == value);

    [Fact]
    public void AWeekdayRangesStartIsInTheWeekBeforeAndANumberWordAfterAMonthIsNoDay()
    {
        var wednesday = new DateOnly(2025, 10, 29);
        Assert.Contains(Tag("it", "Almeno 1.500 civili sarebbero stati uccisi tra domenica e martedì.", wednesday), t => t.X.Value == "2025-10-26/2025-10-28");
        var counts = Tag("es", "Los transportistas protagonizaron en octubre dos paros.", wednesday);
        Assert.DoesNotContain(counts, t => t.X.Value.Length == 10); // "octubre", not "octubre dos"
        Assert.Contains(Tag("es", "LIMA, 18 may (EFE).- El Gobierno declaró el estado de emergencia.", wednesday), t => t.Text == "18 may" && t.X.Value == "2025-05-18");
    }

    [Theory]
    [InlineData("it", "A fine mese è attesa a Bruxelles una conferenza dei donatori.", "fine mese", "2023-02")]
    [InlineData("it", "Alla fine del mese si voterà.", "Alla fine del mese", "2023-02")]
    [InlineData("es", "Las elecciones serán a finales de mes.", "a finales de mes", "2023-02")]
    [InlineData("it", "A fine anno si voterà.", "fine anno", "2023")]
    public void APartOfTheCurrentMonthOrYearIsThatPeriod(string lang, string text, string written, string value) =>
        Assert.Contains(Tag(lang, text, new DateOnly(2023, 2, 7)), t => t.Text == written && t.X.Value == value);

    [Theory]
    [InlineData("fr", "Des milliers ont manifesté, au lendemain de la découverte des corps.")]
    [InlineData("it", "Alla vigilia del vertice il governo ha taciuto.")]
    [InlineData("fr", "Le lendemain de l'attaque, la ville était calme.")]
    public void TheDayAfterOrBeforeAnEventIsNoDateOfTheDocument(string lang, string text) =>
        Assert.DoesNotContain(Tag(lang, text, June17), t => t.X.Type == Cronista.Model.TimexType.Date);

    [Theory]
    [InlineData(2016, 3, 27)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void EasterSundayIsComputed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Cronista.Time.TimexValues.EasterSunday(year));

    [Theory]
    [InlineData("es", "Más de un millón de desplazados se refugian en Rafah desde octubre.", "octubre", "2023-10")]
    [InlineData("fr", "Depuis octobre, les combats ont fait 300 morts.", "octobre", "2023-10")]
    [InlineData("en", "Since October, fighting has killed 300 people.", "October", "2023-10")]
    [InlineData("it", "Da ottobre sono morte 300 persone.", "ottobre", "2023-10")]
    [InlineData("it", "Da ottobre entrerà in vigore la legge.", "ottobre", "2024-10")]      // the future: the next one
    [InlineData("it", "Dal 1 gennaio al 30 giugno sono arrivate 25.000 persone.", "1 gennaio al 30 giugno", "2024-01-01/2024-06-30")]
    [InlineData("it", "Il festival si tiene dal 3 al 5 marzo.", "3 al 5 marzo", "2024-03-03/2024-03-05")]
    public void SinceIsTheLastOccurrenceAndARangeStartsBeforeItEnds(string lang, string text, string written, string value) =>
        AssertOne(lang, text, new DateOnly(2024, 7, 10), written, value);

    /// <summary>The text holds one expression, ending with <paramref name="written"/>, of value <paramref name="value"/>.</summary>
    private static void AssertOne(string lang, string text, DateOnly anchor, string written, string value)
    {
        var t = Assert.Single(Tag(lang, text, anchor));
        Assert.EndsWith(written, t.Text);
        Assert.Equal(value, t.X.Value);
    }

    [Theory]
    [InlineData("it", "La città fu fondata nel 1300 e distrutta nel 1500.", "1300")]
    [InlineData("fr", "Les descendants de la destinée manifeste de 1792 sont toujours là.", "1792")]
    [InlineData("es", "La rebelión de 1810 fue aplastada.", "1810")]
    [InlineData("en", "Around 1990 the company moved.", "1990")]
    [InlineData("es", "En 2011 comenzaron las protestas.", "2011")]
    [InlineData("es", "Los cables de 2006 y 2010 filtrados por Wikileaks.", "2010")]
    [InlineData("it", "Alla Marcia della Pace 2011 insieme ai sindaci.", "2011")]
    [InlineData("es", "La revolución de 2011 llegó tarde.", "2011")]
    public void YearsStayYears(string lang, string text, string year)
    {
        Assert.Contains(Tag(lang, text, June17), t => t.X.Value == year);
    }

    // Session 44: where a year follows the noun it qualifies, a four-digit number before a plural noun counts it.
    [Theory]
    [InlineData("fr", "Hier, 2000 manifestants ont réclamé la libération des prisonniers.")]
    [InlineData("es", "La muerte de 2000 personas conmocionó al país.")]
    [InlineData("it", "2000 manifestanti hanno chiesto le dimissioni.")]
    public void ACountBeforeAPluralIsNoYear(string lang, string text) =>
        Assert.DoesNotContain(Tag(lang, text, June17), t => t.X.Value == "2000");
}

public class BareWeekdayTests
{
    // Published Monday 2024-06-17. Italian/Spanish with no tense cue: the nearest such day (Monday's "domingo" is yesterday,
    // its "martes" tomorrow); English news "said Tuesday" convention: the last one (language data: @settings
    // WEEKDAY:nearest|week|past).
    [Theory]
    [InlineData("es", "Detenidos dos presuntos incitadores de los disturbios del domingo.", "domingo", "2024-06-16")]
    [InlineData("it", "Le proteste di sabato a Roma.", "sabato", "2024-06-15")]
    [InlineData("it", "Il viaggio di questa settimana, che inizia martedì, evidenzia la crescente importanza.", "martedì", "2024-06-18")]
    [InlineData("es", "La reunión, que empieza el martes, durará dos días.", "martes", "2024-06-18")]
    [InlineData("it", "Martedì scorso il ministro ha parlato.", "Martedì", "2024-06-11")]
    [InlineData("en", "The minister spoke Tuesday in Seoul.", "Tuesday", "2024-06-11")]
    public void WeekdayWithoutTenseCue(string lang, string text, string phrase, string value) =>
        Assert.Equal(value, TimexTestHelpers.Find(lang, text, phrase, TimexTestHelpers.June17).X.Value);
}
