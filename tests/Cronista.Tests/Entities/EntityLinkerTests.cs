using Cronista.Entities;
using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Tests.Entities;

/// <summary>Linking rules on a small hand-written catalogue (TestData/entities/test_catalog.tsv), without the statistical tagger.</summary>
public class EntityLinkerTests
{
    private static readonly Lazy<EntityCatalog> Catalog = new(() =>
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "TestData", "entities", "test_catalog.tsv"));
        return EntityCatalog.FromReaders([("test_catalog.tsv", (TextReader)reader)]);
    });

    private static Document Link(string text, string lang, DateOnly? published = null)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang, Published = published });
        EntityLinker.GazetteerOnly(Catalog.Value).Link(doc);
        return doc;
    }

    private static List<(string Text, string Id)> Mentions(Document d) =>
        d.Mentions.Select(m => (d.Text[m.Start..m.End], m.EntityId)).ToList();

    [Fact]
    public void NamesInEachLanguageLinkToOneEntity()
    {
        var it = Link("La Corea del Nord e la Russia firmano un accordo.", "it");
        var es = Link("Corea del Norte y Rusia firman un acuerdo.", "es");
        Assert.Equal([("Corea del Nord", "country:KP"), ("Russia", "country:RU")], Mentions(it));
        Assert.Equal([("Corea del Norte", "country:KP"), ("Rusia", "country:RU")], Mentions(es));
        var kp = it.Entities[0];
        Assert.Equal(("North Korea", EntityType.Loc, "Q423", "KP"), (kp.Name, kp.Type, kp.Qid, kp.Country));
        Assert.NotNull(kp.Lat);
    }

    [Theory]
    [InlineData("La Unión Europea anunció sanciones.", "es", "Unión Europea", "org:eu")]      // not "La Unión" (El Salvador)
    [InlineData("L'Union européenne a réagi.", "fr", "Union européenne", "org:eu")]          // not "L'Union" (a French town)
    [InlineData("El Consejo de Seguridad de la ONU se reunió.", "es", "Consejo de Seguridad de la ONU", "org:unsc")] // not "El Consejo" (a town)
    public void AnOverlappingHigherRankedNameWinsOverTheLeftmostMatch(string text, string lang, string name, string id)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang });
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.Equal([(name, id)], Mentions(doc));
    }

    private static Document LinkWithTagger(string text, string lang)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang, Published = new DateOnly(2013, 1, 1) });
        new EntityLinker().Link(doc);
        return doc;
    }

    [Fact]
    public void MinorPlacesInsideALongerNameGiveWay()
    {
        // "El Consejo" (a Venezuelan town) and "Nacional" (a Dominican district) are words of the council's name.
        var d = LinkWithTagger("El Consejo Nacional Sirio denunció el ataque.", "es");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is { } id && (id.StartsWith("place:", StringComparison.Ordinal) || id.StartsWith("admin:", StringComparison.Ordinal)));
        Assert.Contains(d.Mentions, m => m.EntityId == "org:sy-national-council");
        // "San Leone" is a place of its own, not the town "Leone" (American Samoa).
        var it = LinkWithTagger("I migranti sono sbarcati a San Leone, vicino ad Agrigento.", "it");
        Assert.DoesNotContain(it.Mentions, m => m.EntityId == "place:AS:050:leone");
        Assert.Contains(it.Mentions, m => m.EntityId == "place:IT:15:agrigento");
    }

    [Theory]
    [InlineData("La comunidad internacional ha vuelto a presionar. El consejo militar instó a los ciudadanos.", "es")] // towns "La Comunidad" (MX), "El Consejo" (VE)
    [InlineData("La grande affaire sera de voir si l'élection change quelque chose.", "fr")]                              // "La Grande" (US)
    [InlineData("La rotta tracciata dopo gli ultimi eventi appare chiara.", "it")]                                         // "La Rotta" (IT)
    public void AGazetteerPlaceOfSeveralCapitalisedWordsNeedsEachOneCapitalised(string text, string lang)
    {
        var d = LinkWithTagger(text, lang);
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is { } id && id.StartsWith("place:", StringComparison.Ordinal));
        // Written as a name, the place still matches.
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = "Llegaron a Ciego de Ávila y a La Comunidad.", Language = "es" });
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.Contains(doc.Mentions, m => m.EntityId == "place:MX:15:la-comunidad");
        Assert.Contains(doc.Mentions, m => m.EntityId == "place:CU:07:ciego-de-avila");
    }

    [Theory]
    [InlineData("Des partisans priaient devant le site de la Garde républicaine. Le ministre de la Justice a parlé.", "fr")]
    [InlineData("Il Parma ha perso in casa. Il Monopoli di Stato ha autorizzato la società.", "it")]
    [InlineData("Fue el héroe del Sevilla en la UEFA y luego jugó en el Perugia.", "es")]
    public void AOneWordTownTakesNoArticleAndIsNoInstitutionsNoun(string text, string lang)
    {
        var d = LinkWithTagger(text, lang);
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is "place:ES:32:garde" or "place:US:OK:justice" or "place:IT:13:monopoli" or "place:IT:18:perugia");
    }

    [Theory]
    [InlineData("El Consejo Militar instó a los ciudadanos a mantener la calma.", "es", "place:VE:04:el-consejo")]  // a council, not the Venezuelan town
    [InlineData("El 28 de noviembre se celebraron elecciones en Egipto.", "es", "place:AR:20:28-de-noviembre")] // a date, not the Argentine town
    [InlineData("Los ministros se reunieron en Atenas.", "es", "place:CR:01:atenas")]                            // Athens, not the Costa Rican town
    public void ArticleAndDateTownsNeedSupportAndCapitalsHaveTheirExonyms(string text, string lang, string wrong)
    {
        var d = LinkWithTagger(text, lang);
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == wrong);
        if (text.Contains("Atenas")) Assert.Contains(("Atenas", "place:GR:ESYE31:athens"), Mentions(d));
        Assert.Contains(("La Libertad", "place:SV:05:la-libertad"), Mentions(LinkWithTagger("Viajó a La Libertad, en El Salvador, para la reunión.", "es")));
    }

    [Theory]
    [InlineData("Gli sbarchi in Sicilia e in Sardegna preoccupano il governo italiano.", "it", "Sardegna", "admin:IT.14")]
    [InlineData("El Gobierno español negocia con Cataluña y Navarra.", "es", "Cataluña", "admin:ES.56")]
    [InlineData("En Corse, la France a envoyé des gendarmes.", "fr", "Corse", "admin:FR.94")]
    public void DivisionsHaveTheirNamesInTheirOwnLanguages(string text, string lang, string surface, string id) =>
        Assert.Contains((surface, id), Mentions(LinkWithTagger(text, lang)));

    [Fact]
    public void ASurnameInsideAnotherPersonsNameIsNotTheKnownPerson()
    {
        // "Gheddafi" alone is Muammar Gaddafi; "Aisha Gheddafi" is his daughter, a person of her own; "Muammar Gheddafi"
        // and a title before the surname are still him.
        var d = LinkWithTagger("La figlia del colonnello, Aisha Gheddafi, è fuggita in Algeria. Gheddafi non ha commentato.", "it");
        Assert.Equal(["Gheddafi"], d.Mentions.Where(m => m.EntityId == "person:muammar-gaddafi").Select(m => d.Text[m.Start..m.End]));
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == "Aisha Gheddafi" && m.EntityId.StartsWith("name:per:", StringComparison.Ordinal));
        var same = LinkWithTagger("Il colonnello Muammar Gheddafi ha parlato alla televisione.", "it");
        Assert.Contains(same.Mentions, m => m.EntityId == "person:muammar-gaddafi");
    }

    [Fact]
    public void AShortFormOfABodyKnownByItsContextNeedsThatContext()
    {
        // "la giunta militare" is Egypt's SCAF in an article about Egypt, not in one about Burma.
        Assert.DoesNotContain(LinkWithTagger("In Birmania la giunta militare ha arrestato i leader dell'opposizione.", "it").Mentions, m => m.EntityId == "org:eg-scaf");
        Assert.Contains(LinkWithTagger("Al Cairo la giunta militare guidata da Tantawi ha promesso elezioni in Egitto.", "it").Mentions, m => m.EntityId == "org:eg-scaf");
    }

    [Fact]
    public void ACuratedNameOpeningWithAnArticleNeedsACapitalAfterIt()
    {
        // The article's capital says nothing at a sentence start; the word after it does.
        Assert.DoesNotContain(LinkWithTagger("Le monde entier regarde la Syrie. El país vive una crisis.", "fr").Mentions, m => m.EntityId is "org:le-monde");
        Assert.DoesNotContain(LinkWithTagger("El país vive una crisis profunda.", "es").Mentions, m => m.EntityId is "org:el-pais");
        Assert.DoesNotContain(LinkWithTagger("Secondo il giornale locale, la repubblica è in crisi.", "it").Mentions, m => m.EntityId is "org:il-giornale" or "org:la-repubblica");
        Assert.Contains(("le Monde", "org:le-monde"), Mentions(LinkWithTagger("Selon une enquête publiée par le Monde, les rebelles avancent.", "fr")));
        Assert.Contains(("El País", "org:el-pais"), Mentions(LinkWithTagger("Según El País, el Gobierno negocia.", "es")));
        Assert.Contains(("EE UU", "country:US"), Mentions(LinkWithTagger("EE UU y Rusia negocian en Ginebra.", "es")));
    }

    [Theory]
    [InlineData("Ces émirs vassaux des pétromonarchies du Golfe financent les rebelles.", "fr", "Golfe", "geo:persian-gulf")]
    [InlineData("I paesi del Golfo hanno riconosciuto il Consiglio.", "it", "Golfo", "geo:persian-gulf")]
    [InlineData("Los buques patrullan el golfo de Sirte.", "es", "golfo de Sirte", "geo:gulf-of-sidra")]
    [InlineData("I leader si sono riuniti alla Mecca.", "it", "Mecca", "place:SA:14:makkah")]
    public void SeasGulfsAndHolyCitiesAreCurated(string text, string lang, string surface, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains((surface, id), Mentions(d));
    }

    [Fact]
    public void TownHomonymsNeedTheDocumentsCountry()
    {
        // Sicilian context: Palermo is Palermo, Italy (not the Colombian or Argentine towns).
        var it = LinkWithTagger("I migranti sono arrivati a Licata e poi trasferiti a Palermo, in provincia di Agrigento.", "it");
        Assert.Contains(it.Mentions, m => m.EntityId == "place:IT:15:palermo");
        Assert.Contains(it.Mentions, m => m.EntityId == "place:IT:15:agrigento");
        // "Santa Rosa": towns in a dozen countries, none named by the document: a place without coordinates.
        var es = LinkWithTagger("Las tropas recuperaron Santa Rosa tras dos días de combates.", "es");
        var town = es.Entities.Single(e => e.Name == "Santa Rosa");
        Assert.StartsWith("name:loc:", town.Id);
        Assert.Null(town.Lat);
        // "Palmira" was such a name (towns in the Americas and Ukraine) until Palmyra was curated with its exonyms.
        Assert.Contains(LinkWithTagger("Las tropas sirias recuperaron Palmira.", "es").Mentions, m => m.EntityId == "place:SY:11:tadmur");
    }

    [Fact]
    public void OneWordCitiesAndDivisionsStandInADocumentNamingTheirCountry()
    {
        // The cities (with coordinates), not the governorates named after them.
        var sy = LinkWithTagger("Los rebeldes sirios tomaron Homs y Idlib.", "es");
        Assert.Contains(sy.Mentions, m => m.EntityId == "place:SY:11:homs");
        Assert.Contains(sy.Mentions, m => m.EntityId == "place:SY:12:idlib");
        // No León (Nicaragua) in Leon Panetta, no Vladimir (Russia) in a person's name.
        var us = LinkWithTagger("El secretario de Defensa Leon Panetta y el ministro Vladimir Kozhin hablaron en Washington.", "es");
        Assert.DoesNotContain(us.Mentions, m => m.EntityId is "place:NI:08:leon" or "place:RU:83:vladimir");
    }

    [Fact]
    public void ADivisionAfterACommaPlacesTheTownBeforeIt()
    {
        // Houston, Missouri and Ferndale, Maryland are homonyms; the text says which.
        var d = LinkWithTagger("Coach Jim Caldwell lost in Houston, Texas. An earthquake struck near Ferndale, California.", "en");
        Assert.Contains(d.Mentions, m => m.EntityId == "place:US:TX:houston");
        Assert.Contains(d.Mentions, m => m.EntityId == "place:US:CA:ferndale");
        Assert.Contains(d.Mentions, m => m.EntityId == "admin:US.CA");
    }

    [Fact]
    public void MajorCitiesAreCuratedAndACityOpeningANameIsPartOfIt()
    {
        // GeoNames has no populations: Boston, Massachusetts is one of three Bostons unless curated.
        var d = LinkWithTagger("The Boston Red Sox beat the New York Yankees in Boston on Sunday.", "en");
        Assert.Contains(d.Mentions, m => m.EntityId == "place:US:MA:boston" && d.Text[m.Start..m.End] == "Boston");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is "place:US:MA:boston" && m.Start == 4); // the team's name
        var es = LinkWithTagger("Los rebeldes libios tomaron Bengasi y Misrata.", "es");
        Assert.Contains(es.Mentions, m => m.EntityId == "place:LY:69:benghazi");
        Assert.Contains(es.Mentions, m => m.EntityId == "place:LY:72:misratah");
    }

    [Fact]
    public void ASurnameIsThePersonNotATownOfThatName()
    {
        // "Obama" and "Merkel" are also towns (Japan, Texas): the short name of a person is no sure reading of a town.
        var d = LinkWithTagger("Obama e Merkel hanno parlato della Siria.", "it");
        Assert.Contains(d.Mentions, m => m.EntityId == "person:barack-obama");
        Assert.Contains(d.Mentions, m => m.EntityId == "person:angela-merkel");
    }

    [Fact]
    public void AdjectivesLinkToTheirCountry()
    {
        var d = Link("Il leader nordcoreano ha incontrato il presidente russo.", "it");
        Assert.Equal([("nordcoreano", "country:KP"), ("russo", "country:RU")], Mentions(d));
        Assert.All(d.Mentions, m => Assert.Equal("demonym", m.Rule));
    }

    [Fact]
    public void ShortFormsResolveToTheFullNameInTheDocument()
    {
        // "Kim" alone is ambiguous in the catalogue (Kim Jong-un, Kim Yo-jong); the article named Kim Jong-un first.
        var d = Link("Vladimir Putin ha scritto a Kim Jong-un. Kim ha risposto e Putin ha ringraziato.", "it");
        Assert.Equal([("Vladimir Putin", "person:vladimir-putin"), ("Kim Jong-un", "person:kim-jong-un"), ("Kim", "person:kim-jong-un"), ("Putin", "person:vladimir-putin")], Mentions(d));
        Assert.Equal("short-form", d.Mentions[2].Rule);
    }

    [Fact]
    public void HyphenlessAndAccentedVariantsMatch()
    {
        Assert.Equal("person:kim-jong-un", Link("Kim Jong Un parla.", "it").Mentions.Single().EntityId);
        Assert.Equal("person:vladimir-putin", Link("Vladímir Putin viajará.", "es").Mentions.Single().EntityId);
    }

    [Fact]
    public void CapitalsStandForTheirGovernmentUnlessUsedAsPlaces()
    {
        var d = Link("Mosca ha annunciato un accordo. Putin è arrivato a Mosca ieri.", "it");
        Assert.Equal(("gov:RU", "actor"), (d.Mentions[0].EntityId, d.Mentions[0].Role));
        Assert.Equal("place:moscow", d.Mentions[2].EntityId);
        Assert.Null(d.Mentions[2].Role);
        var seat = Link("Il Cremlino ha confermato la visita.", "it").Mentions.Single();
        Assert.Equal(("gov:RU", "actor"), (seat.EntityId, seat.Role));
        var es = Link("Putin llegará a Pionyang el martes.", "es");
        Assert.Equal("place:pyongyang", es.Mentions.Last().EntityId);
    }

    [Fact]
    public void PartiesAndGroupsByTheirFrenchAndShortNames()
    {
        var hts = LinkWithTagger("Les rebelles menés par le groupe Hayat Tahrir al-Cham sont entrés à Damas.", "fr");
        Assert.Contains(hts.Mentions, m => m.EntityId == "org:hts");
        Assert.DoesNotContain(hts.Mentions, m => m.EntityId == "site:tahrir-square");
        Assert.Contains(LinkWithTagger("Il presidente ha escluso di dimettersi, come chiesto dalla France insoumise.", "it").Mentions, m => m.EntityId == "org:lfi");
    }

    [Theory]
    [InlineData("La Borsa di Parigi ha chiuso in lieve rialzo.", "it")]
    [InlineData("La Bolsa de París cerró al alza.", "es")]
    [InlineData("La Bourse de Paris a clôturé en hausse.", "fr")]
    public void ACityBodyOrPlaceInTheGenitiveIsThePlaceNotItsGovernment(string text, string lang)
    {
        var doc = LinkWithTagger(text, lang);
        var paris = Assert.Single(doc.Mentions, m => doc.Text[m.Start..m.End].StartsWith("Par", StringComparison.Ordinal));
        Assert.Equal(("place:FR:11:paris", null), (paris.EntityId, paris.Role));
    }

    [Theory]
    [InlineData("MOSCA - Il Cremlino ha confermato la visita.", "it")]
    [InlineData("MOSCÚ (EFE).- El Kremlin confirmó la visita.", "es")]
    [InlineData("MOSCOW (Reuters) - Moscow confirmed the visit.", "en")]
    public void ADatelineCapitalIsWhereTheReportWasFiledNotItsGovernment(string text, string lang)
    {
        var d = Link(text, lang);
        Assert.Equal(("place:moscow", null), (d.Mentions[0].EntityId, d.Mentions[0].Role));
        Assert.Equal(("gov:RU", "actor"), (d.Mentions[^1].EntityId, d.Mentions[^1].Role)); // the seat in the sentence still speaks
        // Capitals without the dash are the sentence's subject.
        Assert.Equal("gov:RU", Link("MOSCA ANNUNCIA UN ACCORDO", "it").Mentions[0].EntityId);
    }

    [Theory]
    [InlineData("ROMA, 2 luglio (Adnkronos) - Il governo ha approvato il decreto.", "it", "place:IT:07:rome")]
    [InlineData("NIAMEY, 3 août (AFP) - La junte a dénoncé les accords.", "fr", "place:NE:08:niamey")]
    [InlineData("BEIJING/TAIPEI (Reuters) - China launched drills.", "en", "place:TW:04:taipei")]
    [InlineData("N'DJAMENA, 29 novembre (AFP) - Le gouvernement a annoncé la fin de l'accord.", "fr", "place:TD:21:n-djamena")]
    [InlineData("MOSCOW- Russian lawmakers approved the law on Tuesday.", "en", "place:RU:48:moscow")]
    public void DatelinesWithADateOrTwoPlacesAreDatelines(string text, string lang, string place)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => m.EntityId == place && m.Role is null);
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is { } id && id.StartsWith("gov:", StringComparison.Ordinal) && m.Start < 25);
    }

    [Fact]
    public void AnAcronymOfTheEntitysEnglishNameDefinedInParenthesesNamesItEverywhere()
    {
        var d = LinkWithTagger("Sudan, le RSF conquistano El Fasher. Le Forze di supporto rapido (RSF) hanno preso il controllo della città.", "it");
        Assert.Equal(3, d.Mentions.Count(m => m.EntityId == "org:sd-rsf"));
    }

    [Theory]
    [InlineData("Israel bombardea Rafah.", "es", "place:PS:GZ:rafah")]           // GeoNames writes "Rafaḩ"
    [InlineData("Medici Senza Frontiere ha denunciato il blocco.", "it", "org:msf")]
    [InlineData("La Cédéao a menacé d'intervenir.", "fr", "org:ecowas")]
    [InlineData("Il Viminale ha diffuso i dati.", "it", "gov:IT")]
    [InlineData("The National Intelligence Service (NIS) said the troops arrived.", "en", "org:kr-nis")]
    [InlineData("La missione delle Nazioni Unite in Libia (Unsmil) ha chiesto il dialogo.", "it", "org:unsmil")]
    [InlineData("La veille, en présence du roi Charles III.", "fr", "person:charles-iii")]   // "Charles III." is a German alias
    [InlineData("La crisis afecta a toda América Latina.", "es", "region:419")]
    public void TransliteratedPlacesAndMoreBodiesAreLinked(string text, string lang, string id)
    {
        Assert.Contains(LinkWithTagger(text, lang).Mentions, m => m.EntityId == id);
    }

    [Theory]
    [InlineData("Almeno 12 persone sono state uccise a Odessa.", "it", "Almeno")]
    [InlineData("Comentarios. Los comentarios están cerrados.", "es", "Comentarios")]
    public void ACapitalisedCommonWordOpeningASentenceIsNoName(string text, string lang, string word)
    {
        var d = LinkWithTagger(text, lang);
        Assert.DoesNotContain(d.Mentions, m => d.Text[m.Start..m.End] == word);
    }

    [Fact]
    public void AnAcronymDefinedAfterANameNamesTheSameEntity()
    {
        var d = LinkWithTagger("El Consejo Nacional Electoral (CNE) de Venezuela proclamó los resultados. Según el CNE, votó el 59 %.", "es");
        var council = d.Mentions.First(m => d.Text[m.Start..m.End] == "Consejo Nacional Electoral").EntityId;
        Assert.StartsWith("name:org:", council);
        Assert.Equal(2, d.Mentions.Count(m => d.Text[m.Start..m.End] == "CNE" && m.EntityId == council));
        // Letters that are not the name's initials define nothing.
        var other = LinkWithTagger("El Consejo Nacional Electoral (OEA) proclamó los resultados.", "es");
        Assert.DoesNotContain(other.Mentions, m => other.Text[m.Start..m.End] == "OEA" && m.EntityId == council);
    }

    [Fact]
    public void ACataloguedPersonsNameInsideALongerNameIsSomeoneElse()
    {
        // Bangladesh's president Abdul Hamid is not Libya's Abdul Hamid Mohammed Dbeibah.
        var d = LinkWithTagger("Il premier Abdul Hamid Mohammed Dbeibah ha ordinato un cessate il fuoco.", "it");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == "person:abdul-hamid");
        Assert.Contains(LinkWithTagger("Il presidente del Bangladesh Abdul Hamid ha parlato.", "it").Mentions, m => m.EntityId == "person:abdul-hamid");
    }

    [Fact]
    public void ASeatAfterALocativeAndAnArticleIsAPlace()
    {
        var d = LinkWithTagger("Emmanuel Macron a reçu vendredi à l'Élysée le président ukrainien.", "fr");
        Assert.Contains(d.Mentions, m => m.EntityId == "seat:elysee" && m.Role is null);
    }

    [Fact]
    public void HomonymsRankByKindAndPopulation()
    {
        // Moscow, Idaho shares the name; the capital wins when nothing points elsewhere.
        var d = Link("Il vertice si terrà a Mosca.", "it");
        Assert.Equal("place:moscow", d.Mentions.Single().EntityId);
        Assert.Equal("RU", d.Entities.Single().Country);
    }

    [Fact]
    public void OfficePhrasesResolveToTheHolderAtTheDocumentDate()
    {
        const string text = "Il ministro della Difesa russo è atteso a Pyongyang.";
        var in2023 = Link(text, "it", new DateOnly(2023, 7, 20));
        var in2024 = Link(text, "it", new DateOnly(2024, 6, 17));
        Assert.Equal("person:sergei-shoigu", in2023.Mentions[0].EntityId);
        Assert.Equal("person:andrei-belousov", in2024.Mentions[0].EntityId);
        Assert.StartsWith("office-holder", in2024.Mentions[0].Rule);
        // Without a date there is no holder to name: only the country is linked.
        Assert.DoesNotContain(Link(text, "it").Mentions, m => m.Type == EntityType.Per);
        // A name right after the office phrase is the mention; the phrase adds nothing.
        var named = Link("Il ministro della Difesa russo Shoigu è atteso.", "it", new DateOnly(2023, 7, 20));
        Assert.Equal([("russo", "country:RU"), ("Shoigu", "person:sergei-shoigu")], Mentions(named));
    }

    [Fact]
    public void ContextHintsSeparateBodiesWithTheSameWords()
    {
        var un = Link("Il Consiglio di Sicurezza ha votato le sanzioni proposte all'Onu contro la Corea del Nord. Le Nazioni Unite discutono.", "it");
        var us = Link("Una portavoce del Consiglio di Sicurezza ha detto che la Casa Bianca non ha confermato.", "it");
        Assert.Equal("org:unsc", un.Mentions[0].EntityId);
        Assert.Equal("org:us-nsc", us.Mentions[0].EntityId);
    }

    [Fact]
    public void CaseRulesKeepCommonWordsOut()
    {
        // "USA" is an acronym written in capitals; "usa" is the Italian verb.
        Assert.Empty(Link("Lui usa la penna.", "it").Mentions);
        Assert.Equal("country:US", Link("Gli USA rispondono.", "it").Mentions.Single().EntityId);
    }

    [Fact]
    public void StableKeysFoldAccentsCaseAndHyphens()
    {
        Assert.Equal(EntityLinker.StableKey("Chang Ho Jin"), EntityLinker.StableKey("CHANG Ho-Jin"));
        Assert.Equal(EntityLinker.StableKey("Chang Ho-jin"), EntityLinker.StableKey("Chang Ho Jin"));
        Assert.Equal(EntityLinker.StableKey("Serguéi Shoigú"), EntityLinker.StableKey("Sergueí Shoigu"));
        Assert.Equal(3, EntityLinker.StableKey("Choe Son-hui").Split('-').Length);
        // A single letter goes as an initial beside a word, not beside a number alone: "F-16" is no "16".
        Assert.Equal(EntityLinker.StableKey("Donald Trump"), EntityLinker.StableKey("Donald J. Trump"));
        Assert.Equal("f-16", EntityLinker.StableKey("F-16"));
    }

    [Theory]
    [InlineData("Muammar Gheddafi", "Muamar Gadafi", "Moammar Kadhafi")]
    [InlineData("Gheddafi", "Kaddafi", "Qaddafi")]
    [InlineData("Mohamed Morsi", "Mohammed Mursi", "Muhammad Morsy")]
    [InlineData("Hosni Mubarak", "Husni Moubarak", "Hosni Mubarak")]
    [InlineData("Bashar al-Assad", "Bashar Asad", "Bashar el Assad")]
    [InlineData("Osama bin Laden", "Oussama ben Laden", "Osama Bin Laden")]
    [InlineData("Leon Panetta", "Leon E. Panetta", "León Panetta")]
    [InlineData("Omar Suleiman", "Omar Soliman", "Omar Soleiman")]
    [InlineData("Ahmed Shafik", "Ahmad Shafiq", "Ahmed Shafiq")]
    [InlineData("Al Jazeera", "Al-Jazira", "al Jazeera")]
    [InlineData("ISIS", "Isis", "isis")]
    public void SpellingsOfOneNameAcrossTransliterationsShareAKey(string a, string b, string c)
    {
        Assert.Equal(EntityLinker.StableKey(a), EntityLinker.StableKey(b));
        Assert.Equal(EntityLinker.StableKey(a), EntityLinker.StableKey(c));
    }

    [Theory]
    [InlineData("Rossi", "Russo")]
    [InlineData("Mahmoud Abbas", "Mohamed Abbas")]
    [InlineData("Chen Wei", "Shen Wei")]
    [InlineData("Omar", "Amr")]
    [InlineData("Saif", "Safia")]
    [InlineData("Deraa", "Daraya")]
    [InlineData("ISIS", "Oasis")]
    [InlineData("EI", "AI")]
    [InlineData("Eni", "UNI")]
    public void DifferentNamesKeepDifferentKeys(string a, string b) =>
        Assert.NotEqual(EntityLinker.StableKey(a), EntityLinker.StableKey(b));

    [Fact]
    public void AShortNameFollowsTheFullNameOverAnotherEntitysName()
    {
        // "Hollande" is also the Netherlands in French: after "François Hollande" it is the president, alone the country.
        var withFullName = new RawDocument { Source = "t", Text = "François Hollande a reçu le Premier ministre. Hollande a salué l'accord.", Language = "fr" };
        var doc = DocumentPipeline.CreateBuilder().Build().Run(withFullName);
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.All(Mentions(doc).Where(m => m.Text.Contains("Hollande")), m => Assert.Equal("person:francois-hollande", m.Id));
        var alone = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = "Les fromages de Hollande sont exportés.", Language = "fr" });
        EntityLinker.GazetteerOnly().Link(alone);
        Assert.Equal("country:NL", Mentions(alone).Single(m => m.Text == "Hollande").Id);
    }

    [Fact]
    public void CapitalisedCommonNounsAreNoNamesOfTheirOwn()
    {
        // "el Gobierno", "lo Stato" are written with a capital; alone they name no entity (of which country?).
        var es = LinkWithTagger("El Gobierno anunció ayer que el Ejército se retirará, según el portavoz Jihad Makdissi.", "es");
        Assert.DoesNotContain(es.Entities, e => e.Id.StartsWith("name:org:", StringComparison.Ordinal));
        Assert.Contains(es.Entities, e => e.Id.StartsWith("name:per:", StringComparison.Ordinal));
        var it = LinkWithTagger("Il Governo ha detto che lo Stato non tratterà.", "it");
        Assert.DoesNotContain(it.Entities, e => e.Id.StartsWith("name:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Il governo siriano ha negato ogni responsabilità.", "it", "governo siriano")]
    [InlineData("El Gobierno de Siria negó cualquier responsabilidad.", "es", "Gobierno de Siria")]
    [InlineData("El régimen de Damasco negó cualquier responsabilidad.", "es", "régimen de Damasco")]
    [InlineData("The Syrian government denied any responsibility.", "en", "Syrian government")]
    public void AGovernmentNounWithACountryIsItsGovernment(string text, string lang, string mention)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang });
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.Contains((mention, "gov:SY"), Mentions(doc));
        // Without the government noun the demonym is the country.
        var soldier = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = "Un soldato siriano è stato ferito.", Language = "it" });
        EntityLinker.GazetteerOnly().Link(soldier);
        Assert.Equal([("siriano", "country:SY")], Mentions(soldier));
    }

    [Theory]
    [InlineData("Le truppe sono entrate nella capitale siriana.", "it", "capitale siriana")]
    [InlineData("Le truppe sono entrate nella capitale della Siria.", "it", "capitale della Siria")]
    [InlineData("Las tropas entraron en la capital siria.", "es", "capital siria")]
    [InlineData("Las tropas entraron en la capital de Siria.", "es", "capital de Siria")]
    [InlineData("Les troupes sont entrées dans la capitale syrienne.", "fr", "capitale syrienne")]
    [InlineData("Les troupes sont entrées dans la capitale de la Syrie.", "fr", "capitale de la Syrie")]
    [InlineData("Troops entered the Syrian capital.", "en", "Syrian capital")]
    [InlineData("Troops entered the capital of Syria.", "en", "capital of Syria")]
    public void ACapitalNamedByItsCountryIsTheCapital(string text, string lang, string mention)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang });
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.Contains((mention, "place:SY:13:damascus"), Mentions(doc));
    }

    [Theory]
    [InlineData("El capital estadounidense invierte en Siria.", "es")]   // money: the masculine article
    [InlineData("Il capitale russo fugge dalla Siria.", "it")]
    [InlineData("The Syrian capital markets fell.", "en")]                // money: "capital markets"
    public void CapitalAsMoneyNamesNoCity(string text, string lang)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang });
        EntityLinker.GazetteerOnly().Link(doc);
        Assert.DoesNotContain(Mentions(doc), m => m.Id?.StartsWith("place:") == true);
    }

    /// <summary>The shipped catalogue, without the tagger.</summary>
    private static Document LinkShipped(string text, string lang)
    {
        var doc = DocumentPipeline.CreateBuilder().Build().Run(new RawDocument { Source = "t", Text = text, Language = lang });
        EntityLinker.GazetteerOnly().Link(doc);
        return doc;
    }

    [Fact]
    public void ACapitalisedDemonymInsideANameIsAWordOfTheName()
    {
        // Spanish, Italian, French write adjectives of nationality in lower case: with a capital after another capitalised
        // word they belong to a name (a union, a bishops' conference, a surname), not to the country.
        Assert.DoesNotContain(LinkShipped("Un bloque disociado de la Central Obrera Boliviana convocó una marcha.", "es").Mentions, m => m.EntityId == "country:BO");
        Assert.DoesNotContain(LinkShipped("La Conferencia Episcopal Española publicó una nota.", "es").Mentions, m => m.EntityId == "country:ES");
        Assert.DoesNotContain(LinkShipped("Il deputato Paolo Russo ha presentato un emendamento.", "it").Mentions, m => m.EntityId == "country:RU");
        // In lower case, in a line of capitals, after the article that opens the sentence or a government noun they stay the country.
        Assert.Contains(("española", "country:ES"), Mentions(LinkShipped("La policía española detuvo a dos personas.", "es")));
        Assert.Contains(("Italiani", "country:IT"), Mentions(LinkShipped("Gli Italiani hanno votato.", "it")));
        Assert.Contains(("RUSSO", "country:RU"), Mentions(LinkShipped("IL PRESIDENTE RUSSO ARRIVA A PYONGYANG", "it")));
        Assert.Contains(("Governo Italiano", "gov:IT"), Mentions(LinkShipped("Il Governo Italiano ha deciso.", "it")));
        Assert.Contains(("Nigerian", "country:NG"), Mentions(LinkShipped("The Nigerian Army launched an offensive.", "en")));
    }

    [Theory]
    [InlineData("Le gouvernement tchadien a annoncé la fermeture de la frontière.", "fr", "gouvernement tchadien", "gov:TD")]
    [InlineData("Die tschadische Regierung hat protestiert.", "de", "tschadische Regierung", "gov:TD")]
    [InlineData("Il governo nigerino ha sospeso la cooperazione militare.", "it", "governo nigerino", "gov:NE")]
    [InlineData("O governo nigerino expulsou o embaixador.", "pt", "governo nigerino", "gov:NE")]
    [InlineData("Le gouvernement malien a dénoncé l'accord.", "fr", "gouvernement malien", "gov:ML")]
    [InlineData("El Gobierno boliviano anunció nuevas medidas.", "es", "Gobierno boliviano", "gov:BO")]
    [InlineData("Le gouvernement sud-soudanais a protesté.", "fr", "gouvernement sud-soudanais", "gov:SS")]
    [InlineData("The Kyrgyz government closed the border.", "en", "Kyrgyz government", "gov:KG")]
    [InlineData("Il governo eritreo non ha risposto.", "it", "governo eritreo", "gov:ER")]
    public void AGovernmentNounWithTheDemonymOfASmallerCountryIsItsGovernment(string text, string lang, string mention, string id) =>
        Assert.Contains((mention, id), Mentions(LinkShipped(text, lang)));

    [Theory]
    [InlineData("La junta nigerina expulsó al embajador francés.", "es", "nigerina", "country:NE")]
    [InlineData("La giunta nigerina ha chiuso lo spazio aereo.", "it", "nigerina", "country:NE")]
    [InlineData("Senegalese President Bassirou Diomaye Faye visited Paris.", "en", "Senegalese", "country:SN")]
    [InlineData("Il presidente boliviano ha parlato ieri.", "it", "boliviano", "country:BO")]
    [InlineData("El presidente boliviano habló ayer.", "es", "boliviano", "country:BO")]
    [InlineData("Les autorités burkinabè ont suspendu RFI.", "fr", "burkinabè", "country:BF")]
    [InlineData("Las autoridades burkinesas suspendieron la emisora.", "es", "burkinesas", "country:BF")]
    [InlineData("Le président ivoirien a été réélu.", "fr", "ivoirien", "country:CI")]
    [InlineData("El presidente marfileño fue reelegido.", "es", "marfileño", "country:CI")]
    [InlineData("Un soldado sursudanés resultó herido.", "es", "sursudanés", "country:SS")]
    [InlineData("South Sudanese troops crossed the border.", "en", "South Sudanese", "country:SS")]
    [InlineData("Le truppe sudsudanesi hanno attraversato il confine.", "it", "sudsudanesi", "country:SS")]
    [InlineData("L'armée congolaise combat le M23.", "fr", "congolaise", "country:CD")]
    [InlineData("Il presidente centrafricano ha incontrato i mercenari.", "it", "centrafricano", "country:CF")]
    [InlineData("La policía malasia detuvo a dos sospechosos.", "es", "malasia", "country:MY")] // the feminine is also the country's name
    [InlineData("La polizia keniota ha arrestato due persone.", "it", "keniota", "country:KE")]
    [InlineData("O presidente moçambicano visitou Maputo.", "pt", "moçambicano", "country:MZ")]
    [InlineData("El primer ministro macedonio dimitió.", "es", "macedonio", "country:MK")]
    [InlineData("Die kosovarische Polizei hat die Grenze geschlossen.", "de", "kosovarische", "country:XK")]
    [InlineData("Il ministro degli Esteri cipriota ha protestato.", "it", "cipriota", "country:CY")]
    [InlineData("Les soldats birmans ont tiré sur la foule.", "fr", "birmans", "country:MM")]
    public void DemonymsOfSmallerCountriesLinkToTheCountry(string text, string lang, string demonym, string id)
    {
        var d = LinkShipped(text, lang);
        Assert.Contains((demonym, id), Mentions(d));
        Assert.Equal("demonym", d.Mentions.First(m => m.EntityId == id).Rule);
    }

    [Fact]
    public void NigerIsNotNigeria()
    {
        // Niger's adjective is it/es/pt "nigerino", fr "nigérien", en "Nigerien", de "nigrisch"; Nigeria's "nigeriano",
        // "nigérian", "Nigerian", "nigerianisch".
        Assert.Equal([("nigerina", "country:NE"), ("nigeriano", "country:NG")], Mentions(LinkShipped("La junta nigerina acusó al ejército nigeriano.", "es")));
        Assert.Equal([("governo nigerino", "gov:NE"), ("nigeriano", "country:NG")], Mentions(LinkShipped("Il governo nigerino accusa l'esercito nigeriano.", "it")));
        Assert.Equal([("nigérienne", "country:NE"), ("nigériane", "country:NG")], Mentions(LinkShipped("La junte nigérienne accuse l'armée nigériane.", "fr")));
        Assert.Equal([("Nigerien", "country:NE"), ("Nigerian", "country:NG")], Mentions(LinkShipped("The Nigerien junta accused the Nigerian army.", "en")));
        Assert.Equal([("Nigerian", "country:NG")], Mentions(LinkShipped("The Nigerian army launched an offensive.", "en")));
        Assert.Equal([("nigrische", "country:NE"), ("nigerianische", "country:NG")], Mentions(LinkShipped("Die nigrische Junta und die nigerianische Armee.", "de")));
    }

    [Fact]
    public void WordsLeftOutOfTheDemonymsKeepTheirOtherSense()
    {
        // Italian "albanese" is a surname, the short form of Australia's prime minister; Spanish "macedonia" is a fruit salad;
        // French "dominicain" is the religious order as often as the Dominican Republic; Spanish "turcomano" the Turkmen
        // of Syria and Iraq. None of them is written in demonyms.tsv (see its comments).
        Assert.Equal([("australiano", "country:AU"), ("Albanese", "person:anthony-albanese")], Mentions(LinkShipped("Il premier australiano Albanese ha parlato.", "it")));
        Assert.Empty(LinkShipped("Compré una macedonia de frutas.", "es").Mentions);
        Assert.Empty(LinkShipped("Un religieux dominicain a été arrêté.", "fr").Mentions);
        Assert.DoesNotContain(LinkShipped("Las milicias turcomanas combatieron en Siria.", "es").Mentions, m => m.EntityId == "country:TM");
        // Italian calls the order "domenicano": "dominicano" is the country.
        Assert.Equal([("dominicano", "country:DO")], Mentions(LinkShipped("Un frate domenicano e un turista dominicano.", "it")));
        // "guinéen" alone is Guinea; the Bissau-Guinean and the Equatorial Guinean keep their countries.
        Assert.Equal(["country:GW", "country:GQ", "country:GN"],
            LinkShipped("Un Bissau-Guinéen, un Équato-Guinéen et le président guinéen.", "fr").Mentions.Select(m => m.EntityId));
    }

    [Fact]
    public void AnotherSpellingFindsAStoredNameOutsideTheCatalogue()
    {
        using var tmp = new Cronista.Tests.Support.TempDir();
        using var store = new Cronista.Storage.SqliteDocumentStore(tmp.File("a.db"));
        store.Add(DocumentPipeline.Default.Run(new RawDocument { Source = "a.txt", Text = "Il portavoce del ministero, Jihad Makdisi, ha detto che il governo non tratterà.", Language = "it" }));
        store.Commit();
        string id = EntityResolver.Resolve(store, "Jihad Makdissi");
        Assert.StartsWith("name:per:", id);
        Assert.Equal("Jihad Makdisi", store.EntityName(id));
    }

    [Fact]
    public void NamesOutsideTheCatalogueAreOneEntityAcrossLanguages()
    {
        var it = LinkWithTagger("Il portavoce del ministero, Jihad Makdisi, ha detto che il governo non tratterà.", "it");
        var es = LinkWithTagger("El portavoz del ministerio, Jihad Makdissi, dijo que el Gobierno no negociará.", "es");
        string? Person(Document d) => d.Entities.FirstOrDefault(e => e.Type == EntityType.Per)?.Id;
        Assert.StartsWith("name:per:", Person(it));
        Assert.Equal(Person(it), Person(es));
    }

    [Fact]
    public void AMinistryWithADemonymIsItsGovernmentAndItsPortfolioNoEntity()
    {
        var d = LinkWithTagger("Le ministère nigérien des Mines avait menacé de retirer le permis.", "fr");
        Assert.Contains(("ministère nigérien", "gov:NE"), Mentions(d));
        Assert.DoesNotContain(d.Mentions, m => d.Text[m.Start..m.End] == "Mines");
    }

    [Fact]
    public void OneWordAfterANounForACompanyNamesACompany()
    {
        var d = LinkWithTagger("La junte a retiré au groupe nucléaire français Orano le permis d'exploitation.", "fr");
        var orano = d.Entities.Single(e => e.Name == "Orano");
        Assert.Equal(EntityType.Org, orano.Type);
    }

    [Fact]
    public void AnAgencyBeforeTheDatelineLeavesItsPlaceAPlace()
    {
        var d = LinkWithTagger("(ANSA) - ROMA, 27 MAR - La presidente del Consiglio ha ricevuto oggi il presidente ucraino.", "it");
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == "ROMA" && m.EntityId!.StartsWith("place:", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleTheTaggerTookIntoANameIsDropped()
    {
        var d = LinkWithTagger("In Kharkiv, Mayor Ihor Terekhov said the city was left without electricity.", "en");
        Assert.Contains(d.Entities, e => e.Name == "Ihor Terekhov" && e.Type == EntityType.Per);
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameRightAfterACoalitionIsABody()
    {
        var d = LinkWithTagger("L'opposition, réunie au sein de la coalition Takku Wallu, a dénoncé un coup de force.", "fr");
        Assert.Contains(d.Entities, e => e.Name == "Takku Wallu" && e.Type == EntityType.Org);
    }

    // Transliterations the catalogue now lists: Spanish "Pashinián", "Alíyev", "Ereván"; Thai and Cambodian leaders; ASEAN's full name.
    [Theory]
    [InlineData("El primer ministro armenio, Nikol Pashinián, viajó a Ereván.", "es", "Nikol Pashinián", "person:nikol-pashinyan")]
    [InlineData("El presidente azerbaiyano, Ilham Alíyev, habló con Putin.", "es", "Ilham Alíyev", "person:ilham-aliyev")]
    [InlineData("Cambodian Prime Minister Hun Manet called the meeting very good.", "en", "Hun Manet", "person:hun-manet")]
    [InlineData("Anwar hosted the talks as chair of the Association of Southeast Asian Nations.", "en", "Association of Southeast Asian Nations", "org:asean")]
    public void TransliteratedLeadersAndBodiesLink(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId == id);
    }

    [Fact]
    public void AShortFirstNameOfALeaderIsNoAlias()
    {
        // "Anwar al Sadat" is not Malaysia's Anwar Ibrahim.
        var d = LinkWithTagger("Mubarak era arrivato alla guida dell'Egitto dopo l'assassinio di Anwar al Sadat.", "it");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == "person:anwar-ibrahim");
    }

    [Fact]
    public void AShareOfACapitalIsThePlace()
    {
        var d = Link("Le gang controllano circa l'80% di Port-au-Prince.", "it");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == "gov:HT");
    }

    [Fact]
    public void ACourtOfACapitalIsInThePlace()
    {
        var d = Link("Un tribunal de Tunis a condamné samedi une quarantaine d'opposants.", "fr");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == "gov:TN");
    }

    [Theory]
    [InlineData("Erevan a gelé sa participation à l'Organisation du traité de sécurité collective (OTSC).", "fr", "OTSC", "org:csto")]
    [InlineData("Azerbaiyán recuperó el enclave de Nagorno Karabaj en 2023.", "es", "Nagorno Karabaj", "geo:nagorno-karabakh")]
    public void TheCstoAndNagornoKarabakhLink(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId == id);
    }

    [Fact]
    public void TwoPlacesOfADatelineJoinedByASlashAreBothPlaces()
    {
        var d = LinkWithTagger("ISLAMABAD/NEW DELHI, May 10 (Reuters) - India and Pakistan agreed on Saturday to a ceasefire.", "en");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId is "gov:PK" or "gov:IN");
    }

    [Theory]
    [InlineData("Elle a accusé le Rêve géorgien d'avoir truqué le scrutin.", "fr", "Rêve géorgien", "org:ge-georgian-dream")]
    [InlineData("La police a dispersé les manifestants à Tbilissi.", "fr", "Tbilissi", "place:GE:")]
    [InlineData("Le département d'État a condamné l'usage de la force.", "fr", "département d'État", "org:us-state-department")]
    [InlineData("Il ministro della Difesa Israel Katz ha ordinato all'esercito di avanzare.", "it", "Israel Katz", "person:israel-katz")]
    [InlineData("Il leader di Hts, Abu Mohammed al-Jolani, ha visitato la moschea.", "it", "Abu Mohammed al-Jolani", "person:ahmed-al-sharaa")]
    [InlineData("Las Fuerzas Democráticas Sirias perdieron el control de Deir ez-Zor.", "es", "Fuerzas Democráticas Sirias", "org:sdf")]
    [InlineData("La polizia turca ha arrestato il sindaco di Istanbul Ekrem Imamoglu.", "it", "Ekrem Imamoglu", "person:ekrem-imamoglu")]
    [InlineData("L'attaque a été revendiquée par le GSIM.", "fr", "GSIM", "org:jnim")]
    public void PartiesLeadersAndCapitalsOfSession28Link(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId.StartsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public void AHyphenatedParticipleOfSupportNamesWhoBacksNotANationality()
    {
        var d = LinkWithTagger("Iran-backed Hezbollah and Russian-backed separatists attacked the Saudi-led coalition.", "en");
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == "Iran-backed" && m.EntityId == "country:IR" && m.Rule == "compound");
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == "Saudi-led" && m.EntityId == "country:SA");
        Assert.DoesNotContain(d.Mentions, m => m.EntityId.StartsWith("name:misc:", StringComparison.Ordinal));
        // A hyphenated word whose second part is no such participle stays as it was.
        Assert.DoesNotContain(Link("The Iran-Iraq war ended in 1988.", "en").Mentions, m => m.Rule == "compound");
    }

    [Fact]
    public void ANameAfterASquareNounNamesTheSquare()
    {
        var doc = LinkWithTagger("La Policía dispersó a los manifestantes cerca de la plaza San Martín, en Lima.", "es");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "country:MF");
    }

    [Fact]
    public void ATownAloneInItsCountryInAReportFiledElsewhereIsAPlaceOfItsOwn()
    {
        var doc = LinkWithTagger("NOUMÉA, 20 mai 2024 (AFP) - Un gendarme a été blessé par balle dans la nuit à Plum, au sud de Nouméa, en Nouvelle-Calédonie.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Id.StartsWith("place:US:", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => doc.Text[m.Start..m.End] == "Plum" && m.EntityId.StartsWith("name:loc:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Abou Dhabi a servi de médiateur dans plusieurs échanges de prisonniers.", "fr", "Abou Dhabi", "gov:AE")]
    [InlineData("Les combats ont fait 80 morts, selon la Gobernación de Norte de Santander.", "fr", "Norte de Santander", "admin:CO.21")]
    [InlineData("Il sindaco di Roma ha protestato contro la decisione.", "it", "Roma", "place:IT:07:rome")]
    public void PlacesOfSession32Link(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId == id);
    }

    [Theory]
    [InlineData("Au moins 25 personnes ont été tuées lors d'une attaque du gang Gran Grif contre la commune de Pont-Sondé.", "fr", "Gran Grif", "name:org:")]
    [InlineData("Cientos de seguidores de Evo Morales bloquearon carreteras en Cochabamba.", "es", "Evo Morales", "person:evo-morales")]
    [InlineData("La segretaria del Pd Elly Schlein e la leader venezuelana María Corina Machado.", "it", "María Corina Machado", "person:maria-corina-machado")]
    public void NamesOfSession32Link(string text, string lang, string name, string idPrefix)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId.StartsWith(idPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("El estado de excepción rige en Pichincha, Cotopaxi, Tungurahua y Chimborazo, en Ecuador.", "es", "Tungurahua", "admin:EC.19")]
    [InlineData("Cuando Napoleón invadió Rusia, perdió su ejército.", "es", "Rusia", "country:RU")]
    [InlineData("I due leader hanno chiesto lo scioglimento del Gruppo di Minsk dell'Osce.", "it", "Osce", "org:osce")]
    [InlineData("La France est l'un des derniers alliés de N'Djamena au Sahel.", "fr", "Sahel", "geo:sahel")]
    [InlineData("Le truppe sono arrivate nel Kurdistan iracheno.", "it", "Kurdistan iracheno", "geo:iraqi-kurdistan")]
    public void PlacesOfSession33Link(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId == id);
        Assert.DoesNotContain(d.Mentions, m => d.Text[m.Start..m.End] == "Cuando");
    }

    [Theory]
    [InlineData("Le président Macky Sall a annoncé le report. Dans un discours, M. Sall a promis un dialogue.", "fr", "Sall", "person:macky-sall")]
    [InlineData("Iran's navy seized an oil tanker in the Gulf of Oman on Thursday.", "en", "Gulf of Oman", "geo:gulf-of-oman")]
    [InlineData("Il ministro dell'Interno Ivica Dacic ha detto che sei agenti sono rimasti feriti.", "it", "Ivica Dacic", "person:ivica-dacic")]
    public void NamesOfSession33Link(string text, string lang, string name, string id)
    {
        var d = LinkWithTagger(text, lang);
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == name && m.EntityId == id);
    }

    [Fact]
    public void TheNorthAndTheSouthAreTheKoreasOnlyWhereTheDocumentSpeaksOfKorea()
    {
        var korea = LinkWithTagger("Lee Jae-myung souhaite renouer le dialogue avec le Nord. Kim Yo-jong a affirmé que le Sud n'était pas un partenaire de Pyongyang.", "fr");
        Assert.Contains(korea.Mentions, m => korea.Text[m.Start..m.End] == "Nord" && m.EntityId == "country:KP");
        Assert.Contains(korea.Mentions, m => korea.Text[m.Start..m.End] == "Sud" && m.EntityId == "country:KR");
        var england = LinkWithTagger("Growth in the North of England slowed. The North voted Labour.", "en");
        Assert.DoesNotContain(england.Mentions, m => m.EntityId is "country:KP" or "country:KR");
    }

    [Fact]
    public void ADatelineCityOfANamedCountryPicksItsDivisions()
    {
        var d = LinkWithTagger("LA PAZ, 8 nov (EFE).- Rodrigo Paz juró como presidente de Bolivia. El presidente argentino, Javier Milei, asistió. "
                               + "Simpatizantes de Evo Morales bloquearon la carretera entre Cochabamba y Santa Cruz.", "es");
        Assert.Contains(d.Mentions, m => d.Text[m.Start..m.End] == "Santa Cruz" && m.EntityId == "admin:BO.08");
    }

    // Session 35.

    [Fact]
    public void AMinistryNamedWithItsCountrysPossessiveIsThatCountrysGovernment()
    {
        var d = LinkWithTagger("Cambodia's Defense Ministry accused Thailand of launching an unprovoked military aggression.", "en");
        Assert.Contains(d.Mentions, m => m.EntityId == "gov:KH" && d.Text[m.Start..m.End] == "Defense Ministry");
        Assert.DoesNotContain(d.Entities, e => e.Id.StartsWith("name:", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameForAllLanguagesThatIsTheCapitalisedDemonymReadsAsTheDemonym()
    {
        Assert.Contains(LinkWithTagger("Thai F-16 fighter jets struck Cambodian military targets.", "en").Mentions, m => m.EntityId == "country:TH" && m.Rule == "demonym");
        // (Spanish adjectives are written in lower case: "Argentina" is the country.)
        Assert.Contains(LinkWithTagger("Zagreb solicita oficialmente a Argentina la extradición de Dinko Sakic.", "es").Mentions, m => m.EntityId == "country:AR" && m.Rule == "alias");
    }

    [Theory]
    [InlineData("Des milliers de manifestants ont défié le couvre-feu à Katmandou.", "fr", "place:NP:3:kathmandu")]
    [InlineData("Lungo la Linea di controllo gli scambi di artiglieria sono proseguiti.", "it", "geo:line-of-control")]
    [InlineData("Donald Trump fue ovacionado en la Knéset.", "es", "org:il-knesset")]
    [InlineData("Miles de personas se manifestaron en Ramala.", "es", "place:PS:WE:ramallah")]
    [InlineData("Por la tarde viajó a la ciudad egipcia de Sharm el Sheij.", "es", "place:EG:26:sharm-el-sheikh")]
    public void CatalogueAdditionsOfSession35(string text, string lang, string id) =>
        Assert.Contains(LinkWithTagger(text, lang).Mentions, m => m.EntityId == id);

    [Fact]
    public void OnlyAfterAnObjectPrepositionIsACapitalAnAddresseeVerbsObject()
    {
        Assert.Contains(LinkWithTagger("Las multitudes los recibieron en Ramala.", "es").Mentions, m => m.EntityId == "place:PS:WE:ramallah");
        Assert.Contains(LinkWithTagger("Erdogan acusó a Damasco de la matanza.", "es").Mentions, m => m.EntityId == "gov:SY");
    }

    // Session 36.

    [Theory]
    [InlineData("Caracas, 3 sep (EFE).- El presidente acusó a Estados Unidos de preparar una agresión.", "place:VE:25:caracas")]
    [InlineData("Ciudad de México, 9 oct (EFE).- La presidenta no aceptará ninguna intervención.", "place:MX:09:mexico-city")]
    public void ADatelineInTitleCaseWithItsAgencyIsWhereTheReportWasFiled(string text, string id)
    {
        var d = LinkWithTagger(text, "es");
        Assert.Equal((id, null), (d.Mentions[0].EntityId, d.Mentions[0].Role));
        // Without the agency a capital opening the sentence is still its subject.
        Assert.Equal("gov:VE", LinkWithTagger("Caracas, por su parte, acusó a Washington de preparar una agresión.", "es").Mentions[0].EntityId);
    }

    [Theory]
    [InlineData("Il Congresso del Perù ha destituito la presidente.", "it", "gov:PE")]
    [InlineData("El Consejo de Seguridad Nacional de Serbia se reunió el lunes.", "es", "gov:RS")]
    [InlineData("Il Consiglio di sicurezza nazionale serbo si è riunito.", "it", "gov:RS")]
    [InlineData("El Congreso de Estados Unidos aprobó la ley.", "es", "org:us-congress")]
    public void ACatalogueBodyNamedWithAnotherCountryIsThatCountrysBody(string text, string lang, string id) =>
        Assert.Equal(id, LinkWithTagger(text, lang).Mentions[0].EntityId);

    [Fact]
    public void CatalogueAdditionsOfSession36() =>
        Assert.Contains(LinkWithTagger("Clashes in Sweida killed 30 people.", "en").Mentions, m => m.EntityId == "place:SY:05:as-suwayda");

    [Theory]
    [InlineData("El gobernador de Buenos Aires reconoció la derrota.", "es", "place:AR:07:buenos-aires")]
    [InlineData("La Libertad Avanza se impuso en las elecciones legislativas.", "es", "org:la-libertad-avanza")]
    [InlineData("Il primo ministro Khadga Prasad Sharma Oli si è dimesso.", "it", "person:kp-sharma-oli")]
    public void CatalogueAdditionsAndGovernorsOfSession36(string text, string lang, string id) =>
        Assert.Contains(LinkWithTagger(text, lang).Mentions, m => m.EntityId == id);

    [Fact]
    public void APersonsNameAfterABuildingNounNamesTheBuilding()
    {
        var d = LinkWithTagger("Un raid israeliano ha colpito oggi l'ospedale Nasser di Khan Younis.", "it");
        Assert.DoesNotContain(d.Entities, e => e.Type == EntityType.Per);
    }

    [Theory]
    [InlineData("Secondo il Comitato per la protezione dei giornalisti, sono stati uccisi 200 reporter.", "it", "org:cpj")]
    [InlineData("La Confederación de Nacionalidades Indígenas del Ecuador mantiene un paro nacional.", "es", "org:conaie")]
    [InlineData("Elle a présidé l'Instance Vérité et Dignité jusqu'en 2018.", "fr", "org:tn-truth-dignity")]
    [InlineData("Le chef du parti Ennahdha Rached Ghannouchi reste en prison.", "fr", "org:ennahdha")]
    [InlineData("Detuvo a más de 400 activistas, entre ellos la sueca Greta Thunberg.", "es", "person:greta-thunberg")]
    public void CatalogueAdditionsOfSession36Round4(string text, string lang, string id) =>
        Assert.Contains(LinkWithTagger(text, lang).Mentions, m => m.EntityId == id);

    // Session 37.

    [Theory]
    [InlineData("Un attacco russo su Kiev ha ucciso tre persone.", "it", "Kiev", "place:UA:12:kyiv")]
    [InlineData("Des frappes russes sur Kiev ont tué trois personnes.", "fr", "Kiev", "place:UA:12:kyiv")]
    [InlineData("Russian strikes on Kyiv killed three people.", "en", "Kyiv", "place:UA:12:kyiv")]
    [InlineData("The army regained control of Khartoum in March.", "en", "Khartoum", "place:SD:29:khartoum")]
    [InlineData("The EU imposed new sanctions on Moscow.", "en", "Moscow", "gov:RU")] // (a blow of another kind: the government)
    [InlineData("The attack damaged the offices of the British Council in central Kyiv.", "en", "Kyiv", "place:UA:12:kyiv")]
    public void ACapitalStruckOrControlledIsAPlace(string text, string lang, string name, string id) =>
        Assert.Equal(id, Assert.Single(LinkWithTagger(text, lang).Mentions, m => text[m.Start..m.End] == name).EntityId);

    [Fact]
    public void APersonsNameAfterACrossingAndAGenitiveNamesThePlace() =>
        Assert.Equal(EntityType.Loc, Assert.Single(LinkWithTagger("Le Nazioni Unite hanno denunciato il blocco degli aiuti umanitari al valico di Kerem Shalom, chiuso da domenica.", "it").Mentions,
            m => m.EntityId.Contains("karam")).Type);

    [Fact]
    public void ACapitalAfterAFrenchElidedGenitiveOfAPlaceNounIsAPlace() =>
        Assert.Equal("place:MG:11:antananarivo", Assert.Single(LinkWithTagger("Des milliers de personnes ont célébré dans les rues d'Antananarivo la chute du président.", "fr").Mentions,
            m => m.EntityId.Contains("antananarivo", StringComparison.Ordinal)).EntityId);

    // Session 38.

    [Theory]
    [InlineData("The RSF killed 460 people at the Saudi Maternity Hospital in El Fasher.", "en", "country:SA")]
    [InlineData("He studied at the American University of Beirut.", "en", "country:US")]
    public void ADemonymInsideABuildingsNameIsNoMentionOfItsCountry(string text, string lang, string id) =>
        Assert.DoesNotContain(LinkWithTagger(text, lang).Mentions, m => m.EntityId == id);

    [Theory]
    [InlineData("El Pentágono envió al Caribe el USS Gerald R. Ford, el mayor portaaviones del mundo.", "es", "USS Gerald R. Ford")]
    [InlineData("The HMS Queen Elizabeth left Portsmouth on Monday.", "en", "HMS Queen Elizabeth")]
    public void AShipsPrefixAndNameAreOneName(string text, string lang, string name)
    {
        var doc = LinkWithTagger(text, lang);
        var ship = Assert.Single(doc.Mentions, m => text[m.Start..m.End] == name);
        Assert.Equal(EntityType.Misc, ship.Type);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Per);
    }

    [Theory]
    [InlineData("Les jihadistes ont incendié des camions sur la route reliant Bamako à la frontière sénégalaise.", "fr", "Bamako", "place:ML:01:bamako")]
    [InlineData("A drone hit the highway linking Kyiv to Odesa.", "en", "Kyiv", "place:UA:12:kyiv")]
    public void ACapitalARoadLinksIsAPlace(string text, string lang, string name, string id) =>
        Assert.Equal(id, Assert.Single(LinkWithTagger(text, lang).Mentions, m => text[m.Start..m.End] == name).EntityId);

    // Session 39.

    [Theory]
    [InlineData("María Corina Machado, lauréate du prix Nobel de la paix, est arrivée à Oslo.", "fr", "prix Nobel de la paix")]
    [InlineData("Il premio Nobel per la pace Narges Mohammadi è stata arrestata.", "it", "premio Nobel per la pace")]
    public void ThePeacePrizeIsAnAwardNotAPerson(string text, string lang, string name)
    {
        var doc = LinkWithTagger(text, lang);
        Assert.Equal("misc:nobel-peace-prize", Assert.Single(doc.Mentions, m => text[m.Start..m.End] == name).EntityId);
        Assert.DoesNotContain(doc.Mentions, m => text[m.Start..m.End] == "Nobel");
    }
}
