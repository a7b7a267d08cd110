using Cronista.Events;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Text;
using Cronista.Tests.Support;

namespace Cronista.Tests.Events;

/// <summary>The extractor on hand-written sentences: one construction class per test, expectations worked out by reading.</summary>
public class EventExtractorTests
{
    private static readonly DateOnly Date = new(2024, 6, 17);

    private static Document Run(string text, string lang, DateOnly? date = null) =>
        DocumentPipeline.Default.Run(new RawDocument { Source = "t", Text = text, Language = lang, Published = date ?? Date });

    private static Event Single(Document doc, string type) => Assert.Single(doc.Events, e => e.Type == type);

    private static Event Single(Document doc, string type, string mode) => Assert.Single(doc.Events, e => e.Type == type && e.Mode == mode);

    [Fact]
    public void VerbalEventWithSubjectObjectAndFuture()
    {
        var e = Single(Run("Il presidente russo Vladimir Putin visiterà la Corea del Nord questa settimana.", "it"), "CONSULT");
        Assert.Equal("visit", e.Mode);
        Assert.Equal("042", e.Cameo);
        Assert.Equal("person:vladimir-putin", e.Source?.Id);
        Assert.Equal("country:KP", e.Target?.Id);
        Assert.Equal(Modality.Planned, e.Modality);
        Assert.Equal(("2024-06-17", "2024-06-23"), (e.Date?.Start, e.Date?.End)); // this ISO week
        Assert.False(e.Date!.FromDocumentDate);
    }

    [Fact]
    public void NominalEventTakesTheSubjectOfItsGoverningVerbAndAPlanCue()
    {
        var e = Single(Run("El presidente ruso, Vladímir Putin, se prepara para una visita histórica a Corea del Norte.", "es"), "CONSULT");
        Assert.Equal("person:vladimir-putin", e.Source?.Id);
        Assert.Equal("country:KP", e.Target?.Id);
        Assert.Equal(Modality.Planned, e.Modality);
        Assert.True(e.Date!.FromDocumentDate);
    }

    [Fact]
    public void AttributionToAThirdPartyMakesAClaimReported()
    {
        var e = Single(Run("Según un funcionario estadounidense, el líder norcoreano Kim Jong-un podría realizar un viaje a Rusia.", "es"), "CONSULT");
        Assert.Equal("person:kim-jong-un", e.Source?.Id);
        Assert.Equal("country:RU", e.Target?.Id);
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("country:US", e.AttributedTo?.Id);
        Assert.Equal("un funcionario estadounidense", e.AttributedTo?.Name);
    }

    [Theory]
    [InlineData("Rusia ha condenado vehementemente el ataque aéreo estadounidense.", "es", "country:US")]
    [InlineData("Mosca ha condannato duramente l'attacco americano.", "it", "country:US")]
    [InlineData("La ofensiva rusa en Alepo dejó 40 muertos.", "es", "country:RU")]
    [InlineData("La Russie a condamné fermement l'attaque américaine.", "fr", "country:US")]
    public void AnActorAdjectiveIsTheAgentOfItsNounNotTheCondemner(string text, string lang, string agent)
    {
        var e = Single(Run(text, lang), "ASSAULT");
        Assert.Equal(agent, e.Source?.Id);
        Assert.Null(e.Target); // not the adjective again, nor its own government
    }

    [Fact]
    public void AnInvasionsAdjectiveIsItsAgentAndItsGenitiveItsVictim()
    {
        var doc = Run("Continúan los bombardeos israelíes contra Gaza. Nadie olvida la invasión rusa de Ucrania.", "es");
        var bombing = Assert.Single(doc.Events, e => e.Mode == "bomb");
        Assert.Equal(("country:IL", "PS"), (bombing.Source?.Id, bombing.Target?.Country));
        var invasion = Assert.Single(doc.Events, e => e.Mode == "invade");
        Assert.Equal(("country:RU", "country:UA"), (invasion.Source?.Id, invasion.Target?.Id));
    }

    [Fact]
    public void ACoordinatedVerbAndItsObjectShareTheFirstVerbsSubject()
    {
        var doc = Run("Rusia condenó el ataque aéreo estadounidense y suspendió el acuerdo con Washington.", "es");
        Assert.Equal("country:RU", Single(doc, "SANCTION").Source?.Id);
        Assert.DoesNotContain(doc.Events, e => e.Type == "AGREE"); // suspending an agreement is no agreement
        // … unless the second verb has a subject of its own.
        var other = Run("Rusia condenó el ataque y Estados Unidos suspendió el acuerdo.", "es");
        Assert.Equal("country:US", Single(other, "SANCTION").Source?.Id);
    }

    [Theory]
    [InlineData("I militari sciolgono il parlamento, sospendono la costituzione e annunciano nuove elezioni.", "it", "SANCTION", "I militari")]
    [InlineData("Le forze dell'ordine hanno caricato i manifestanti e arrestato dieci persone.", "it", "COERCE", "Le forze dell'ordine")]
    [InlineData("Los militares disolvieron el parlamento, suspendieron la constitución.", "es", "SANCTION", "Los militares")]
    [InlineData("Les militaires ont dissous le parlement et suspendu la constitution.", "fr", "SANCTION", "Les militaires")]
    public void TheObjectOfAnEarlierVerbIsNoSubjectOfTheNext(string text, string lang, string type, string source) =>
        Assert.Equal(source, Single(Run(text, lang), type).Source?.Name);

    [Theory]
    [InlineData("Tuttavia, per ora, le autorità mostrano tranquillità, appoggiando il processo di riforma.", "it", "SUPPORT", "Tuttavia")]
    [InlineData("Le proposte saranno pubblicate dopo essere state lette e approvate dal consiglio.", "it", "SUPPORT", "state lette")]
    [InlineData("Intanto è stato aggiornato il bilancio degli scontri iniziati venerdì mattina.", "it", "ASSAULT", "Intanto")]
    public void ConnectivesAuxiliariesAndANounsOwnModifiersAreNoSources(string text, string lang, string type, string wrong)
    {
        var e = Single(Run(text, lang), type);
        Assert.NotEqual(wrong, e.Source?.Name);
    }

    [Fact]
    public void AConnectiveAndItsCommaAreLeftOutOfASource()
    {
        var e = Single(Run("No obstante, los campesinos del pueblo protestaron contra el aeropuerto.", "es"), "PROTEST");
        Assert.Equal("los campesinos del pueblo", e.Source?.Name);
        Assert.Equal("l'armée", Single(Run("Au même moment, l'armée n'a cessé de bombarder des quartiers de la capitale.", "fr"), "ASSAULT").Source?.Name);
    }

    [Fact]
    public void AllItalianPossessivesAreDeterminers()
    {
        var e = Single(Run("Il vostro amato governo ha condannato la Russia.", "it"), "DISAPPROVE");
        Assert.Equal("Il vostro amato governo", e.Source?.Name);
    }

    [Fact]
    public void TheObjectOfACallIsTheSubjectOfItsComplement()
    {
        var e = Single(Run("Hillary Clinton a appelé les autorités de Bahreïn à respecter leur promesse.", "fr"), "AGREE");
        Assert.EndsWith("autorités de Bahreïn", e.Source?.Name);
        Assert.Equal(Modality.Hypothetical, e.Modality); // asked of them, not done
    }

    [Fact]
    public void AnObjectBeforeAGerundIsItsSubject()
    {
        var e = Single(Run("Des images ont montré Khamis, âgé de 28 ans, visitant des victimes dans un hôpital.", "fr"), "CONSULT");
        Assert.NotEqual("Des images", e.Source?.Name);
    }

    [Fact]
    public void APostposedSubjectAfterAVerbStaysWhenTheVerbHasNoSubject()
    {
        var e = Single(Run("Sono scesi in piazza i manifestanti, chiedono le dimissioni del governo.", "it"), "DEMAND");
        Assert.Equal("i manifestanti", e.Source?.Name);
    }

    [Theory]
    [InlineData("Trump amenazó con lanzar misiles contra Siria.", "es", "ASSAULT")]
    [InlineData("Los manifestantes exigieron liberar a los presos.", "es", "CONCEDE")]
    public void WhatIsThreatenedOrDemandedIsHypothetical(string text, string lang, string type) =>
        Assert.Equal(Modality.Hypothetical, Single(Run(text, lang), type).Modality);

    [Fact]
    public void AWeaponAfterWithIsNoTarget()
    {
        var e = Single(Run("Le forze di Gheddafi hanno sparato con armi pesanti.", "it"), "ASSAULT");
        Assert.Null(e.Target);
        Assert.Null(Single(Run("Los soldados dispararon con balas de goma.", "es"), "ASSAULT").Target);
    }

    [Theory]
    [InlineData("Gli insorti hanno respinto un'offensiva delle forze governative.", "it")]
    [InlineData("Los rebeldes repelieron el ataque del ejército.", "es")]
    public void RepellingAnAttackIsFightingNotRejecting(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.Equal("clash", Single(doc, "ASSAULT").Mode);
        Assert.DoesNotContain(doc.Events, e => e.Type == "REJECT");
    }

    [Fact]
    public void MeetingResistanceIsNoMeeting() =>
        Assert.DoesNotContain(Run("Gli aerei non hanno incontrato alcuna resistenza.", "it").Events, e => e.Type == "CONSULT");

    [Theory]
    [InlineData("Bossi: bombardare la Libia porterà soltanto migranti.", "it", "ASSAULT")]
    [InlineData("Gheddafi deve ritirarsi da tutte le città.", "it", "RETREAT")]
    [InlineData("Assad debe negociar con la oposición.", "es", "CONSULT")]
    public void ObligationsAndInfinitivesTalkedAboutAreHypothetical(string text, string lang, string type) =>
        Assert.Equal(Modality.Hypothetical, Single(Run(text, lang), type).Modality);

    [Fact]
    public void TheSpeakerIsTheSubjectOfTheInfinitiveHeAnnounces()
    {
        var e = Single(Run("Gli insorti libici hanno annunciato di aver respinto un'offensiva delle forze governative.", "it"), "ASSAULT");
        Assert.Equal("Gli insorti libici", e.Source?.Name);
        Assert.Equal(Modality.Asserted, e.Modality); // past (a perfect infinitive), and their own claim
        var plan = Single(Run("Il governo ha annunciato di voler negoziare con i ribelli.", "it"), "CONSULT");
        Assert.Equal(Modality.Planned, plan.Modality);
    }

    [Theory]
    [InlineData("Almeno 213 persone sarebbero state uccise dalle forze del regime.", "it", "ASSAULT")]
    [InlineData("Corea del Norte habría enviado misiles a Rusia.", "es", "AID")]
    public void ThePastConditionalOfNewsIsReported(string text, string lang, string type) =>
        Assert.Equal(Modality.Reported, Single(Run(text, lang), type).Modality);

    [Fact]
    public void WhatIsRefusedDidNotHappenAndYearsAreNoTarget()
    {
        var doc = Run("Damasco si è rifiutata per anni di negoziare.", "it");
        Assert.Equal(Modality.Hypothetical, Single(doc, "CONSULT").Modality);
        Assert.Null(Single(doc, "REJECT").Target);
    }

    [Fact]
    public void APlaceWithAnAdjectiveAfterAPrepositionIsNoSubject() =>
        Assert.Null(Single(Run("Sulla capitale siriana fu sferrato un attacco con armi chimiche.", "it"), "ASSAULT").Source);

    [Theory]
    [InlineData("Les adversaires de M. Morsi dénoncent une dérive autoritaire.", "fr", "DISAPPROVE", "Les adversaires de M. Morsi")]
    [InlineData("Los partidarios del Sr. Pérez protestaron ayer.", "es", "PROTEST", "Los partidarios del Sr. Pérez")]
    public void ANameAfterATitleInAGenitiveIsNoSubject(string text, string lang, string type, string source)
    {
        var e = Single(Run(text, lang), type);
        Assert.Equal(source, e.Source?.Name);
        Assert.Null(e.Source?.Id);
    }

    [Fact]
    public void ConditionalWithoutAttributionIsHypothetical()
    {
        var e = Single(Run("Kim Jong-un podría viajar a Rusia.", "es"), "CONSULT");
        Assert.Equal(Modality.Hypothetical, e.Modality);
        Assert.Null(e.AttributedTo);
    }

    [Fact]
    public void AnActorsOwnAnnouncementOfAPlanStaysPlanned()
    {
        var doc = Run("“Vladimir Putin effettuerà una visita di stato amichevole in Corea del Nord il 18 e 19 giugno”, ha affermato il Cremlino.", "it");
        var e = Single(doc, "CONSULT");
        Assert.Equal("person:vladimir-putin", e.Source?.Id);
        Assert.Equal("country:KP", e.Target?.Id);
        Assert.Equal(("2024-06-18", "2024-06-19"), (e.Date?.Start, e.Date?.End));
        Assert.Equal(Modality.Planned, e.Modality); // the Kremlin speaks for Putin's own side
        Assert.Equal("gov:RU", e.AttributedTo?.Id);
    }

    [Fact]
    public void CoordinatedSubjectsDenyAndTheComplementIsDenied()
    {
        var doc = Run("Mosca e Pyongyang negano il commercio di armi.", "it");
        var denials = doc.Events.Where(e => e.Type == "REJECT").ToList();
        Assert.Equal(["gov:RU", "gov:KP"], denials.Select(d => d.Source?.Id).Order().Reverse().ToList());
        Assert.All(denials, d => Assert.Equal("deny", d.Mode));
        var denied = doc.Events.First(e => e.Type != "REJECT");
        Assert.Equal(Modality.Denied, denied.Modality);
        Assert.All(denials, d => Assert.Equal(denied.Id, d.Denies));
    }

    [Theory]
    [InlineData("Mosca ha negato di aver inviato truppe e ha accusato la Nato di mentire.", "it", "accusato")]
    [InlineData("Moscow denied sending troops and has accused NATO of lying.", "en", "accused")]
    [InlineData("Moscú negó haber enviado tropas y ha acusado a la OTAN de mentir.", "es", "acusado")]
    public void AClauseOfItsOwnAfterADenialIsNotDenied(string text, string lang, string accused)
    {
        var doc = Run(text, lang);
        Assert.Equal(Modality.Denied, Single(doc, "AID").Modality);
        Assert.Null(Single(doc, "AID").Target);                        // "la Nato" is the accusation's object
        Assert.Null(Single(doc, "AID").AttributedTo);                  // … and no speaker of the sentence
        var accusation = Single(doc, "DISAPPROVE");
        Assert.Equal((accused, Modality.Asserted, "gov:RU", "org:nato"),
            (doc.Text[accusation.Start..accusation.End], accusation.Modality, accusation.Source?.Id, accusation.Target?.Id));
    }

    [Theory]
    [InlineData("El CNE proclamó el lunes a Maduro para el período 2025-2031, mientras la oposición denunció un fraude.", "es", "DISAPPROVE", "2024-06-17")]
    [InlineData("La Russia ha attaccato Kharkiv, ha detto il ministro che resterà in carica fino al 2026.", "it", "ASSAULT", null)]
    public void AnEventToldInThePastIsNotDatedAfterItsReport(string text, string lang, string type, string? day)
    {
        var e = Single(Run(text, lang, new DateOnly(2024, 6, 18)), type);
        Assert.Equal(day ?? "2024-06-18", e.Date?.Start);
        Assert.Equal(day is null, e.Date?.FromDocumentDate);
        Assert.NotEqual(Modality.Planned, e.Modality);
        // Told in the future, the later date is the event's.
        var planned = Single(Run("Il Cremlino ha annunciato oggi che Putin visiterà Pyongyang il 18 luglio.", "it", new DateOnly(2024, 6, 18)), "CONSULT");
        Assert.Equal(("2024-07-18", Modality.Planned), (planned.Date?.Start, planned.Modality));
    }

    [Theory]
    [InlineData("The Ebola outbreak killed 11,000 people.", "en")]
    [InlineData("La guerra ha ucciso migliaia di persone.", "it")]
    public void ANounSubjectThatIsNoActorLeavesTheObjectAnObject(string text, string lang)
    {
        var killing = Single(Run(text, lang), "ASSAULT");
        Assert.DoesNotContain(killing.Source?.Name ?? "", new[] { "11,000 people", "migliaia di persone" });
        // The subject put after an intransitive verb stays one: "Ayer protestaron en Lima miles de trabajadores".
        Assert.Equal("miles de trabajadores", Single(Run("Ayer protestaron en Lima miles de trabajadores.", "es"), "PROTEST").Source?.Name);
    }

    [Theory]
    [InlineData("Maduro acusó a Machado de promover un golpe de Estado.", "es")]
    [InlineData("I militari hanno tentato un colpo di Stato a Niamey.", "it")]
    [InlineData("Les militaires ont mené un coup d'État au Niger.", "fr")]
    public void ACoupIsOneTriggerAndTheStateItSeizesIsNoActor(string text, string lang)
    {
        var coup = Single(Run(text, lang), "ASSAULT");
        Assert.DoesNotContain("Estado", coup.Source?.Name ?? "");
        Assert.Contains(" ", Run(text, lang).Text[coup.Start..coup.End]); // the whole phrase is the trigger
    }

    [Theory]
    [InlineData("I Paesi membri forniranno all'Ucraina 40 miliardi di euro di aiuti militari.", "it", 40e9)]
    [InlineData("Estados Unidos enviará a Ucrania 300 millones de dólares en ayuda militar.", "es", 300e6)]
    [InlineData("The United States will give Ukraine $300 million in military aid.", "en", 300e6)]
    public void AnAmountOfAidHasItsGiverRecipientAndSum(string text, string lang, double amount)
    {
        var aid = Single(Run(text, lang), "AID");
        Assert.Equal(("military", "country:UA", amount, Modality.Planned), (aid.Mode, aid.Target?.Id, aid.Quantity, aid.Modality));
        Assert.NotNull(aid.Source);
    }

    [Theory]
    [InlineData("Lo ha detto il ministro della Difesa Guido Crosetto, secondo cui la Russia invierà truppe.", "it", "Guido Crosetto", "country:RU")]
    [InlineData("El informe cita a un funcionario estadounidense, según el cual Corea del Norte envió misiles a Rusia.", "es", "un funcionario estadounidense", "country:KP")]
    [InlineData("Le rapport cite un responsable américain, selon lequel la Corée du Nord a livré des obus à la Russie.", "fr", "un responsable américain", "country:KP")]
    public void AccordingToWhomAttributesTheClaimToTheAntecedent(string text, string lang, string by, string source)
    {
        var aid = Single(Run(text, lang), "AID");
        Assert.Equal((by, source, Modality.Reported), (aid.AttributedTo?.Name, aid.Source?.Id, aid.Modality));
    }

    [Theory]
    [InlineData("Zelenskiy met German Chancellor Olaf Scholz in Berlin on Tuesday to discuss air defence.", "en", "Olaf Scholz")]
    [InlineData("Zelenskiy met Chancellor Olaf Scholz in Berlin.", "en", "Olaf Scholz")]
    [InlineData("Sergei Lavrov met Chinese officials in Beijing.", "en", "Chinese officials")]
    public void AnEnglishTitleOrNationalityBeforeANameIsPartOfTheTarget(string text, string lang, string target)
    {
        Assert.Equal(target, Single(Run(text, lang), "CONSULT").Target?.Name);
    }

    [Theory]
    [InlineData("Environ 3000 manifestants ont défilé à Paris mardi.", "fr", 3000)]
    [InlineData("Miles de venezolanos salieron a las calles de Caracas.", "es", 1000)]
    public void ACrowdsCountIsTheSizeOfItsDemonstration(string text, string lang, double size)
    {
        Assert.Equal(size, Single(Run(text, lang), "MOBILIZE").Quantity);
    }

    [Theory]
    [InlineData("La lettera di Kim non solo segna un rafforzamento dei legami tra Corea del Nord e Russia, ma rappresenta anche una svolta.", "it", "COOPERATE")]
    [InlineData("Russia not only sent troops to Syria but also supplied weapons.", "en", "AID")]
    public void NotOnlyIsNoNegation(string text, string lang, string type)
    {
        Assert.False(Single(Run(text, lang), type).Negated);
        Assert.True(Single(Run("La Russia non ha inviato truppe.", "it"), "AID").Negated);
        // Not ruling out is a possibility, not a negation.
        var possible = Single(Run("Il governo non esclude l'invio di truppe in Ucraina.", "it"), "AID");
        Assert.Equal((false, Modality.Hypothetical), (possible.Negated, possible.Modality));
        Assert.False(Single(Run("Washington no descarta imponer nuevas sanciones a Pionyang.", "es"), "SANCTION").Negated);
    }

    [Theory]
    [InlineData("El Ejército israelí bombardeó este martes la ciudad de Rafah.", "es", "place:PS:GZ:rafah", "country:PS")]
    [InlineData("Russian troops shelled the city of Kharkiv.", "en", "place:UA:07:kharkiv", "country:UA")]
    public void APlaceNounAndItsNameAreTheObject(string text, string lang, string place, string country)
    {
        var strike = Single(Run(text, lang), "ASSAULT");
        Assert.Equal((place, country), (strike.Location?.Id, strike.Target?.Id));
    }

    [Theory]
    [InlineData("Russian forces attacked the village.", "en", "country:RU")]
    [InlineData("US troops attacked the village.", "en", "country:US")]
    [InlineData("Le forze russe hanno attaccato il villaggio.", "it", "country:RU")]
    public void ANationalityBeforeOrAfterAGroupMakesItThatCountrys(string text, string lang, string country)
    {
        Assert.Equal(country, Single(Run(text, lang), "ASSAULT").Source?.Id);
    }

    [Fact]
    public void CoordinatedSpeakersEachMakeTheirOwnSpeechAct()
    {
        var threats = Run("Le Mali et le Burkina Faso ont averti qu'une intervention au Niger serait une déclaration de guerre.", "fr")
            .Events.Where(e => e.Type == "THREATEN").ToList();
        Assert.Equal(2, threats.Count);
        Assert.All(threats, t => Assert.Null(t.AttributedTo)); // Burkina Faso's warning was "by Mali"
    }

    [Theory]
    [InlineData("Le général Abdourahamane Tiani, chef de la junte, a accusé Paris de vouloir intervenir.", "fr", "DISAPPROVE")]
    [InlineData("Maduro acusó a Machado de promover un golpe de Estado.", "es", "DISAPPROVE")]
    public void TheAccusedIsNoSpeaker(string text, string lang, string type)
    {
        var doc = Run(text, lang);
        Assert.Null(Single(doc, type).AttributedTo);
        if (lang == "es") Assert.Equal("person:maria-corina-machado", Single(doc, "ASSAULT").Source?.Id); // the coup is the accused's, reported by Maduro
        // The agent of a passive accusation is its speaker.
        var passive = Run("Awlaki es acusado por Estados Unidos de planear el intento de atentado.", "es");
        Assert.Equal("country:US", Single(passive, "ASSAULT").AttributedTo?.Id);
    }

    [Fact]
    public void CalledIsNoPhoneCallAndAForeignMinistersNationalityIsHis()
    {
        Assert.DoesNotContain(Run("Beijing called the drills strong punishment for separatist acts.", "en").Events, e => e.Mode == "call");
        Assert.Equal("call", Single(Run("Biden spoke by phone with Xi Jinping on Tuesday.", "en"), "CONSULT").Mode);
        var talks = Single(Run("Blinken will visit Beijing for talks with Chinese Foreign Minister Wang Yi.", "en"), "CONSULT", "meet");
        Assert.NotEqual("country:CN", talks.Source?.Id);
    }

    [Theory]
    [InlineData("El canciller mexicano se reunió en Washington con el secretario de Estado, Antony Blinken.", "es", "CONSULT", "person:antony-blinken")]
    [InlineData("Meloni ha incontrato il presidente ucraino, Volodymyr Zelensky, a Roma.", "it", "CONSULT", "person:volodymyr-zelensky")]
    [InlineData("Israel mató al líder de Hezbolá, Hasán Nasralá.", "es", "ASSAULT", "person:hassan-nasrallah")]
    [InlineData("Israele ha ucciso il leader di Hezbollah Hassan Nasrallah.", "it", "ASSAULT", "person:hassan-nasrallah")]
    [InlineData("Tehran called it retaliation for the killing of Hezbollah leader Hassan Nasrallah.", "en", "ASSAULT", "person:hassan-nasrallah")]
    public void ATitledPersonIsTheTargetNotTheTitleOrTheBody(string text, string lang, string type, string target)
    {
        Assert.Equal(target, Single(Run(text, lang), type).Target?.Id);
    }

    [Theory]
    [InlineData("Le général Abdel Fattah al-Burhane, chef de l'armée soudanaise, a refusé toute négociation.", "fr", "REJECT", "person:abdel-fattah-al-burhan")]
    [InlineData("Nicolás Maduro, presidente de Venezuela, acusó a Estados Unidos de injerencia.", "es", "DISAPPROVE", "person:nicolas-maduro")]
    public void ANameBeforeATitleInCommasIsTheSubject(string text, string lang, string type, string source)
    {
        Assert.Equal(source, Single(Run(text, lang), type).Source?.Id);
    }

    [Fact]
    public void VictimsCountedInTheirPhraseAndPlacesOfAPurposeClause()
    {
        var kill = Single(Run("Almeno 12 persone sono state uccise e decine ferite in un attacco su Odessa.", "it"), "ASSAULT", "kill");
        Assert.Equal(12, kill.Quantity);
        var meeting = Single(Run("I ministri degli Esteri della Nato si riuniranno a Bruxelles per discutere nuovi aiuti a Kiev.", "it"), "CONSULT", "meet");
        Assert.Equal("Brussels", meeting.Location?.Name);
        Assert.Equal("I ministri degli Esteri della Nato", meeting.Source?.Name);
    }

    [Fact]
    public void ADateOfACoordinatedClauseIsThatClausesAndPotsAreNoTarget()
    {
        var doc = Run("El FMI respaldó las medidas del Gobierno y anunció que desembolsará 4.700 millones de dólares en enero.", "es", new DateOnly(2023, 12, 21));
        Assert.Equal("2023-12-21", Single(doc, "SUPPORT").Date?.Start); // not January, the second clause's
        Assert.Contains(doc.Events, e => e.Quantity == 4.7e9);
        Assert.Null(Single(Run("Miles de personas protestaban con cacerolas frente al Congreso.", "es"), "PROTEST").Target);
    }

    [Theory]
    [InlineData("La presidenta Claudia Sheinbaum dijo que su gobierno no permitirá la intervención de fuerzas extranjeras. El próximo lunes viajará a Brasil.", "es", "person:claudia-sheinbaum")]
    [InlineData("Il ministro Antonio Tajani ha detto che la situazione è grave. Domani si recherà a Kiev.", "it", "person:antonio-tajani")]
    public void ASentenceWithoutSubjectGoesOnWithThePreviousSpeaker(string text, string lang, string source)
    {
        Assert.Equal(source, Single(Run(text, lang, new DateOnly(2024, 10, 2)), "CONSULT").Source?.Id);
    }

    [Fact]
    public void MissingPeopleAreNoDispersal()
    {
        Assert.DoesNotContain(Run("Tre persone risultano disperse al largo di Lampedusa.", "it").Events, e => e.Type == "COERCE");
        Assert.DoesNotContain(Run("Venti migranti sono dispersi in mare.", "it").Events, e => e.Type == "COERCE");
        Assert.Contains(Run("La polizia ha disperso i manifestanti.", "it").Events, e => e.Type == "COERCE");
    }

    [Theory]
    [InlineData("La policía detuvo a 1.200 manifestantes, según la Fiscalía.", "es", "la Fiscalía")]
    [InlineData("La police a interpellé 45 personnes, selon la préfecture de police.", "fr", "la préfecture de police")]
    public void AnAttributionEndsOnItsLastWord(string text, string lang, string by)
    {
        Assert.Equal(by, Single(Run(text, lang), "COERCE").AttributedTo?.Name);
    }

    [Theory]
    [InlineData("Estados Unidos, Rusia y China firmaron un acuerdo.", "es", "AGREE")]
    [InlineData("The US, Russia, and Switzerland met yesterday.", "en", "CONSULT")]
    public void AListOfSubjectsBeforeTheLastConjunctionActsEach(string text, string lang, string type)
    {
        var sources = Run(text, lang).Events.Where(e => e.Type == type).Select(e => e.Source?.Id).ToHashSet();
        Assert.Superset(new HashSet<string?> { "country:US", "country:RU" }, sources);
        Assert.Equal(3, sources.Count);
    }

    [Theory]
    [InlineData("El gobierno anunció la liberación de los rehenes.", "es", "CONCEDE", "los rehenes")]
    [InlineData("La polizia ha confermato l'arresto dei manifestanti.", "it", "COERCE", "manifestanti")]
    public void TheGenitiveOfAReleaseOrAnArrestIsItsTarget(string text, string lang, string type, string target)
    {
        var e = Single(Run(text, lang), type);
        Assert.Equal(target, e.Target?.Name);
        Assert.NotEqual(target, e.Source?.Name);
    }

    [Fact]
    public void ADatelineWithoutAgencyEndsAfterItsDate()
    {
        // "MEXICO, Oct 9": a place, a comma and a date open the text; the subject follows.
        var e = Single(Run("MEXICO, Oct 9 Unos 4.000 maestros protestaron el lunes en la capital.", "es", new DateOnly(2006, 10, 9)), "PROTEST");
        Assert.Equal("Unos 4.000 maestros", e.Source?.Name);
    }

    [Fact]
    public void ASubjectInAppositionSpansTheOpeningPhrase()
    {
        var doc = Run("El jefe del Gobierno italiano, Silvio Berlusconi, defendió este lunes su europeísmo ante el Parlamento.", "es");
        var e = Single(doc, "SUPPORT");
        Assert.Equal("Silvio Berlusconi", e.Source?.Name);                                  // the entity keeps its name
        Assert.StartsWith("jefe del Gobierno italiano, Silvio Berlusconi", doc.Text[e.Source!.Start..e.Source.End]);
        // A place phrase before the comma is no apposition.
        var p = Single(Run("En Madrid, los estudiantes protestaron contra el gobierno.", "es"), "PROTEST");
        Assert.Equal("los estudiantes", p.Source?.Name);
    }

    [Fact]
    public void AVerbAndItsBareObjectAreNoSubject()
    {
        // "tomó partido" (took sides): "partido" names people only as a party; here it is the object of "tomó".
        var e = Single(Run("La Iglesia Católica tomó partido en el proceso electoral, al pedir a los creyentes votar en blanco.", "es"), "DEMAND");
        Assert.Contains("Iglesia Católica", e.Source?.Name);
    }

    [Fact]
    public void ANounGovernedByAStanceIsWhatTheStanceIsAbout()
    {
        // Russia condemns the attack; it did not attack. (The attack has no actor here, so it is not an event of its own.)
        var doc = Run("La Russia ha condannato l'attacco.", "it");
        Assert.Contains(Single(doc, "DISAPPROVE").Source?.Id, new[] { "gov:RU", "country:RU" });
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Source is not null);
        // A strike called by the unions is theirs: calling is no stance.
        Assert.Equal("Los sindicatos", Single(Run("Los sindicatos convocaron una huelga.", "es"), "MOBILIZE").Source?.Name);
    }

    [Fact]
    public void ObjectControlsTheInfinitiveOfAnAccusationAndTheAccusersAreTheSource()
    {
        var doc = Run("Funcionarios estadounidenses y surcoreanos han acusado a Corea del Norte de suministrar a Rusia artillería y misiles.", "es");
        var accuse = Single(doc, "DISAPPROVE");
        Assert.Equal("country:US", accuse.Source?.Id);
        Assert.Equal("country:KP", accuse.Target?.Id);
        var aid = Single(doc, "AID");
        Assert.Equal("military", aid.Mode);
        Assert.Equal("country:KP", aid.Source?.Id);
        Assert.Equal("country:RU", aid.Target?.Id);
        Assert.Equal(Modality.Reported, aid.Modality);
        Assert.Equal("country:US", aid.AttributedTo?.Id);
    }

    [Fact]
    public void AnaphoricDenialLinksToTheAccusedClaimOfThePreviousSentence()
    {
        var doc = Run("Funcionarios estadounidenses han acusado a Corea del Norte de suministrar a Rusia misiles. " +
                      "No obstante, tanto Moscú como Pionyang han negado estas acusaciones.", "es");
        var aid = Single(doc, "AID");
        var denials = doc.Events.Where(e => e.Type == "REJECT").ToList();
        Assert.Equal(2, denials.Count);
        Assert.All(denials, d => Assert.Equal(aid.Id, d.Denies));
        Assert.DoesNotContain(doc.Events, e => e.Type == "DISAPPROVE" && e.Sentence == 1); // "estas acusaciones" is not a new accusation
    }

    [Fact]
    public void QuantityAndDateAttachToTheEvent()
    {
        var e = Single(Run("La Corea del Nord prevede di inviare circa 15.000 soldati a sostegno degli sforzi bellici russi a partire dall'ottobre 2024.", "it"), "AID");
        Assert.Equal(15000, e.Quantity);
        Assert.Equal("country:KP", e.Source?.Id);
        Assert.Equal(Modality.Planned, e.Modality);
        Assert.Equal(("2024-10-01", "2024-10-31"), (e.Date?.Start, e.Date?.End));
    }

    [Fact]
    public void PassiveAgentIsTheSourceOfANominalEvent()
    {
        var e = Single(Run("La Casa Bianca ha denunciato l'invio di razzi da parte di Pyongyang.", "it"), "AID");
        Assert.Equal("KP", e.Source?.Country);
        Assert.Equal("Government of North Korea", e.Source?.Name);
        Assert.Equal(Modality.Reported, e.Modality);
    }

    [Fact]
    public void NegationIsFlagged()
    {
        var e = Single(Run("Putin did not visit North Korea.", "en"), "CONSULT");
        Assert.True(e.Negated);
        Assert.Equal("person:vladimir-putin", e.Source?.Id);
        Assert.Equal("country:KP", e.Target?.Id);
    }

    [Fact]
    public void QuestionsAreQuestions()
    {
        var e = Single(Run("Kim Jong-un visiterà la Russia?", "it"), "CONSULT");
        Assert.Equal(Modality.Question, e.Modality);
    }

    [Fact]
    public void EnglishMeetingBetweenTwoLeaders()
    {
        var e = Single(Run("Kim Jong-un met Vladimir Putin in Vladivostok last September.", "en"), "CONSULT");
        Assert.Equal("person:kim-jong-un", e.Source?.Id);
        Assert.Equal("person:vladimir-putin", e.Target?.Id);
        Assert.Contains("vladivostok", e.Location?.Id);
        Assert.Equal("2023-09-01", e.Date?.Start);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void ABareEventNounIsTheSentencesEventOnlyWhenNothingElseIs()
    {
        // Only a noun, no participants: the sentence still reports protests (low confidence).
        var e = Single(Run("Persiste la tensión en Costa Rica por protestas populares.", "es"), "PROTEST");
        Assert.Null(e.Source);
        Assert.True(e.Confidence < 0.3);
        // Next to an argued event the bare noun is a topic, not a second event.
        var doc = Run("Los estudiantes marcharon hasta el Congreso pese a las protestas.", "es");
        Assert.DoesNotContain(doc.Events, x => x.Type == "PROTEST");
    }

    [Fact]
    public void AFiniteVerbAfterANounIsAVerbAndTakesThePhraseAsSubject()
    {
        var e = Single(Run("Miles de personas protestaron en varias ciudades.", "es"), "PROTEST");
        Assert.False(e.Embedded);
        Assert.Equal("Miles de personas", e.Source?.Name);
        // A plain noun phrase that opens its clause is the subject when no name or known noun for people is there.
        var m = Single(Run("El viernes, unos mil alumnos se manifestaron frente al rectorado.", "es"), "MOBILIZE");
        Assert.Equal("unos mil alumnos", m.Source?.Name);
    }

    [Fact]
    public void APurposeClauseSharesTheSentencesOpeningSubjectAndADescribedTargetCounts()
    {
        var doc = Run("Los pilotos de la compañía realizan este martes una huelga para protestar contra el plan de ajuste.", "es");
        var e = Single(doc, "PROTEST");
        Assert.Equal("Los pilotos de la compañía", e.Source?.Name);
        Assert.Equal("el plan de ajuste", e.Target?.Name);
    }

    [Fact]
    public void AnAgentPhraseMakesAPassiveOnlyAfterAParticiple()
    {
        // "protesta por X": X is what is protested, not who protests.
        var e = Single(Run("La federación protesta por la detención de sus dirigentes.", "es"), "PROTEST");
        Assert.Equal("La federación", e.Source?.Name);
        var p = Single(Run("Las carreteras fueron bloqueadas por los camioneros.", "es"), "MOBILIZE");
        Assert.Equal("los camioneros", p.Source?.Name);
    }

    [Fact]
    public void ADatelineIsNoSubjectAndAHeadlineInCapitalsHasOne()
    {
        var doc = Run("BALTIMORE, EEUU, Dic 8 (AFP) - Unos 50 árbitros de fútbol se declararon en huelga este miércoles.", "es");
        Assert.Equal("Unos", doc.TokenText(doc.Tokens[Datelines.End(doc, doc.Sentences[0])]).ToString());
        Assert.Equal("Unos 50 árbitros de fútbol", Single(doc, "MOBILIZE").Source?.Name);
        var prose = Run("Buenos Aires - la capital - amaneció con protestas.", "es"); // a lower-case word: no dateline
        Assert.Equal(0, Datelines.End(prose, prose.Sentences[0]));
        var h = Single(Run("TRABAJADORES REALIZAN NOVEDOSA MOVILIZACION", "es"), "MOBILIZE");
        Assert.Equal("TRABAJADORES", h.Source?.Name);
        // After a colon a clause starts as after a sentence's start: "Bolivia" is the heading, not the subject.
        var c = Single(Run("Bolivia: Tres municipios protestaron por el impuesto petrolero.", "es"), "PROTEST");
        Assert.Equal("Tres municipios", c.Source?.Name);
    }

    [Fact]
    public void ANounQualifiedByTheTriggerIsWhatTheVerbGoverns()
    {
        // "su segundo día de huelga": the verb governs "día", and its subject is the strike's; the name after "de" belongs
        // to the subject's description.
        var e = Single(Run("Los pilotos de Iberia realizan su segundo día de huelga.", "es"), "MOBILIZE");
        Assert.Equal("Los pilotos de Iberia", e.Source?.Name);
    }

    [Fact]
    public void CoordinatedDescriptionsAreOneSubjectAndAConjunctOfAPrepositionalPhraseIsNone()
    {
        var e = Single(Run("Policías y grupos de jóvenes se enfrentaron este sábado.", "es"), "ASSAULT");
        Assert.Equal("Policías y grupos de jóvenes", e.Source?.Name);
        // "en Moscú y Vladivostok" is a place phrase; the gerund after the comma shares the clause's subject.
        var doc = Run("Miles de trabajadores protestaron en Moscú y Vladivostok, exigiendo el pago de sus salarios.", "es");
        Assert.Equal("Miles de trabajadores", Single(doc, "DEMAND").Source?.Name);
    }

    [Fact]
    public void ANounsDescribedGenitiveIsItsSourceAndARelativeClauseItsAntecedent()
    {
        var e = Single(Run("Los camiones partieron a pesar de las manifestaciones de los defensores de los animales.", "es"), "MOBILIZE");
        Assert.Equal("los defensores de los animales", e.Source?.Name);
        var r = Single(Run("La sanción provocó la cólera de los aficionados que protestaron durante toda la semana.", "es"), "PROTEST");
        Assert.Equal("los aficionados", r.Source?.Name);
    }

    [Fact]
    public void ASubjectAfterAnIntransitiveVerbThatOpensItsClauseIsTheSource()
    {
        var e = Single(Run("Ayer protestaron en Madrid los taxistas.", "es"), "PROTEST");
        Assert.Equal("los taxistas", e.Source?.Name);
        // A demonym after a count or an article is a noun for people, and an actor: its country.
        var d = Single(Run("Más de 30.000 israelíes se manifestaron en Tel Aviv.", "es"), "MOBILIZE");
        Assert.Equal(("30.000 israelíes", "country:IL"), (d.Source?.Name, d.Source?.Id));
        // "mayoría" ends like a conditional verb but is a noun (lexicon cue "noun"): the phrase is the subject.
        Assert.Equal("Una mayoría de diputados", Single(Run("Una mayoría de diputados rechazaron las propuestas.", "es"), "REJECT").Source?.Name);
        // A phrase after a preposition other than a place's locative is no subject: "contra la reforma de los taxistas".
        Assert.Null(Single(Run("Ayer protestaron contra la reforma de los taxistas.", "es"), "PROTEST").Source);
    }

    [Fact]
    public void DurationsAndPercentagesAreNotTheEventsQuantity()
    {
        Assert.Null(Single(Run("Los mineros iniciaron una huelga de 18 días.", "es"), "MOBILIZE").Quantity);
        Assert.Equal(300, Single(Run("La policía detuvo a 300 manifestantes.", "es"), "COERCE").Quantity);
    }

    [Fact]
    public void ADefiniteArticleDoesNotHideTheVerbThatGovernsANoun()
    {
        // "la"/"los" are articles here, not clitics: the verb before them governs the noun, and its subject is the source.
        var e = Single(Run("Los mineros asturianos realizaron el lunes la huelga más larga del año.", "es"), "MOBILIZE");
        Assert.Equal("Los mineros asturianos", e.Source?.Name);
        var i = Single(Run("I ferrovieri hanno organizzato la manifestazione di ieri.", "it"), "MOBILIZE");
        Assert.Equal("I ferrovieri", i.Source?.Name);
    }

    [Fact]
    public void ANounThatIsTheObjectOfAnotherEventDoesNotShareItsSubject()
    {
        // The police dispersed the march: they did not march.
        var doc = Run("La policía dispersó la marcha en la plaza central.", "es");
        Assert.Equal("La policía", Single(doc, "COERCE").Source?.Name);
        Assert.DoesNotContain(doc.Events, e => e.Type == "MOBILIZE" && e.Source is not null);
        // A cancelled visit is still the canceller's own.
        Assert.Equal("El ministro", Single(Run("El ministro canceló la visita a Lima.", "es"), "CONSULT").Source?.Name);
    }

    [Fact]
    public void TheSubjectOfACausativeVerbIsNoActorOfTheEventItCaused()
    {
        // The price rise caused protests; it did not protest. The protests still happened.
        var e = Single(Run("La subida del pan provocó protestas en varias ciudades.", "es"), "PROTEST");
        Assert.Null(e.Source);
        Assert.Equal("conductores", Single(Run("El cierre del puente generó protestas de conductores.", "es"), "PROTEST").Source?.Name);
        Assert.Null(Single(Run("La riforma ha provocato proteste in tutto il paese.", "it"), "PROTEST").Source);
        Assert.Null(Single(Run("The new tax sparked protests across the country.", "en"), "PROTEST").Source);
        // An adjective that looks like a causative inside the noun's phrase is none.
        Assert.Equal("Los estudiantes", Single(Run("Los estudiantes realizaron una provocativa protesta frente al rectorado.", "es"), "PROTEST").Source?.Name);
    }

    [Fact]
    public void EnfrentarIsAClashOnlyWhenReflexive()
    {
        Assert.DoesNotContain(Run("El alcalde enfrenta una grave crisis financiera.", "es").Events, e => e.Type == "ASSAULT");
        Assert.Equal("Hinchas y policías", Single(Run("Hinchas y policías se enfrentaron junto al estadio.", "es"), "ASSAULT").Source?.Name);
        Assert.Single(Run("Los hinchas volvieron a enfrentarse con la policía.", "es").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void AHeadlineInCapitalsReadsItsVerbsAsVerbs()
    {
        // In capitals the governing verb is not lower-case, and is still a verb: the strikers are the source.
        var e = Single(Run("CAMIONEROS INICIAN EL BLOQUEO DEL PUERTO", "es"), "MOBILIZE");
        Assert.Equal("CAMIONEROS", e.Source?.Name);
    }

    [Fact]
    public void AnInfinitiveOfPurposeSharesTheClausesSubject()
    {
        // Not the last town named before it.
        var e = Single(Run("Miles de agricultores marcharon por Sevilla, Córdoba y Jaén para protestar contra los precios.", "es"), "PROTEST");
        Assert.Equal("Miles de agricultores", e.Source?.Name);
    }

    [Fact]
    public void FrenteAIsAPrepositionNotAPoliticalFront()
    {
        // "frente al rectorado" (in front of) is a place phrase; the students are the source.
        var e = Single(Run("Los estudiantes realizaron una protesta frente al rectorado.", "es"), "PROTEST");
        Assert.Equal("Los estudiantes", e.Source?.Name);
    }

    [Fact]
    public void ARelativeClauseBetweenCommasIsSkippedOnTheWayToTheSubject()
    {
        // Not the teachers the union groups: the members started the fast.
        var e = Single(Run("Una veintena de miembros del sindicato, que agrupa a unos 5.000 maestros, iniciaron un ayuno en Quito.", "es"), "PROTEST");
        Assert.Equal("Una veintena de miembros del sindicato", e.Source?.Name);
    }

    [Theory]
    [InlineData("Los vecinos abuchearon al ministro durante la inauguración.", "es", "PROTEST")]
    [InlineData("Los huelguistas levantaron barricadas en la avenida principal.", "es", "MOBILIZE")]
    [InlineData("Unos encapuchados arrojaron piedras contra la comisaría.", "es", "ASSAULT")]
    [InlineData("Alcuni giovani hanno lanciato uova contro il municipio.", "it", "ASSAULT")]
    [InlineData("Students heckled the minister at the ceremony.", "en", "PROTEST")]
    public void BooingBarricadesAndThrowingObjectsAreEvents(string text, string lang, string type) =>
        Assert.Contains(Run(text, lang).Events, e => e.Type == type);

    [Theory]
    [InlineData("El exalcalde, acusado de cohecho, inició una huelga de hambre.", "DISAPPROVE")]   // a person described as accused
    [InlineData("Sin embargo, los estibadores siguieron en huelga.", "SANCTION")]                  // "however", not an embargo
    [InlineData("La inflación se disparó en enero.", "ASSAULT")]                                  // soared, not fired
    [InlineData("El delantero sufrió un ataque de nervios.", "ASSAULT")]
    [InlineData("La policía lanzó bombas lacrimógenas contra los estudiantes.", "ASSAULT")]      // tear gas is no bombing
    public void IdiomsAndDescriptionsAreNoEvents(string text, string type) =>
        Assert.DoesNotContain(Run(text, "es").Events, e => e.Type == type);

    [Theory]
    [InlineData("Insurgents bombarded the city overnight.", "190")]   // CAMEO 2.0: bombing is explosive destruction, 190
    [InlineData("Soldiers killed three villagers.", "190")]           // KILL 190
    [InlineData("Gunmen assassinated the mayor.", "186")]
    [InlineData("A car bomb exploded near the embassy.", "183")]
    [InlineData("The troops invaded the province.", "192")]
    public void ViolenceIsCodedAsCameo20Codes(string text, string cameo) =>
        Assert.Equal(cameo, Single(Run(text, "en"), "ASSAULT").Cameo);

    // ---- French (fr/events.txt)

    [Fact]
    public void FrenchVisitInTheFutureWithAReflexiveVerb()
    {
        var e = Single(Run("Vladimir Poutine se rendra en Corée du Nord les 18 et 19 juin.", "fr"), "CONSULT");
        Assert.Equal("visit", e.Mode);
        Assert.Equal("person:vladimir-putin", e.Source?.Id);
        Assert.Equal("country:KP", e.Target?.Id);
        Assert.Equal(Modality.Planned, e.Modality);
        Assert.Equal(("2024-06-18", "2024-06-19", false), (e.Date?.Start, e.Date?.End, e.Date!.FromDocumentDate)); // "les 18 et 19 juin"
        // The past tense: the pattern opens with its clitic, so "est" is no passive auxiliary and Russia stays the source.
        var past = Single(Run("Le ministre russe s'est rendu à Damas mardi.", "fr"), "CONSULT");
        Assert.Equal(("country:RU", "country:SY", Modality.Asserted), (past.Source?.Id, past.Target?.Id, past.Modality));
    }

    [Fact]
    public void FrenchCoordinatedSubjectsDenyAndTheComplementIsDenied()
    {
        var doc = Run("Moscou et Pyongyang démentent tout commerce d'armes.", "fr");
        var denials = doc.Events.Where(e => e.Type == "REJECT").ToList();
        Assert.Equal(["gov:RU", "gov:KP"], denials.Select(d => d.Source?.Id).Order().Reverse().ToList());
        Assert.All(denials, d => Assert.Equal("deny", d.Mode));
        var denied = doc.Events.First(e => e.Type != "REJECT");
        Assert.Equal(("COOPERATE", "military", Modality.Denied), (denied.Type, denied.Mode, denied.Modality));
    }

    [Fact]
    public void FrenchAttributionWithSelonMakesAConditionalClaimReported()
    {
        var e = Single(Run("Selon des responsables américains, la Corée du Nord aurait livré des munitions à la Russie.", "fr"), "AID");
        Assert.Equal("military", e.Mode);
        Assert.Equal("country:KP", e.Source?.Id);
        Assert.Equal("country:RU", e.Target?.Id);
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("country:US", e.AttributedTo?.Id);
        // Without attribution the past conditional of news reports ("aurait livré") is still a report; "pourrait livrer" is
        // hypothetical.
        Assert.Equal(Modality.Reported, Single(Run("La Corée du Nord aurait livré des munitions à la Russie.", "fr"), "AID").Modality);
        Assert.Equal(Modality.Hypothetical, Single(Run("La Russie pourrait livrer des armes à la Syrie.", "fr"), "AID").Modality);
    }

    [Fact]
    public void FrenchDescribedSubjectsOfPerfectTenses()
    {
        var p = Single(Run("Des milliers de manifestants ont protesté au Caire contre le régime.", "fr"), "PROTEST");
        Assert.Equal(("Des milliers de manifestants", Modality.Asserted), (p.Source?.Name, p.Modality));
        // "a" (has) is an auxiliary, "à" (to) a preposition: the verb after "a" is no noun.
        var a = Single(Run("La police a arrêté des dizaines de manifestants à Alexandrie.", "fr"), "COERCE");
        Assert.Equal(("arrest", "La police"), (a.Mode, a.Source?.Name));
        var doc = Run("Des milliers de personnes se sont rassemblées place Tahrir pour réclamer le départ de Moubarak.", "fr");
        Assert.Equal("Des milliers de personnes", Single(doc, "MOBILIZE").Source?.Name);
        Assert.Equal("Des milliers de personnes", Single(doc, "DEMAND").Source?.Name);
    }

    [Fact]
    public void FrenchBombingNegationAndPassive()
    {
        var b = Single(Run("L'armée syrienne a bombardé Homs.", "fr"), "ASSAULT");
        Assert.Equal(("bomb", "country:SY", "Homs"), (b.Mode, b.Source?.Id, b.Location?.Name));
        Assert.False(b.Negated);
        Assert.True(Single(Run("L'armée syrienne n'a pas attaqué Homs.", "fr"), "ASSAULT").Negated);
        Assert.True(Single(Run("Le régime n'a jamais attaqué les manifestants.", "fr"), "ASSAULT").Negated);
        // Passives with "ont été" and "sont": the subject is the patient.
        var k = Single(Run("Au moins 20 manifestants ont été tués par les forces de sécurité à Deraa.", "fr"), "ASSAULT");
        Assert.Equal(("kill", "les forces de sécurité"), (k.Mode, k.Source?.Name));
        var r = Single(Run("Quinze activistes sont arrêtés à Aden.", "fr"), "COERCE");
        Assert.Null(r.Source);
        Assert.Equal("Quinze activistes", r.Target?.Name);
    }

    [Theory]
    [InlineData("Les prix du marché ont augmenté.", "MOBILIZE")]                       // "=marche": a march, not a market
    [InlineData("Il a voulu manifester sa solidarité avec les habitants.", "MOBILIZE")] // to show, not to demonstrate
    [InlineData("Le maire a signé un arrêté municipal.", "COERCE")]                     // a decree, not an arrest
    [InlineData("La police a lancé des grenades lacrymogènes.", "ASSAULT")]
    [InlineData("Il a été reçu au moment de l'arrivée au pouvoir du président.", "CONSULT")]
    [InlineData("Nous sommes inquiets.", "DEMAND")]                                     // "sommes", not "sommés"
    public void FrenchIdiomsAndLookAlikesAreNoEvents(string text, string type) =>
        Assert.DoesNotContain(Run(text, "fr").Events, e => e.Type == type);

    [Theory]
    [InlineData("Por otra parte, los conductores de la compañía pública de transportes (TEC) realizaron una huelga de un día.", "es", "MOBILIZE", "conductores")]
    [InlineData("Intanto, gli operai della società pubblica dei trasporti (Atac) hanno proclamato uno sciopero di un giorno.", "it", "MOBILIZE", "operai")]
    [InlineData("Par ailleurs, les chauffeurs de la société publique de transports (TEC) ont lancé une grève d'un jour.", "fr", "MOBILIZE", "chauffeurs")]
    [InlineData("Meanwhile, the drivers of the public transport company (TEC) staged a one-day strike.", "en", "MOBILIZE", "drivers")]
    public void AParenthesisBeforeTheVerbIsAnAside(string text, string lang, string type, string subjectWord)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Type == type);
        Assert.Contains(subjectWord, e.Source?.Name ?? "");
    }

    [Fact]
    public void APlaceWithItsGlossBeforeTheVerbIsNoSubject() =>
        Assert.DoesNotContain(Run("Unos 57 campesinos de los departamentos de Sucre y Córdoba (norte) ocuparon la sede.", "es").Events,
            e => e.Source?.Name is "Córdoba" or "Sucre");

    [Theory]
    [InlineData("El portavoz anunció que el próximo 21 de agosto los lugareños de la provincia, a unos 450 km de la capital, realizarán una marcha.", "es", "lugareños")]
    [InlineData("Il portavoce ha annunciato che il 21 agosto i valligiani della provincia, a 450 km dalla capitale, terranno una manifestazione.", "it", "valligiani")]
    [InlineData("The spokesman said that on August 21 the villagers of the province, 450 km from the capital, will hold a march.", "en", "villagers")]
    [InlineData("Le porte-parole a annoncé que le 21 août les villageois de la province, à 450 km de la capitale, organiseront une marche.", "fr", "villageois")]
    public void AVerbInTheComplementOfSpeechTakesItsSubjectFromThatClause(string text, string lang, string subjectWord)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Type == "MOBILIZE");
        Assert.Contains(subjectWord, e.Source?.Name ?? "");
        Assert.DoesNotContain("porta", e.Source?.Name ?? "");
        Assert.DoesNotContain("spokes", e.Source?.Name ?? "");
    }

    [Theory]
    [InlineData("Entretanto, otros sectores sociales anunciaron que el lunes realizarán manifestaciones.", "es", "sectores")]
    [InlineData("Meanwhile, other social sectors said that they would stage a strike.", "en", "sectors")]
    [InlineData("Intanto, altri settori sociali hanno annunciato che faranno uno sciopero.", "it", "settori")]
    [InlineData("Entre-temps, les secteurs sociaux ont annoncé qu'ils feront grève.", "fr", "secteurs")]
    public void AComplementWithoutASubjectOfItsOwnIsTheSpeakers(string text, string lang, string subjectWord)
    {
        var e = Assert.Single(Run(text, lang).Events, e => e.Type == "MOBILIZE");
        Assert.Contains(subjectWord, e.Source?.Name ?? "");
    }

    [Theory]
    [InlineData("Obama said he would not provide support to Israel.", "en")]
    [InlineData("El gobierno no apoyará la huelga de los maestros.", "es")]
    [InlineData("Il governo non appoggerà lo sciopero degli insegnanti.", "it")]
    [InlineData("Le gouvernement ne soutiendra pas la grève des enseignants.", "fr")]
    [InlineData("El presidente dijo que no brindará ayuda a Israel.", "es")]
    public void NotGivingWhatCooperationGivesIsARefusal(string text, string lang)
    {
        var doc = Run(text, lang);
        var refusal = Single(doc, "REJECT");
        Assert.Equal("120", refusal.Cameo);
        Assert.False(refusal.Negated);
        Assert.NotNull(refusal.Source);
        Assert.DoesNotContain(doc.Events, e => e.Type is "SUPPORT" or "AID");
    }

    [Theory]
    [InlineData("Obama wants to attack Switzerland.", "en")]
    [InlineData("El presidente quiere atacar Suiza.", "es")]
    [InlineData("Il presidente vuole attaccare la Svizzera.", "it")]
    [InlineData("Le président veut attaquer la Suisse.", "fr")]
    public void WantingToUseForceIsAThreat(string text, string lang)
    {
        var doc = Run(text, lang);
        var threat = Single(doc, "THREATEN");
        Assert.Equal("138", threat.Cameo);
        Assert.Equal("country:CH", threat.Target?.Id);
        Assert.NotNull(threat.Source);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("The United States wants to help Israel.", "en")]
    [InlineData("Estados Unidos quiere ayudar a Israel.", "es")]
    [InlineData("Gli Stati Uniti vogliono aiutare Israele.", "it")]
    [InlineData("Les États-Unis veulent aider Israël.", "fr")]
    public void WantingToHelpIsAnOffer(string text, string lang)
    {
        var doc = Run(text, lang);
        var offer = Single(doc, "AGREE");
        Assert.Equal(("country:US", "country:IL"), (offer.Source?.Id, offer.Target?.Id));
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID");
    }

    [Fact]
    public void AnInfinitiveParticleMakesAVerbWithItsSubject()
    {
        var e = Single(Run("Obama has agreed to lift the sanctions on Iran.", "en"), "CONCEDE");
        Assert.Equal(("person:barack-obama", "country:IR"), (e.Source?.Id, e.Target?.Id));
    }

    [Theory]
    [InlineData("The tanks head back from the border.")]
    [InlineData("The soldiers went back to their barracks.")]
    public void GoingBackIsNoSupport(string text) => Assert.DoesNotContain(Run(text, "en").Events, e => e.Type == "SUPPORT");

    [Theory]
    [InlineData("Con ocasión del aniversario de la primera explosión nuclear varios cientos de personas protestaron el domingo en Londres.", "es", "varios cientos de personas")]
    [InlineData("In occasione dell'anniversario della prima esplosione nucleare diverse centinaia di persone hanno protestato domenica a Londra.", "it", "diverse centinaia di persone")]
    [InlineData("On the anniversary of the first nuclear explosion several hundred people protested on Sunday in London.", "en", "several hundred people")]
    [InlineData("À l'occasion de l'anniversaire de la première explosion nucléaire plusieurs centaines de personnes ont protesté dimanche à Londres.", "fr", "plusieurs centaines de personnes")]
    public void AQuantifierOpensTheCountedSubject(string text, string lang, string subject) =>
        Assert.Equal(subject, Single(Run(text, lang), "PROTEST").Source?.Name);

    [Theory]
    [InlineData("Movilizaciones de funcionarios en Madrid contra la congelación de salarios.", "es", "funcionarios")]
    [InlineData("MOVILIZACIONES DE FUNCIONARIOS EN MADRID CONTRA CONGELACION SALARIOS", "es", "FUNCIONARIOS")]
    [InlineData("Manifestazioni di studenti a Roma contro la riforma.", "it", "studenti")]
    [InlineData("Manifestations d'étudiants à Paris contre la réforme.", "fr", "étudiants")]
    public void AnEventWordOpeningTheSentenceWithItsGenitiveIsANounAndTheGenitiveItsAgent(string text, string lang, string agent) =>
        Assert.Equal(agent, Single(Run(text, lang), "MOBILIZE").Source?.Name);

    [Theory]
    [InlineData("Miles de personas se manifiestan en el pueblo del policía asesinado.")]
    [InlineData("MILES DE PERSONAS SE MANIFIESTAN EN PUEBLO DEL POLICIA ASESINADO")]
    [InlineData("Miles de personas manifiestan contra el transporte de desechos nucleares.")]
    public void ThePresentOfManifestarseIsADemonstration(string text) =>
        Assert.Equal("demonstrate", Single(Run(text, "es"), "MOBILIZE").Mode);

    [Theory]
    [InlineData("Israel announced it would free over 150 Palestinian prisoners.", "en")]
    [InlineData("El gobierno de Israel anunció que liberará a 150 presos palestinos.", "es")]
    [InlineData("Il governo israeliano ha annunciato che libererà 150 prigionieri palestinesi.", "it")]
    [InlineData("Le gouvernement israélien a annoncé qu'il libérera 150 prisonniers palestiniens.", "fr")]
    public void AnnouncingAConcessionIsAPromise(string text, string lang)
    {
        var doc = Run(text, lang);
        var promise = Single(doc, "AGREE");
        Assert.Equal("IL", promise.Source?.Country);
        Assert.Equal(Modality.Asserted, promise.Modality);
        Assert.DoesNotContain(doc.Events, e => e.Type == "CONCEDE");
    }

    [Fact]
    public void ANameIsNoVerbOfSaying()
    {
        var e = Single(Run("The United States will supply arms to Israel.", "en"), "AID"); // "States" is no "states"
        Assert.Null(e.AttributedTo);
        Assert.Equal(Modality.Planned, e.Modality);
    }

    [Theory]
    [InlineData("Obama has agreed to lift the sanctions on Iran.", "en", "CONCEDE")]
    [InlineData("Qatar has pledged to expel the exiled leaders.", "en", "COERCE")]
    [InlineData("Los profesores acordaron una huelga para la próxima semana.", "es", "MOBILIZE")]
    [InlineData("I sindacati hanno concordato uno sciopero generale.", "it", "MOBILIZE")]
    [InlineData("Les syndicats ont promis une grève générale.", "fr", "MOBILIZE")]
    public void WhatIsAgreedToIsTheEvent(string text, string lang, string type)
    {
        var doc = Run(text, lang);
        Assert.NotNull(Single(doc, type).Source);
        Assert.DoesNotContain(doc.Events, e => e.Type == "AGREE");
    }

    [Theory]
    [InlineData("La Coces organizó una manifestación de protesta contra el gobernador.", "La Coces")]
    [InlineData("Un bloque sindical disociado de la matriz Central Obrera Boliviana convocó a una movilización el martes.", "Un bloque sindical disociado de la matriz Central Obrera Boliviana")]
    public void AnOpeningPhraseRunningUpToTheGoverningVerbIsItsSubject(string text, string subject) =>
        Assert.Equal(subject, Single(Run(text, "es"), "MOBILIZE").Source?.Name);

    [Theory]
    [InlineData("Los camioneros anunciaron el jueves una \"jornada nacional de protesta\" para el mes próximo.", "es", "Los camioneros")]
    [InlineData("I camionisti hanno annunciato giovedì una \"giornata nazionale di protesta\" per il mese prossimo.", "it", "I camionisti")]
    [InlineData("Les camionneurs ont annoncé jeudi une \"journée nationale de protestation\" pour le mois prochain.", "fr", "Les camionneurs")]
    public void AQuotationMarkDoesNotHideTheGoverningVerb(string text, string lang, string subject) =>
        Assert.Equal(subject, Single(Run(text, lang), "PROTEST").Source?.Name);

    [Theory]
    [InlineData("La medida motivó la protesta inmediata de las autoridades salvadoreñas.", "es", "autoridades")]
    [InlineData("Se registró la protesta inmediata de los estudiantes.", "es", "estudiantes")]
    [InlineData("La misura ha suscitato la protesta immediata delle autorità salvadoregne.", "it", "autorità")]
    [InlineData("La mesure a suscité la protestation immédiate des autorités salvadoriennes.", "fr", "autorités")]
    public void ANounsGenitiveAfterItsAdjectiveIsItsAgent(string text, string lang, string agentWord) =>
        Assert.Contains(agentWord, Single(Run(text, lang), "PROTEST").Source?.Name ?? "");

    [Theory]
    [InlineData("El presidente objetó la tipificación de delitos.", "es")]
    [InlineData("Unos 400 hinchas opuestos a la medida se enfrentaron con la policía.", "es")]
    [InlineData("Il presidente ha obiettato la nuova legge.", "it")]
    [InlineData("Molti deputati sono contrari alla riforma.", "it")]
    [InlineData("The president objected to the new law.", "en")]
    [InlineData("Le président a objecté que la loi était injuste.", "fr")]
    public void ObjectingAndBeingOpposedAreRejections(string text, string lang) =>
        Assert.Contains(Run(text, lang).Events, e => e.Type == "REJECT");

    [Fact]
    public void AnObjectIsNoObjection() => Assert.DoesNotContain(Run("El presidente es objeto de una campaña.", "es").Events, e => e.Type == "REJECT");

    [Theory]
    [InlineData("Esta mañana se enfrentaron en la provincia de Córdoba manifestantes de la izquierda.", "es", "manifestantes")]
    [InlineData("Protestaron el lunes en la ciudad de Rosario miles de taxistas.", "es", "taxistas")]
    public void APostposedSubjectFollowsAPlaceNounAndItsName(string text, string lang, string subjectWord) =>
        Assert.Contains(subjectWord, Assert.Single(Run(text, lang).Events).Source?.Name ?? "");

    [Theory]
    [InlineData("Un comité popular protestó contra la medida.", "es", "comité popular")]
    [InlineData("Las mujeres del sector nuclear protestaron contra la medida.", "es", "sector nuclear")]
    [InlineData("Protestaron ayer en la ciudad de Rosario miles de taxistas.", "es", "taxistas")]
    [InlineData("Un comitato popolare ha protestato contro la misura.", "it", "comitato popolare")]
    public void WordsEndingLikeAnInfinitiveAreNoVerbs(string text, string lang, string subjectWord) =>
        Assert.Contains(subjectWord, Single(Run(text, lang), "PROTEST").Source?.Name ?? "");

    [Theory]
    [InlineData("A court jailed a student linked to an armed Islamic group in Lebanon.", "AID")]
    [InlineData("Heavily armed men stormed the building.", "AID")]
    [InlineData("A 500-page report released Tuesday alleged that France was aware of the plans.", "CONCEDE")]
    [InlineData("The ministry released a statement on Monday.", "CONCEDE")]
    public void ArmedGroupsAndReleasedReportsAreNoAidOrRelease(string text, string type) =>
        Assert.DoesNotContain(Run(text, "en").Events, e => e.Type == type);

    [Fact]
    public void ReleasingPrisonersIsStillARelease() => Single(Run("Israel released 150 Palestinian prisoners on Wednesday.", "en"), "CONCEDE");

    [Fact]
    public void AToInfinitiveAfterAClauseSharesItsSubject()
    {
        var doc = Run("The national security advisor met with President Bashar Assad on Tuesday to discuss the crisis.", "en");
        Assert.All(doc.Events.Where(e => e.Type == "CONSULT"), e => Assert.Contains("advisor", e.Source?.Name ?? ""));
    }

    [Theory]
    [InlineData("Los huelguistas reclaman el cierre del penal. También piden mejores condiciones de defensa.", "es", "huelguistas")]
    [InlineData("Gli scioperanti chiedono la chiusura del carcere. Chiedono anche migliori condizioni di difesa.", "it", "scioperanti")]
    public void AVerbOpeningItsSentenceWithoutSubjectContinuesThePreviousActor(string text, string lang, string actor)
    {
        var demands = Run(text, lang).Events.Where(e => e.Type == "DEMAND").ToList();
        Assert.Equal(2, demands.Count);
        Assert.All(demands, e => Assert.Contains(actor, e.Source?.Name ?? ""));
    }

    [Fact]
    public void NoSubjectIsCarriedIntoANegatedSentence() =>
        Assert.All(Run("Los manifestantes lanzaron piedras. No hubo heridos.", "es").Events.Where(e => e.Sentence == 1), e => Assert.Null(e.Source));

    [Theory]
    [InlineData("Varias decenas de jóvenes encapuchados, que gritaban contra la entrega de 'Josu Ternera', levantaron barricadas.", "es", "jóvenes")]
    [InlineData("Alcune decine di giovani incappucciati, che gridavano contro l'estradizione di \"Josu Ternera\", hanno eretto barricate.", "it", "giovani")]
    public void AQuotedNameInsideARelativeClauseIsSkipped(string text, string lang, string subjectWord) =>
        Assert.Contains(subjectWord, Single(Run(text, lang), "MOBILIZE").Source?.Name ?? "");

    [Theory]
    [InlineData("Las centrales sindicales repudiaron la inscripción del candidato.")]
    [InlineData("Las autoridades provinciales fueron repudiadas por grupos de manifestantes.")]
    public void RepudiatingIsRejecting(string text)
    {
        var doc = Run(text, "es");
        Single(doc, "REJECT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "DISAPPROVE");
    }

    [Theory]
    [InlineData("Nuevas huelgas y manifestaciones estallaron este miércoles en Bélgica.", false)]
    [InlineData("El incidente, que estalló cuando la policía detuvo al general, incomodó al gobierno.", false)]
    [InlineData("Un artefacto explosivo estalló frente a la embajada.", true)]
    [InlineData("Estalló una bomba frente a la embajada.", true)]
    public void EstallarIsAnExplosionOnlyWithAnExplosive(string text, bool explosion) =>
        Assert.Equal(explosion, Run(text, "es").Events.Any(e => e.Type == "ASSAULT" && e.Mode == "bomb"));

    [Theory]
    [InlineData("Unos 100.000 manifestantes se reunieron en el centro de Belgrado.", "es")]
    [InlineData("La derecha espera reunir unas 200.000 personas el sábado en Roma.", "es")]
    [InlineData("Migliaia di manifestanti si sono riuniti nel centro di Belgrado.", "it")]
    [InlineData("Des milliers de manifestants se sont réunis devant l'ambassade.", "fr")]
    public void ACrowdThatGathersDemonstrates(string text, string lang)
    {
        var doc = Run(text, lang);
        Assert.Equal("demonstrate", Single(doc, "MOBILIZE").Mode);
        Assert.DoesNotContain(doc.Events, e => e.Type == "CONSULT");
    }

    [Theory]
    [InlineData("La comisión de manifestantes se reunió con las autoridades en la sede presidencial.", "es")]
    [InlineData("Los ministros se reunieron en Bruselas.", "es")]
    [InlineData("A delegation of the protesters met with the minister.", "en")]
    public void AMeetingIsStillAMeeting(string text, string lang) => Single(Run(text, lang), "CONSULT");

    [Theory]
    [InlineData("I naufraghi sono stati soccorsi dalla Guardia costiera al largo di Pantelleria.", "it", "AID", "Guardia costiera", "naufraghi")]
    [InlineData("Los campesinos fueron atacados por la Guardia Rural cerca del río.", "es", "ASSAULT", "Guardia Rural", "campesinos")]
    [InlineData("Il tabaccaio è stato aggredito da un connazionale alla stazione.", "it", "ASSAULT", "un connazionale", "tabaccaio")]
    public void TheAgentAfterAPassiveIsTheSourceAndItsSubjectTheTarget(string text, string lang, string type, string source, string target)
    {
        var e = Single(Run(text, lang), type);
        Assert.Equal(source, e.Source?.Name);
        Assert.Contains(target, e.Target?.Name ?? "");
    }

    [Theory]
    [InlineData("Los mineros fueron desalojados por la fuerza.", "es")] // manner, not an agent
    [InlineData("Dos jóvenes fueron detenidos por robo.", "es")]        // cause
    public void ALowerCaseNounAfterPorIsNoAgent(string text, string lang) =>
        Assert.All(Run(text, lang).Events, e => Assert.Null(e.Source));

    [Theory]
    [InlineData("Los sindicatos anunciaron que el Acuerdo de Cartagena será revisado.", "es", "Acuerdo")]
    [InlineData("Les évêques ont rencontré la Conférence des présidents.", "fr", "Conférence")]
    [InlineData("Le regioni hanno discusso il Patto per la sanità.", "it", "Patto")]
    public void AnEventNounWithACapitalInsideASentenceIsAName(string text, string lang, string word) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Start == text.IndexOf(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("PROTESTA DE LOS MINEROS EN ORURO", "es", "PROTEST")]
    [InlineData("Miners Protest Pay Cuts In Oruro", "en", "PROTEST")]
    [InlineData("Los mineros anunciaron: Huelga general el lunes.", "es", "MOBILIZE")]
    public void CapitalsOfHeadlinesAndSentenceStartsStillTrigger(string text, string lang, string type) =>
        Single(Run(text, lang), type);

    [Theory]
    [InlineData("Las marchas, organizadas por los sindicatos, reclaman aumentos salariales.", "es", "DEMAND")]
    [InlineData("La huelga paralizó el país durante dos días.", "es", "MOBILIZE")]
    [InlineData("Lo sciopero ha bloccato i porti per due giorni.", "it", "MOBILIZE")]
    public void AnEventIsNoActor(string text, string lang, string type) =>
        Assert.All(Run(text, lang).Events.Where(e => e.Type == type && e.Start > 3), e => Assert.Null(e.Source));

    [Theory]
    [InlineData("Los agricultores cortaron la ruta a los camiones, en señal de protesta por los precios.", "es", "Los agricultores")]
    [InlineData("Gli operai hanno bloccato l'ingresso ai dirigenti, in segno di protesta contro i licenziamenti.", "it", "Gli operai")]
    [InlineData("Les agriculteurs ont bloqué la route aux camions, en signe de protestation contre les prix.", "fr", "Les agriculteurs")]
    public void AProtestAdjunctSharesItsClausesSubjectNotTheObjectBeforeIt(string text, string lang, string source) =>
        Assert.Equal(source, Single(Run(text, lang), "PROTEST").Source?.Name);

    [Fact]
    public void AStrikeAdjunctAfterPeopleIsTheirs() =>
        Assert.Equal("Los médicos", Single(Run("Los médicos en huelga ocuparon el hospital.", "es"), "MOBILIZE").Source?.Name);

    [Theory]
    [InlineData("Miles de personas marcharon en Lima para apoyar al presidente.", "es", "SUPPORT")]
    [InlineData("Los obreros ocuparon la fábrica para impedir su cierre.", "es", "REJECT")]
    [InlineData("Migliaia di persone hanno sfilato a Roma per sostenere il governo.", "it", "SUPPORT")]
    [InlineData("Des milliers de personnes ont manifesté à Paris pour soutenir les grévistes.", "fr", "SUPPORT")]
    public void APurposeClauseIsIntendedAndBackground(string text, string lang, string type)
    {
        var e = Single(Run(text, lang), type);
        Assert.True(e.Embedded);
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Theory]
    [InlineData("Los estudiantes marcharon en Quito para protestar contra la reforma.", "es", "PROTEST")]
    [InlineData("Los mineros marcharon en La Paz para exigir aumentos salariales.", "es", "DEMAND")]
    public void MarchingToProtestOrDemandIsProtestingOrDemanding(string text, string lang, string type) =>
        Assert.False(Single(Run(text, lang), type).Embedded);

    [Theory]
    [InlineData("EN HUELGA LOS PORTUARIOS DE VALPARAISO", "es", "PORTUARIOS")]
    [InlineData("In sciopero i lavoratori dei trasporti", "it", "lavoratori")]
    public void AHeadlineOpeningWithItsEventPhraseHasItsSubjectAfter(string text, string lang, string word) =>
        Assert.Contains(word, Single(Run(text, lang), "MOBILIZE").Source?.Name ?? "");

    [Fact]
    public void AnEventPhraseOpeningAHeadlineWithAPatientHasItsTargetAfter()
    {
        var e = Assert.Single(Run("I carabinieri hanno fermato due giovani alla stazione. In manette Mario Rossi, 38 anni, bracciante.", "it").Events,
            e => e.Type == "COERCE" && e.Sentence == 1);
        Assert.Equal("Mario Rossi", e.Target?.Name);
        Assert.Equal("I carabinieri", e.Source?.Name);
    }

    [Fact]
    public void NoLexiconNoEvents() => Assert.Empty(Run("Der Präsident besuchte Nordkorea.", "de").Events);

    // A visit named in a purpose phrase is the clause's subject's, to the place the clause went to.
    [Theory]
    [InlineData("Putin è arrivato a Pyongyang per una visita di due giorni.", "it")]
    [InlineData("Putin llegó a Pyongyang para una visita de dos días.", "es")]
    [InlineData("Putin è a Pyongyang per una visita di Stato.", "it")]
    public void AVisitInAPurposePhraseIsTheSubjectsToThePlace(string text, string lang)
    {
        var doc = Run(text, lang, new DateOnly(2024, 6, 19));
        var e = Single(doc, "CONSULT");
        Assert.Equal(("person:vladimir-putin", "country:KP", "Pyongyang"), (e.Source?.Id, e.Target?.Id, e.Location?.Name));
    }

    [Theory]
    [InlineData("Thousands of people demonstrated in London against the war.", true)]
    [InlineData("The study demonstrated that the drug works.", false)]
    [InlineData("He demonstrated his skill.", false)]
    public void DemonstratingInEnglish(string text, bool demonstration) =>
        Assert.Equal(demonstration, Run(text, "en", new DateOnly(2024, 6, 19)).Events.Any(e => e.Type == "MOBILIZE"));

    [Fact]
    public void AFrenchPartitiveIsNoPreposition()
    {
        var doc = Run("Les États-Unis ont imposé de nouvelles sanctions à la Corée du Nord.", "fr", new DateOnly(2024, 6, 19));
        var e = Single(doc, "SANCTION");
        Assert.Equal(("country:US", "country:KP"), (e.Source?.Id, e.Target?.Id));
    }

    // A reflexive clitic before the auxiliary: an active pronominal verb, the subject acts ("dalla città" is no agent).
    [Theory]
    [InlineData("Le truppe si sono ritirate dalla città.", "it")]
    [InlineData("Les troupes se sont retirées de la ville.", "fr")]
    public void AReflexiveCompoundTenseIsNoPassive(string text, string lang)
    {
        var doc = Run(text, lang, new DateOnly(2024, 6, 19));
        var e = Single(doc, "RETREAT");
        Assert.NotNull(e.Source);
        Assert.Null(e.Target);
    }

    // Irregular Spanish preterites are finite verbs: the description before them is their subject ("detuvo", "impuso", "hizo").
    [Theory]
    [InlineData("El gobierno detuvo a decenas de opositores.", "COERCE", "El gobierno")]
    [InlineData("El ejército detuvo a los manifestantes.", "COERCE", "El ejército")]
    public void IrregularPreteritesHaveTheirSubject(string text, string type, string source)
    {
        var doc = Run(text, "es", new DateOnly(2024, 6, 19));
        Assert.Equal(source, Single(doc, type).Source?.Name);
    }
}

/// <summary>Issue 5 acceptance on the bundled samples (given dates; 002 and 004 published 2024-06-17).</summary>
public class SeedEventTests
{
    private static readonly Lazy<Dictionary<string, Document>> Seeds = new(() =>
        InputReader.Read([Path.Combine(SharedData.RepoRoot, "samples")], new ReadOptions())
            .Where(i => i.Document is not null)
            .Select(i => DocumentPipeline.Default.Run(i.Document!))
            .ToDictionary(d => Path.GetFileName(d.Raw.Source)[..3]));

    private static bool IsActor(EventArgument? a, string country) => a is not null && (a.Id == "country:" + country || a.Country == country);

    [Theory]
    [InlineData("002")]
    [InlineData("004")]
    public void PutinsVisitIsAPlannedConsultDatedJune18(string seed)
    {
        var doc = Seeds.Value[seed];
        Assert.Contains(doc.Events, e => e.Type == "CONSULT" && IsActor(e.Source, "RU") && IsActor(e.Target, "KP")
            && e.Date is { Start: "2024-06-18", End: "2024-06-18" or "2024-06-19", FromDocumentDate: false } && e.Modality == Modality.Planned);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void KimsTripToRussiaIsAConsultReportedByUsSources(string seed)
    {
        var doc = Seeds.Value[seed];
        Assert.Contains(doc.Events, e => e.Type == "CONSULT" && e.Source?.Id == "person:kim-jong-un" && IsActor(e.Target, "RU")
            && e.Modality is Modality.Reported or Modality.Hypothetical && e.AttributedTo?.Country == "US");
    }

    [Theory]
    [InlineData("002")]
    [InlineData("004")]
    public void ArmsSuppliesAreMilitaryAidFromNorthKoreaToRussiaAttributedToOfficials(string seed)
    {
        var doc = Seeds.Value[seed];
        Assert.Contains(doc.Events, e => e.Type == "AID" && e.Mode == "military" && IsActor(e.Source, "KP") && IsActor(e.Target, "RU")
            && e.AttributedTo?.Country == "US" && e.Modality == Modality.Reported);
    }

    [Theory]
    [InlineData("002")]
    [InlineData("004")]
    public void MoscowAndPyongyangDenialsAreRejectEvents(string seed)
    {
        var doc = Seeds.Value[seed];
        var denials = doc.Events.Where(e => e.Type == "REJECT" && e.Mode == "deny").ToList();
        Assert.Contains(denials, d => IsActor(d.Source, "RU") && d.Denies is not null);
        Assert.Contains(denials, d => IsActor(d.Source, "KP") && d.Denies is not null);
    }

    [Fact]
    public void TheSoldiersCarryTheirNumber()
    {
        Assert.Contains(Seeds.Value["001"].Events, e => e.Quantity == 15000 && IsActor(e.Source, "KP"));
    }

    [Fact]
    public void EveryEventHasProvenance()
    {
        foreach (var doc in Seeds.Value.Values)
            foreach (var e in doc.Events)
            {
                Assert.InRange(e.Start, doc.Sentences[e.Sentence].Start, doc.Sentences[e.Sentence].End);
                Assert.StartsWith(doc.Language + "/events.txt:", e.Rule);
                Assert.InRange(e.Confidence, 0.0, 1.0);
                Assert.True(e.Source is not null || e.Target is not null || e.Confidence < 0.5); // bare verbs are kept, unsure
            }
    }
}
