using Cronista.LanguageId;
using Xunit.Abstractions;

namespace Cronista.Tests.LanguageId;

public class LanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly LanguageIdentifier Id = LanguageIdentifier.Default;

    // Hand-written news-style sentences; the expected language is the one they were written in.
    public static TheoryData<string, string> Sentences => new()
    {
        { "it", "Il governo ha approvato ieri sera il decreto sulle pensioni dopo una lunga riunione del consiglio dei ministri." },
        { "es", "El presidente del Gobierno anunció este martes nuevas medidas para frenar la subida de los precios de la vivienda." },
        { "en", "The central bank raised interest rates again on Thursday, saying that inflation remained far too high." },
        { "fr", "Le ministre de l'Intérieur a annoncé mercredi le renforcement des contrôles aux frontières pendant l'été." },
        { "de", "Die Bundesregierung will die Förderung für Elektroautos im kommenden Jahr deutlich kürzen, wie ein Sprecher mitteilte." },
        { "pt", "O governo brasileiro anunciou nesta segunda-feira um novo pacote de investimentos em infraestrutura e saneamento." },
        { "ca", "El Parlament de Catalunya ha aprovat aquesta setmana la llei de pressupostos amb els vots dels grups de la majoria." },
        { "nl", "De regering heeft dinsdag bekendgemaakt dat de belastingen op arbeid volgend jaar omlaag zullen gaan." },
        { "sv", "Regeringen meddelade på måndagen att skatten på bensin sänks från och med nästa år." },
        { "pl", "Rząd przyjął we wtorek projekt ustawy o podwyżkach dla nauczycieli, który trafi teraz do Sejmu." },
        { "cs", "Vláda ve středu schválila návrh státního rozpočtu na příští rok, který počítá s nižším schodkem." },
        { "ro", "Guvernul a aprobat joi o ordonanță de urgență privind creșterea salariilor pentru medici și profesori." },
        { "hu", "A kormány szerdán bejelentette, hogy jövőre jelentősen emelkedik a minimálbér összege." },
        { "fi", "Hallitus ilmoitti tiistaina, että polttoaineveroa lasketaan ensi vuoden alusta alkaen." },
        { "tr", "Hükümet salı günü yaptığı açıklamada asgari ücretin gelecek yıl artırılacağını duyurdu." },
        { "id", "Pemerintah mengumumkan pada hari Senin bahwa harga bahan bakar minyak akan turun bulan depan." },
        { "vi", "Chính phủ đã thông qua kế hoạch đầu tư công mới cho giai đoạn năm năm tới vào hôm thứ Ba." },
        { "ru", "Правительство в среду объявило о новых мерах поддержки малого бизнеса в регионах страны." },
        { "uk", "Уряд у середу оголосив про нові заходи підтримки малого бізнесу в регіонах країни." },
        { "el", "Η κυβέρνηση ανακοίνωσε την Τετάρτη νέα μέτρα στήριξης για τις μικρές επιχειρήσεις." },
        { "ar", "أعلنت الحكومة يوم الأربعاء عن إجراءات جديدة لدعم الشركات الصغيرة في جميع أنحاء البلاد." },
        { "he", "הממשלה הודיעה ביום רביעי על צעדים חדשים לתמיכה בעסקים קטנים ברחבי המדינה." },
        { "zh", "政府星期三宣布了支持全国小型企业的新措施，并将在下个月开始实施。" },
        { "ja", "政府は水曜日、全国の中小企業を支援するための新たな対策を発表しました。" },
        { "ko", "정부는 수요일 전국의 중소기업을 지원하기 위한 새로운 대책을 발표했다." },
        { "hi", "सरकार ने बुधवार को देश भर के छोटे व्यवसायों की मदद के लिए नए उपायों की घोषणा की।" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void IdentifiesHandWrittenSentences(string expected, string text)
    {
        var guess = Id.Identify(text);
        output.WriteLine($"{guess.Language} {guess.Confidence:F3}");
        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void ModelLoadsWithManyLanguages()
    {
        Assert.True(Id.Languages.Count >= 25);
        foreach (var lang in new[] { "it", "es", "en", "fr", "de", "pt" }) Assert.Contains(lang, Id.Languages);
        Assert.True(Id.Model.FeatureCount > 10_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12345 678,90 - 2024/05/01")]
    [InlineData("!!! ??? ... ;;; ---")]
    [InlineData("Roma")]
    [InlineData("ok")]
    [InlineData("🙂🙂🙂 👍")]
    public void ShortOrLetterlessInputIsUndetermined(string text)
    {
        var guess = Id.Identify(text);
        Assert.Equal(LanguageIdentifier.Undetermined, guess.Language);
        Assert.InRange(guess.Confidence, 0, 1);
    }

    [Fact]
    public void RandomLettersAreUndeterminedOrUnsure()
    {
        var guess = Id.Identify("xqzv wkjh pqxz vvbn qqwx zzkt xkcd jjwq");
        Assert.True(guess.Language == LanguageIdentifier.Undetermined || guess.Confidence < 0.9, $"{guess}");
    }

    [Fact]
    public void MixedLanguagesLowerConfidence()
    {
        const string italian = "Il consiglio comunale ha deciso di rinviare la votazione sul bilancio alla prossima settimana, dopo le proteste dei cittadini che chiedevano più tempo per discutere le proposte.";
        const string german = "Der Stadtrat hat beschlossen, die Abstimmung über den Haushalt auf die nächste Woche zu verschieben, nachdem Bürger mehr Zeit für die Diskussion der Vorschläge gefordert hatten.";
        var it = Id.Identify(italian);
        var de = Id.Identify(german);
        var mixed = Id.Identify(italian + " " + german);
        output.WriteLine($"it {it}, de {de}, mixed {mixed}");
        Assert.Equal("it", it.Language);
        Assert.Equal("de", de.Language);
        Assert.True(mixed.Confidence < Math.Min(it.Confidence, de.Confidence) - 0.2, $"mixed {mixed} vs {it} / {de}");

        // Two scripts: the share of letters in the dominant one caps the confidence.
        var twoScripts = Id.Identify("Правительство объявило о новых мерах поддержки. The government announced new support measures.");
        Assert.True(twoScripts.Confidence < 0.75, $"{twoScripts}");
    }

    [Fact]
    public void RankListsCandidatesBestFirst()
    {
        var ranked = Id.Rank("O governo anunciou novas medidas para a economia do país.", 3);
        Assert.Equal("pt", ranked[0].Language);
        Assert.True(ranked.Count is > 1 and <= 3);
        for (int i = 1; i < ranked.Count; i++) Assert.True(ranked[i - 1].Confidence >= ranked[i].Confidence);
        Assert.Empty(Id.Rank("", 3));
    }

    [Fact]
    public void LongTextsAreReadOnlyUpToMaxLetters()
    {
        // ~3,600 French letters first: the English tail lies beyond the letters read (at most MaxLetters = 1,000).
        var french = string.Concat(Enumerable.Repeat("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. ", 55));
        var english = string.Concat(Enumerable.Repeat("The government presented its budget plan for next year on Wednesday. ", 200));
        Assert.Equal("fr", Id.Identify(french + english).Language);
    }

    [Fact]
    public void IsThreadSafe()
    {
        var cases = Sentences.Select(row => ((string)row[0], (string)row[1])).ToArray();
        var fresh = LanguageIdentifier.Default;
        var failures = 0;
        Parallel.For(0, 2000, i =>
        {
            var (lang, text) = cases[i % cases.Length];
            if (fresh.Identify(text).Language != lang) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void StopsReadingOnceTheLanguageIsClear()
    {
        var italian = string.Concat(Enumerable.Repeat("Il consiglio comunale ha deciso di rinviare la votazione sul bilancio alla prossima settimana. ", 40));
        int read = Id.LettersRead(italian);
        output.WriteLine($"letters read: {read} of {italian.Count(char.IsLetter)}");
        Assert.InRange(read, Id.MinStopLetters, Id.MaxLetters - 1);
        Assert.Equal("it", Id.Identify(italian).Language);
    }
}

/// <summary>The pipeline's language stage on scraped pages whose text starts with style-sheet lines.</summary>
public class LanguageStageTests
{
    private const string Css = "transition: all 0.9s ease 0s;\n-moz-transition: all 0.9s ease 0s;\n-webkit-transition: all 0.9s ease 0s;\n" +
                               "padding-bottom: 3px;} #boro:hover{background:#000;}\n";
    private const string Italian = "Il fronte anti-terrore non ha intaccato le capacità militari dell'Isis, che utilizza una barbara propaganda " +
                                   "per ampliare le proprie fila. E la coalizione internazionale resta a guardare.\n";

    private static string LanguageOf(string text, string? title)
    {
        var doc = new Cronista.Model.Document(new Cronista.Model.RawDocument { Source = "test", Text = text, Title = title });
        new Cronista.Pipeline.NormalizeStage().Process(doc);
        new Cronista.Pipeline.LanguageStage().Process(doc);
        return doc.Language;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SIRIA. Cosa racconta il massacro di Deir Ezzor")]
    public void StyleSheetLinesDoNotDecideTheLanguage(string? title)
    {
        Assert.Equal("it", LanguageOf(string.Concat(Enumerable.Repeat(Css, 6)) + Italian, title));
        Assert.Equal("it", LanguageOf(Italian, title));
    }

    [Theory]
    [InlineData("a { color: red; }", true)]
    [InlineData("var x = document.getElementById('menu');", true)]
    [InlineData("Il governo ha approvato il decreto.", false)]
    [InlineData("padding-bottom: 3px;", true)]
    [InlineData("Las protestas continuaron: la policía detuvo a 20 personas", false)]
    [InlineData("Los manifestantes pedían pan; la policía respondió con gases;", false)]
    [InlineData("http://example.com/news?id=15&lang=it", false)]
    public void CodeLines(string line, bool code) => Assert.Equal(code, Cronista.Text.CodeLines.IsCode(line));
}
