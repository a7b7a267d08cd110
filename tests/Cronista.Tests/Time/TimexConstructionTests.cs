using Cronista.Model;
using static Cronista.Tests.Time.TimexTestHelpers;

namespace Cronista.Tests.Time;

/// <summary>Construction classes added from the dev error lists (anchor Monday 2024-06-17; values worked out by hand).</summary>
public class TimexConstructionTests
{
    // A month followed by a relative year is one expression: the month of that year, not this year's month plus a year.
    [Theory]
    [InlineData("es", "Desde su reunión en Rusia en septiembre del año pasado, los dos líderes hablaron.", "septiembre del año pasado", "2023-09")]
    [InlineData("it", "Dalla riunione in Russia a settembre dell'anno scorso i due leader hanno parlato.", "settembre dell'anno scorso", "2023-09")]
    [InlineData("en", "Since their meeting in Russia in September of last year, the two leaders talked.", "September of last year", "2023-09")]
    [InlineData("en", "He was arrested in July last year.", "July last year", "2023-07")]
    [InlineData("it", "La tregua è entrata in vigore nel novembre dello scorso anno.", "nel novembre dello scorso anno", "2023-11")]
    [InlineData("es", "Se firmó el 5 de marzo del año pasado.", "el 5 de marzo del año pasado", "2023-03-05")]
    [InlineData("es", "Llegará en octubre del próximo año.", "octubre del próximo año", "2025-10")]
    public void MonthOfRelativeYear(string lang, string text, string phrase, string value)
    {
        var all = Tag(lang, text, June17);
        var (t, x) = Assert.Single(all);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Fact]
    public void MonthOfDemonstrativeYearTakesTheLastExplicitYear()
    {
        var (t, x) = Find("es", "La ley se aprobó en 2019. En marzo de ese año hubo elecciones.", "marzo", June17);
        Assert.Equal("marzo de ese año", t);
        Assert.Equal("2019-03", x.Value);
    }

    // Clock times written with a period (CLOCK:dot), time zones, hour words.
    [Theory]
    [InlineData("es", "Votaron hasta las 18.00 hora local (22.00 GMT).", "22.00 GMT", "2024-06-17T22:00Z")]
    [InlineData("es", "El partido empieza a las 20.45 horas.", "las 20.45 horas", "2024-06-17T20:45")]
    [InlineData("es", "Emisión del programa (21.30, TV-3).", "21.30", "2024-06-17T21:30")]
    [InlineData("es", "Votaron hasta las 18.00 hora local.", "las 18.00 hora local", "2024-06-17T18:00")]
    [InlineData("es", "Salieron a las seis de la tarde.", "las seis de la tarde", "2024-06-17T18:00")]
    [InlineData("it", "La scossa è arrivata alle 4 del mattino.", "4 del mattino", "2024-06-17T04:00")]
    [InlineData("es", "Llegaron a las 8 horas de la tarde.", "las 8 horas de la tarde", "2024-06-17T20:00")]
    [InlineData("en", "The offer expires at 5 p.m. EST.", "5 p.m. EST", "2024-06-17T17:00")]
    public void ClockTimes(string lang, string text, string phrase, string value)
    {
        var (t, x) = Find(lang, text, phrase.Split(' ')[^1], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(TimexType.Time, x.Type);
    }

    [Fact]
    public void DotNumbersAreNotClockTimesInEnglish() =>
        Assert.Empty(Tag("en", "Shares closed at (21.30, up 2%).", June17));

    // A time followed by the day it falls on takes that day's date.
    [Theory]
    [InlineData("en", "The kidnapping happened at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "2024-06-12T22:00")]
    [InlineData("en", "The offer runs until 5 p.m. EST, June 21.", "5 p.m. EST, June 21", "2024-06-21T17:00")]
    [InlineData("en", "Negotiations broke off at noon Thursday.", "noon Thursday", "2024-06-13T12:00")]
    [InlineData("es", "El barco se hundió en la noche del viernes pasado.", "la noche del viernes pasado", "2024-06-14TNI")]
    [InlineData("es", "Murió a las seis de la mañana de ayer.", "seis de la mañana de ayer", "2024-06-16T06:00")]
    public void TimeWithItsDay(string lang, string text, string phrase, string value)
    {
        var (t, x) = Find(lang, text, phrase.Split(' ')[^1].TrimEnd('.'), June17);
        Assert.EndsWith(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Fact]
    public void CapitalizedDeicticAfterAClockTimeStartsAnotherExpression()
    {
        var all = Tag("it", "Aggiornato alle 10:15 Oggi il governo ha deciso.", June17);
        Assert.Equal(2, all.Count);
    }

    // A definite time of day written as one phrase with its article ("por la tarde" → "la tarde").
    [Fact]
    public void DefiniteTimeOfDayPhrase()
    {
        var (t, x) = Find("es", "Las mujeres votan por la mañana y los hombres lo hacen por la tarde.", "tarde", June17);
        Assert.Equal("la tarde", t);
        Assert.Equal(TimexType.Time, x.Type);
        Assert.EndsWith("TAF", x.Value);
    }

    // Bare plural units after a preposition of duration, vague "tiempo", "un par de".
    [Theory]
    [InlineData("es", "El Estado mantuvo durante años una presencia en el capital.", "años", "PXY")]
    [InlineData("en", "The mosque dominated the skyline for centuries.", "centuries", "PXCE")]
    [InlineData("es", "Los mercados lo descuentan desde hace tiempo.", "hace tiempo", "PXM")]
    [InlineData("es", "Llevan demasiado tiempo sin ganar.", "demasiado tiempo", "PXM")]
    [InlineData("es", "Se quedó allí un tiempo.", "un tiempo", "PXM")]
    [InlineData("es", "Sirvió para olvidar durante un par de horas.", "un par de horas", "PT2H")]
    [InlineData("en", "It will not change for a couple of years.", "a couple of years", "P2Y")]
    public void VagueAndWordDurations(string lang, string text, string phrase, string value)
    {
        var (t, x) = Find(lang, text, phrase.Split(' ')[^1], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
        Assert.Equal(TimexType.Duration, x.Type);
    }

    [Theory]
    [InlineData("es", "El club tiene miedo y mira al pasado con nostalgia.", "pasado", true)]
    [InlineData("es", "Sabe que su futuro está más que protegido.", "futuro", false)]
    [InlineData("es", "Nos asusta el futuro de las pensiones.", "futuro", false)]
    [InlineData("en", "They worry about the future of the plant.", "future", false)]
    [InlineData("es", "Trabajarán en sus próximas películas.", "próximas", true)]
    [InlineData("es", "Los equipos llevan cinco jornadas sin ganar.", "jornadas", false)]
    public void VagueReferenceNounsAfterPossessivesOrBeforeOf(string lang, string text, string word, bool tagged)
    {
        bool found = Tag(lang, text, June17).Any(t => t.Text.Contains(word, StringComparison.Ordinal));
        Assert.Equal(tagged, found);
    }

    // Years in words (broadcast transcripts), also after a month or season.
    [Theory]
    [InlineData("Keating's convictions were thrown out in nineteen ninety-six on a technicality.", "nineteen ninety-six", "1996")]
    [InlineData("The Soviet Union invaded in nineteen seventy-nine.", "nineteen seventy-nine", "1979")]
    [InlineData("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Prices were as low as in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    public void SpokenYears(string text, string phrase, string value)
    {
        var (t, x) = Find("en", text, "nineteen", June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Fact]
    public void WeekdayCommaMonthDay()
    {
        var (t, x) = Find("en", "The Times said in an editorial on Saturday, April 25: the court erred.", "Saturday", new DateOnly(1998, 4, 24));
        Assert.Equal("Saturday, April 25", t);
        Assert.Equal("1998-04-25", x.Value);
    }

    [Fact]
    public void IrregularPastVerbPointsAMonthBack()
    {
        // published 1989-10-27: "bought" puts March in the past; without a cue the nearer, coming March is taken
        Assert.Equal("1989-03", Find("en", "In March, the group bought a stake in the company.", "March", new DateOnly(1989, 10, 27)).X.Value);
        Assert.Equal("1990-03", Find("en", "In March, the group and the company.", "March", new DateOnly(1989, 10, 27)).X.Value);
    }
    // An ordinal before a century unit is the century ("the 20th century", "le XXe siècle" → 19); a plural year unit before a
    // year ending in 0 is its decade ("los años 2000"), but not before a coordinated or ranged year.
    [Theory]
    [InlineData("en", "The city grew in the 20th century.", "the 20th century", "19")]
    [InlineData("es", "La economía creció en los años 2000.", "los años 2000", "200")]
    public void CenturiesAndDecadesFromNumbers(string lang, string text, string phrase, string value)
    {
        var (t, x) = Find(lang, text, phrase.Split(' ')[^1], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Fact]
    public void YearsCoordinatedAreNoDecade() =>
        Assert.DoesNotContain(Tag("es", "Los datos de los años 2010 y 2011 son parciales.", June17), t => t.X.Value == "201");

    // A clock time takes the day named earlier in its sentence, not the anchor's.
    [Theory]
    [InlineData("en", "The plane landed on June 3 at 10 a.m.", "10 a.m.", "2024-06-03T10:00")]
    [InlineData("es", "El avión aterrizó el 3 de junio a las 10.30 horas.", "las 10.30 horas", "2024-06-03T10:30")]
    public void ClockTimeTakesTheDayOfItsSentence(string lang, string text, string phrase, string value)
    {
        var (t, x) = Find(lang, text, phrase.Split(' ')[0], June17);
        Assert.Equal(phrase, t);
        Assert.Equal(value, x.Value);
    }

    [Fact]
    public void ClockTimeInANewSentenceTakesTheAnchor() =>
        Assert.Equal("2024-06-17T10:00", Find("en", "He arrived on June 3. The curfew starts at 10 a.m.", "10", June17).X.Value);

    // "h" clock times ("21h30") are read only in languages whose lexicon sets CLOCK:h.
    [Fact]
    public void HourClockTimesNeedTheSetting() => Assert.Empty(Tag("en", "The 4h30 mark.", June17));

    // A date with a capitalised month after a street noun is the street's name ("la avenida 9 de Julio"); May Day is a date.
    [Theory]
    [InlineData("es", "Los incidentes ocurrieron en la avenida 9 de Julio, en el centro.")]
    [InlineData("it", "Il corteo è partito da piazza 25 Aprile.")]
    public void ADateAfterAStreetNounWithItsMonthCapitalisedIsAName(string lang, string text) => Assert.Empty(Tag(lang, text, June17));

    [Fact]
    public void MayDayWithACapitalIsStillADate() => Assert.Equal("2024-05-01", Find("es", "El Primero de Mayo será festivo.", "Mayo", June17).X.Value);

    // "en début d'année", "en fin d'année": the part of the current year.
    [Theory]
    [InlineData("Le ministère avait menacé en début d'année de retirer le permis.", "début d'année")]
    [InlineData("Il partira en fin d'année.", "fin d'année")]
    public void FrenchPartOfTheYearWithAnElidedArticle(string text, string phrase) => Assert.Equal("2024", Find("fr", text, phrase, June17).X.Value);

    // "nel fine settimana": the article fused with "in" makes the weekend definite — the one just gone in a past-tense sentence.
    [Fact]
    public void ItalianWeekendAfterNelIsTheOneJustGone() =>
        Assert.Equal("2024-W24-WE", Find("it", "Nel fine settimana una coalizione di bande ha attaccato la città.", "Nel", June17).X.Value);

    // "previste per febbraio", "scheduled for": a month after these is the next one, even beside a past participle.
    [Theory]
    [InlineData("it", "Le elezioni, previste per febbraio, potrebbero essere rinviate.", "febbraio")]
    [InlineData("en", "The vote, scheduled for February, was postponed.", "February")]
    public void AMonthAnEventIsScheduledForIsTheNextOne(string lang, string text, string month) =>
        Assert.Equal("2026-02", Find(lang, text, month, new DateOnly(2025, 10, 2)).X.Value);

    // A date opening its sentence before a comma dates the whole sentence: its tense may come many words later.
    [Theory]
    [InlineData("21 maggio, a Ribera, in via Ciliberto, un pensionato, Ciro Caternicchia, 87 anni, e' stato investito da un camion.")]
    [InlineData("21 maggio, a Ribera, in via Ciliberto, un pensionato, Ciro Caternicchia, 87 anni, è stato investito da un camion.")]
    public void ASentenceOpeningDateTakesTheTenseOfItsSentence(string text) =>
        Assert.Equal("2011-05-21", Find("it", text, "21 maggio", new DateOnly(2011, 12, 27)).X.Value);

    // A month's abbreviation inside a name is no month: "nel Mar del Giappone", "el Mar de China".
    [Fact]
    public void AMonthAbbreviationInsideANameIsNoDate() =>
        Assert.Empty(Tag("it", "La Corea del Nord ha lanciato un missile nel Mar del Giappone.", June17));

    // Where months are written in lower case, a capitalised one inside a sentence before another capital is a name.
    [Theory]
    [InlineData("es", "Nos siguen matando, dijo a EFE el dirigente Julio Rosas.")]
    [InlineData("it", "Lo ha detto il sindacalista Aprile Rossi.")]
    public void ACapitalisedMonthBeforeASurnameIsAName(string lang, string text) =>
        Assert.Empty(Tag(lang, text, June17));

    [Fact]
    public void ACapitalisedMonthAfterADayIsStillADate() =>
        Assert.Equal("2024-07-03", Find("es", "El 3 de Julio Rosas fue detenido.", "El 3 de Julio", June17).X.Value);

    // "pasado" right after an auxiliary of a compound tense is a participle, not "last" (session 34).
    [Fact]
    public void APastParticipleAfterAnAuxiliaryIsNoDirection()
    {
        var all = Tag("es", "Llegó tras haber pasado varios días refugiado en la embajada. El pasado lunes hubo protestas.", June17);
        Assert.DoesNotContain(all, a => a.Text.Contains("pasado varios", StringComparison.Ordinal) || a.Text == "pasado");
        Assert.Contains(all, a => a.Text == "El pasado lunes" && a.X.Value == "2024-06-10");
    }

    // An hour after "alle", "a las", "à", "vers" is a clock time; without one, or before "de" (a distance), a duration (session 35).
    [Theory]
    [InlineData("it", "La fumata bianca è arrivata alle 18.07.", "18.07", "TIME", "2024-06-17T18:07")]
    [InlineData("es", "El toque de queda empieza a las 22 horas.", "las 22 horas", "TIME", "2024-06-17T22:00")]
    [InlineData("fr", "Le couvre-feu commence à 22 heures.", "22 heures", "TIME", "2024-06-17T22:00")]
    [InlineData("fr", "Il a été détenu pendant 22 heures.", "22 heures", "DURATION", "PT22H")]
    [InlineData("fr", "Ils sont à 2 heures de vol d'ici.", "2 heures", "DURATION", "PT2H")]
    public void AnHourAfterAClockWordIsAClockTime(string lang, string text, string phrase, string type, string value)
    {
        var all = Tag(lang, text, June17);
        Assert.Contains(all, a => a.Text == phrase && a.X.Type.ToString().Equals(type, StringComparison.OrdinalIgnoreCase) && a.X.Value == value);
    }

    // Session 36: irregular Spanish preterites are past; a weekday after a call to act is the act's, ahead.
    [Theory]
    [InlineData("es", "El partido se impuso este domingo en las elecciones.", "este domingo", "2024-06-16")]
    [InlineData("it", "Il movimento ha invitato a bloccare il Paese mercoledì.", "mercoledì", "2024-06-19")]
    [InlineData("it", "Il movimento ha bloccato il Paese mercoledì.", "mercoledì", "2024-06-12")]
    [InlineData("fr", "Le mouvement a appelé à des manifestations massives vendredi.", "vendredi", "2024-06-21")]
    public void AWeekdayTakesTheTenseOfItsClause(string lang, string text, string phrase, string value) =>
        Assert.Contains(Tag(lang, text, June17), a => a.Text == phrase && a.X.Value == value);

    [Fact]
    public void AnotherCountrysIndependenceDayIsNoFourthOfJuly() =>
        Assert.DoesNotContain(Tag("en", "Ukraine and Russia exchanged prisoners on Sunday, Ukraine's independence day.", June17), a => a.X.Value == "2024-07-04");

    [Theory]
    [InlineData("Un attacco russo ha colpito nella notte la città di Ternopil.", "nella notte", "2024-06-17TNI")]
    [InlineData("Nella serata di ieri la polizia ha arrestato tre persone.", "Nella serata di ieri", "2024-06-16TEV")]
    public void AnItalianTimeOfDayAfterNellaIsATime(string text, string phrase, string value) =>
        Assert.Contains(Tag("it", text, June17), a => a.Text == phrase && a.X.Value == value);

    [Theory]
    [InlineData("en", "Malaysia brokered a truce on July 28, 2023. Thailand suspended the deal two weeks later.", "two weeks later", "2023-W32")]
    [InlineData("fr", "Le 3 mars, les deux camps ont signé une trêve. Cinq jours plus tard, les combats ont repris.", "Cinq jours plus tard", "2024-03-08")]
    public void LaterInANarrativeCountsFromTheLastDayNamed(string lang, string text, string phrase, string value) =>
        Assert.Contains(Tag(lang, text, June17), a => a.Text == phrase && a.X.Value == value);

    [Theory]
    [InlineData("it", "Il valico di Kerem Shalom è chiuso da domenica.", "domenica", "2024-06-16")]
    [InlineData("it", "Il valico resterà chiuso da lunedì a venerdì.", "da lunedì a venerdì", "2024-06-17/2024-06-21")]
    public void AWeekdayAStateHasLastedSinceIsPast(string lang, string text, string phrase, string value) =>
        Assert.Contains(Tag(lang, text, June17), a => a.Text == phrase && a.X.Value == value);

    // The nearest tense cue decides a bare weekday, a cue phrase by its last word; a cue before "que"/"che" yields to one
    // after the weekday (session 40).
    [Theory]
    [InlineData("es", "El funcionario dijo el viernes que Kim viajará a Rusia.", "el viernes", "2024-06-14")]
    [InlineData("es", "El funcionario dijo que el viernes Kim viajará a Rusia.", "el viernes", "2024-06-21")]
    [InlineData("it", "Il ministro ha annunciato venerdì che incontrerà il suo omologo.", "venerdì", "2024-06-14")]
    [InlineData("it", "Il ministro ha detto che venerdì incontrerà il suo omologo.", "venerdì", "2024-06-21")]
    [InlineData("en", "The acquisition is scheduled to close Friday.", "Friday", "2024-06-21")]
    public void TheNearestTenseCueDirectsAWeekday(string lang, string text, string phrase, string value) =>
        Assert.Contains(Tag(lang, text, June17), a => a.Text == phrase && a.X.Value == value);

    // Session 41: Italian's compound past with "essere" ("è arrivato", "sono morti") and passato remoto forms no ending marks
    // are past; "è previsto", "rinviato a" stay ahead; a participle right before the date makes it past, unless it plans
    // ("convocada") or its own auxiliary says otherwise ("será aprobada"; short futures such as "será", "sera" are cues now);
    // a date opening its sentence looks far ahead for its verb; French passé composé is past, "est attendu" ahead. The night
    // between two days is the first one's.
    [Theory]
    [InlineData("it", "Il ministro è arrivato venerdì a Roma.", "venerdì", "2024-06-14")]
    [InlineData("it", "Venerdì sono morti tre soldati.", "Venerdì", "2024-06-14")]
    [InlineData("it", "L'attacco avvenne venerdì.", "venerdì", "2024-06-14")]
    [InlineData("it", "Il vertice è previsto venerdì.", "venerdì", "2024-06-21")]
    [InlineData("it", "Il vertice è stato rinviato a venerdì.", "venerdì", "2024-06-21")]
    [InlineData("it", "Il caccia abbattuto venerdì al largo delle coste.", "venerdì", "2024-06-14")]
    [InlineData("it", "arrestato giovedì il capo della banda.", "giovedì", "2024-06-13")] // a cut text's first word (no crash)
    [InlineData("es", "detenido el jueves el líder de la banda.", "el jueves", "2024-06-13")]
    [InlineData("it", "Domenica sera a Ramallah, in Cisgiordania, 400 giovani hanno organizzato un sit-in.", "Domenica sera", "2024-06-16TEV")]
    [InlineData("es", "Los funerales del hijo, asesinado el domingo por bombardeos de la OTAN.", "el domingo", "2024-06-16")]
    [InlineData("es", "La huelga convocada el jueves.", "el jueves", "2024-06-20")]
    [InlineData("es", "La fuerza será aprobada el domingo.", "el domingo", "2024-06-23")]
    [InlineData("fr", "Le texte sera adopté vendredi.", "vendredi", "2024-06-21")]
    [InlineData("fr", "Il s'est dit prêt jeudi à démissionner dès qu'un successeur aura été nommé.", "jeudi", "2024-06-13")]
    [InlineData("fr", "M. Ban est attendu à Pékin mercredi.", "mercredi", "2024-06-19")]
    [InlineData("it", "Sembra che giovedì la polizia abbia sparato sulla folla.", "giovedì", "2024-06-13")]
    [InlineData("it", "La denuncia presentata dal marito, venerdi' 14 giugno, è stata archiviata.", "venerdi' 14 giugno", "2024-06-14")]
    [InlineData("it", "Il bombardamento è avvenuto nella notte tra venerdì e sabato.", "nella notte tra venerdì e sabato", "2024-06-14TNI")]
    [InlineData("es", "El ataque se produjo en la noche entre el viernes y el sábado.", "la noche entre el viernes y el sábado", "2024-06-14TNI")]
    [InlineData("en", "The attack happened on the night between Friday and Saturday.", "the night between Friday and Saturday", "2024-06-14TNI")]
    public void ItalianCompoundPastAndTheNightBetweenTwoDays(string lang, string text, string phrase, string value) =>
        Assert.Contains(Tag(lang, text, June17), a => a.Text == phrase && a.X.Value == value);
}
