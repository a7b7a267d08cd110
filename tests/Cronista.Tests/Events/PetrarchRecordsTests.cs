using Cronista.Evaluation;
using Cronista.Tests.Support;
using Xunit.Abstractions;

namespace Cronista.Tests.Events;

public class PetrarchRecordsTests(ITestOutputHelper output)
{
    // English layout: self-closing <Sentence/> with sibling elements (and a stray </Sentence>), a '#' banner mentioning a tag.
    private const string English = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        ####################
        #   then the addition of <EventCoding...> records
        ####################
        <Environment><Include>valid AFP TEST</Include></Environment>
        <Sentences>
        <Sentence category="AFP" date="20080806" id="A_1" evaluate="true"/>
        <EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
        <EventCoding eventcode="031" sourcecode="USA" targetcode="BRA" />
        <Text>
        Brazil and the United States are seeking to deepen
        a partnership in energy.
        </Text>
        <Parse>
        1	Brazil	Brazil	PROPN	NNP	_	2	nsubj	_	_
        2	<	<	PUNCT	.	_	0	root	_	_
        </Parse>
        </Sentence>

        <Sentence category="AFP" date="20080806" id="A_2" evaluate="true">
        <!-- Discard event on "1994" -->
        <EventCoding noevents="True" />
        <Text>
        France on Wednesday condemned the allegations.
        </Text>
        </Sentence>
        <Sentence category="TEST" date="20150609" id="A_3" evaluate="true"/>
        <EventCoding eventcode="010" sourcecode="USAGOV" targetcode="---" />
        <Text>The US said nothing.</Text>
        </Sentences>
        </Validation>
        """;

    // Spanish layout: nested, EventText and EventCoding joined by eid, entities, plover labels (one misspelt), evaluate="false".
    private const string Spanish = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        # SPANISH PROTEST VALIDATION RECORDS
        <Environment><Include>valid spanish </Include></Environment>
        <Sentences>
        <Sentence date="19940611" id="S_1" evaluate="true" category="spanish">
        <EventText eid="E1" eventtext="decretó un &quot;boicot&quot;" sourcetext="El Consejo Mundial de Boxeo" targettext="" />
        <EventText eid="E2" eventtext="protestaron" sourcetext="" targettext="la UEFA" />
        <EventCoding eid="E1" eventcode="16" plover="SACTION" sourcecode="---" targetcode="---" />
        <EventCoding eid="E2" eventcode="14" plover="PROTEST" sourcecode="---" targetcode="---" />
        <Location loc_in_sentence="true">MADRID</Location>
        <Text>
        El Consejo Mundial de Boxeo decretó un "boicot"   y los aficionados protestaron ante la UEFA.
        </Text>
        <Parse>
        1	El	el	DET	DET	_	2	det	_	_
        </Parse></Sentence>
        <Sentence date="19960617" id="S_2" evaluate="false" category="spanish">
        <EventText eid="E1" eventtext="saquearon" sourcetext="" targettext="" />
        <EventCoding eid="E1" eventcode="" plover="CRIME" sourcecode="---" targetcode="---" />
        <Text>Saquearon un camión.</Text>
        </Sentence></Sentences></Validation>
        """;

    [Fact]
    public void ReadsTheSelfClosingLayoutWithSiblingElements()
    {
        var f = PetrarchRecords.Parse(English, "en.xml");
        Assert.Empty(f.Issues);
        Assert.Null(f.DeclaredLanguage);
        Assert.Equal(["A_1", "A_2", "A_3"], f.Records.Select(r => r.Id));
        var a1 = f.Records[0];
        Assert.Equal(new DateOnly(2008, 8, 6), a1.Date);
        Assert.True(a1.Evaluate);
        Assert.Equal("AFP", a1.Category);
        Assert.Equal(8, a1.Line);
        Assert.Equal("Brazil and the United States are seeking to deepen a partnership in energy.", a1.Text);
        Assert.Equal(2, a1.Codings.Count);
        Assert.All(a1.Codings, c => { Assert.Null(c.Plover); Assert.Equal("031", c.Cameo); Assert.Equal("AGREE", c.Label); Assert.Null(c.SourceText); });
        Assert.Equal(["BRA", "USA"], a1.Codings.Select(c => c.SourceCode));
        Assert.Empty(f.Records[1].Codings); // noevents="True": gold says no event
        Assert.Equal("France on Wednesday condemned the allegations.", f.Records[1].Text);
        Assert.Equal("CAMEO 01", Assert.Single(f.Records[2].Codings).Label);
    }

    [Fact]
    public void ReadsTheNestedLayoutWithEventTexts()
    {
        var f = PetrarchRecords.Parse(Spanish, "es.xml");
        Assert.Empty(f.Issues);
        Assert.Equal("es", f.DeclaredLanguage);
        var s1 = f.Records[0];
        Assert.Equal("El Consejo Mundial de Boxeo decretó un \"boicot\" y los aficionados protestaron ante la UEFA.", s1.Text);
        Assert.Equal(new DateOnly(1994, 6, 11), s1.Date);
        var (e1, e2) = (s1.Codings[0], s1.Codings[1]);
        Assert.Equal(("SANCTION", "16", "El Consejo Mundial de Boxeo", null, "decretó un \"boicot\""), (e1.Plover, e1.Cameo, e1.SourceText, e1.TargetText, e1.EventText));
        Assert.Equal(("PROTEST", null, "la UEFA"), (e2.Plover, e2.SourceText, e2.TargetText));
        var s2 = f.Records[1];
        Assert.False(s2.Evaluate);
        Assert.Equal(("CRIME", "", "CRIME"), (s2.Codings[0].Plover, s2.Codings[0].Cameo, s2.Codings[0].Label));
    }

    [Fact]
    public void MalformedRecordsAreReportedWithFileAndLineAndTheRestIsRead()
    {
        const string xml = """
            <Sentences>
            <Sentence date="20080806" id="ok_1"/>
            <EventCoding eventcode="042" />
            <Text>First.</Text>
            <Sentence date="2008-08-06" id="bad_text"/>
            <EventCoding eventcode="042" />
            <Text>
            never closed
            <Sentence date="121108" id="bad_date"/>
            <EventCoding sourcecode="USA" />
            <Text>Third.</Text>
            <Sentence date="20080806"/>
            <Text>No id.</Text>
            <Sentence date="20080806" id="ok_2"/>
            <Text>Last.</Text>
            </Sentences>
            """;
        var f = PetrarchRecords.Parse(xml, "broken.xml");
        Assert.Equal(["ok_1", "bad_date", "ok_2"], f.Records.Select(r => r.Id));
        Assert.Null(f.Records[1].Date);
        Assert.Empty(f.Records[1].Codings);
        foreach (var i in f.Issues) output.WriteLine(i.ToString());
        Assert.Collection(f.Issues,
            i => Assert.Equal(("broken.xml", 7, true), (i.File, i.Line, i.RecordSkipped)),            // <Text> without </Text>
            i => Assert.Equal(("broken.xml", 9, false), (i.File, i.Line, i.RecordSkipped)),           // date 121108
            i => Assert.Equal(("broken.xml", 10, false), (i.File, i.Line, i.RecordSkipped)),          // coding without a code
            i => Assert.Equal(("broken.xml", 12, true), (i.File, i.Line, i.RecordSkipped)));          // no id
        Assert.StartsWith("broken.xml:7: ", f.Issues[0].ToString());
        Assert.Contains("bad_text", f.Issues[0].Message);
        Assert.Contains("121108", f.Issues[1].Message);
    }

    [Fact]
    public void RealSpanishFileHas765RecordsAnd846Codings()
    {
        var path = SharedData.Path("events", "petrarch", "spanish_protest_plover_validation.xml");
        if (path is null || !File.Exists(path)) { output.WriteLine("SKIPPED: ../shared/data/events/petrarch not found"); return; }
        var f = PetrarchRecords.Read(path);
        Assert.Empty(f.Issues);
        Assert.Equal("es", f.DeclaredLanguage);
        Assert.Equal(765, f.Records.Count);
        Assert.Equal(846, f.Records.Sum(r => r.Codings.Count));
        Assert.Equal(12, f.Records.Count(r => !r.Evaluate));
        Assert.All(f.Records, r => Assert.NotNull(r.Date));
        Assert.DoesNotContain(f.Records.SelectMany(r => r.Codings), c => c.Plover == "SACTION");
        Assert.Equal(26, f.Records.SelectMany(r => r.Codings).Count(c => c.Plover == "SANCTION"));
    }

    [Fact]
    public void RealEnglishFileSkipsOnlyTheRecordWithoutText()
    {
        var path = SharedData.Path("events", "petrarch", "PETR2_GSR_validation.xml");
        if (path is null || !File.Exists(path)) { output.WriteLine("SKIPPED: ../shared/data/events/petrarch not found"); return; }
        var f = PetrarchRecords.Read(path);
        foreach (var i in f.Issues) output.WriteLine(i.ToString());
        Assert.Null(f.DeclaredLanguage);
        Assert.Equal(77, f.Records.Count); // 78 <Sentence>s; abc12_3 has an empty <Text> (only its parse holds words)
        Assert.Equal("abc12_3", Assert.Single(f.Issues, i => i.RecordSkipped).Message.Split('\'')[1]);
        Assert.All(f.Records.SelectMany(r => r.Codings), c => Assert.Null(c.Plover));
        Assert.Null(f.Records.Single(r => r.Id == "AFP0808020905_1").Date); // date="121108"
    }
}
