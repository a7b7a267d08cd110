using Cronista.Evaluation;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Stories;
using Cronista.Util;

namespace Cronista.Tests.Stories;

public class StoryFeatureTests
{
    private static Document Analyse(string text, string lang, DateOnly? date = null, string? title = null, string id = "d") =>
        DocumentPipeline.Default.Run(new RawDocument { Id = id, Source = id, Text = text, Language = lang, Published = date, Title = title });

    private static StoryFeatures Features(Document d, FeatureStats? stats = null) => StoryFeatures.Weigh(StoryFeatures.Extract(d), stats ?? new FeatureStats());

    [Fact]
    public void SparseVectorCosineAndTopK()
    {
        var a = SparseVector.Top([new(3, 1.0), new(1, 2.0), new(2, 0.5)], 2);
        Assert.Equal([1UL, 3UL], a.Keys); // the two heaviest, keys sorted
        var b = SparseVector.Top([new(1, 2.0), new(3, 1.0)], 10);
        Assert.Equal(1.0, a.Cosine(b), 6);
        Assert.Equal(0.0, a.Cosine(SparseVector.Empty));
        var c = SparseVector.Top([new(7, 1.0)], 10);
        Assert.Equal(0.0, a.Cosine(c));
    }

    [Fact]
    public void RelatedLanguagesShareCharacterNgrams()
    {
        // Content-word n-grams match across languages: militare/militar, guerra/guerre; entity ids match whatever the language.
        var it = Features(Analyse("La cooperazione militare tra Russia e Corea del Nord preoccupa. La guerra in Ucraina continua.", "it"));
        var es = Features(Analyse("La cooperación militar entre Rusia y Corea del Norte preocupa. La guerra en Ucrania continúa.", "es"));
        var fr = Features(Analyse("Le championnat de football reprend samedi avec un match au stade.", "fr"));
        Assert.True(it.Grams.Cosine(es.Grams) > 0.3, $"it/es n-grams {it.Grams.Cosine(es.Grams):F3}");
        Assert.True(it.Grams.Cosine(fr.Grams) < 0.1, $"it/fr n-grams {it.Grams.Cosine(fr.Grams):F3}");
        Assert.True(it.Entities.Cosine(es.Entities) > 0.8, $"entities {it.Entities.Cosine(es.Entities):F3}");
        Assert.True(StorySimilarity.Score(it, es).Score > StorySimilarity.Score(it, fr).Score + 0.3);
    }

    [Fact]
    public void EntitiesInTheTitleAndLeadWeighMore()
    {
        var d = Analyse("Vladimir Putin ha parlato a Mosca. " + string.Join(" ", Enumerable.Repeat("Il tempo è bello oggi.", 5)) + " Anche Parigi è bella.",
            "it", title: "Putin a Mosca");
        var f = Features(d);
        ulong putin = FeatureSeeds.Key("person:vladimir-putin", FeatureSeeds.Entity);
        int i = Array.IndexOf(f.Entities.Keys, putin);
        Assert.True(i >= 0, "Putin is an entity feature");
        Assert.Equal(f.Entities.Weights.Max(), f.Entities.Weights[i]);
    }

    [Fact]
    public void ScoresAreInUnitRangeAndIdenticalDocumentsScoreHighest()
    {
        var a = Features(Analyse("Un terremoto di magnitudo 6.1 ha colpito l'Abruzzo il 6 aprile 2009.", "it", new DateOnly(2009, 4, 6)));
        var b = Features(Analyse("Il campionato di calcio riprende domenica a Milano.", "it", new DateOnly(2009, 4, 6)));
        var self = StorySimilarity.Score(a, a);
        Assert.InRange(self.Score, 0.9, 1.0);
        var other = StorySimilarity.Score(a, b);
        Assert.InRange(other.Score, 0.0, 0.3);
    }

    [Fact]
    public void TimeFactorDecaysWithTheGapAndIsNeutralWithoutDates()
    {
        var o = StoryClusteringOptions.Default;
        int day = new DateOnly(2024, 6, 17).DayNumber;
        Assert.Equal(1.0, StorySimilarity.TimeFactor(null, false, day, day, o));
        Assert.Equal(1.0, StorySimilarity.TimeFactor(new DateOnly(2024, 6, 17), false, null, null, o));
        Assert.Equal(1.0, StorySimilarity.TimeFactor(new DateOnly(2024, 6, 19), false, day, day, o)); // within the grace
        double week = StorySimilarity.TimeFactor(new DateOnly(2024, 6, 27), false, day, day, o);
        double month = StorySimilarity.TimeFactor(new DateOnly(2024, 7, 27), false, day, day, o);
        Assert.True(1 > week && week > month && month > 0);
        // An inferred date is trusted less: it decays more slowly.
        Assert.True(StorySimilarity.TimeFactor(new DateOnly(2024, 7, 27), true, day, day, o) > month);
        // Inside the story's range: no penalty.
        Assert.Equal(1.0, StorySimilarity.TimeFactor(new DateOnly(2024, 6, 20), false, day - 10, day + 10, o));
    }

    [Fact]
    public void RunningDocumentFrequencyDownWeightsCommonFeatures()
    {
        var stats = new FeatureStats();
        ulong common = 1, rare = 2;
        for (int i = 0; i < 100; i++) { stats.Observe([common]); stats.EndDocument(); }
        stats.Observe([rare]); stats.EndDocument();
        Assert.True(stats.Idf(rare) > 3 * stats.Idf(common));
        var copy = FeatureStats.Deserialize(stats.Serialize());
        Assert.Equal(stats.Idf(rare), copy.Idf(rare));
        Assert.Equal(stats.Documents, copy.Documents);
    }

    [Fact]
    public void OutletIsTheInputsElseTheUrlHost()
    {
        Assert.Equal("ANSA", StoryFeatures.OutletOf(new RawDocument { Source = "x", Text = "t", Outlet = "ANSA", Url = "https://www.ansa.it/a" }));
        Assert.Equal("elpais.com", StoryFeatures.OutletOf(new RawDocument { Source = "x", Text = "t", Url = "https://www.elpais.com/a/b" }));
        Assert.Null(StoryFeatures.OutletOf(new RawDocument { Source = "x", Text = "t" }));
    }

    [Fact]
    public void BCubedOnAHandComputedExample()
    {
        // Gold: {a, b, c} {d, e}; predicted: {a, b} {c, d, e}.
        // Precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 3.6667/5 = 0.7333; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 3.6667/5 = 0.7333.
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2", ["e"] = "2" };
        var pred = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y", ["e"] = "y" };
        var r = BCubed.Score(pred, gold);
        Assert.Equal(11.0 / 15, r.Precision, 9);
        Assert.Equal(11.0 / 15, r.Recall, 9);
        Assert.Equal(11.0 / 15, r.F1, 9);
        Assert.Equal((5, 2, 2), (r.Items, r.PredictedClusters, r.GoldClusters));
        // All in one cluster: recall 1, precision (3·3/5 + 2·2/5)/5 = 0.52.
        var one = BCubed.Score(gold.ToDictionary(kv => kv.Key, _ => "z"), gold);
        Assert.Equal(1.0, one.Recall, 9);
        Assert.Equal(0.52, one.Precision, 9);
    }

    [Fact]
    public void CsvReaderHandlesQuotesCommasNewlinesAndReportsMalformedRecords()
    {
        var csv = "pair_id,lang1,lang2,text1,text2\r\n" +
                  "1,it,es,\"uno, due\",\"tres \"\"cuatro\"\"\"\n" +
                  "2,it,es,\"riga uno\nriga due\",b\n" +
                  "\n" +
                  "3,it,es,bad\"quote,x\n" +
                  "4,it,es,\"closed\"junk,x\n" +
                  "5,en,en,,last";
        var records = CsvReader.Read(new StringReader(csv)).ToList();
        var ok = records.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        var errors = records.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Equal(4, ok.Count);
        Assert.Equal(["1", "it", "es", "uno, due", "tres \"cuatro\""], ok[1].Fields);
        Assert.Equal("riga uno\nriga due", ok[2].Fields[3]);
        Assert.Equal(3, ok[2].Line);
        Assert.Equal(["5", "en", "en", "", "last"], ok[3].Fields);
        Assert.Equal(8, ok[3].Line);
        Assert.Equal([(6, "a quote inside an unquoted field"), (7, "text after a closing quote")], errors.Select(e => (e.Line, e.Message)));
        Assert.Equal("\"a, \"\"b\"\"\"", CsvReader.Escape("a, \"b\""));
        Assert.Equal("plain", CsvReader.Escape("plain"));
        var unclosed = CsvReader.Read(new StringReader("a,b\n1,\"never closed\n")).ToList();
        Assert.Equal((2, "a quoted field is never closed"), (unclosed[^1].Error!.Line, unclosed[^1].Error!.Message));
    }
}
