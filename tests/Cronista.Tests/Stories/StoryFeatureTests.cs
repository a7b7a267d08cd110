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
        ulong putin = FeatureSeeds.EntityKey("person:vladimir-putin");
        int i = Array.IndexOf(f.Entities.Keys, putin);
        Assert.True(i >= 0, "Putin is an entity feature");
        Assert.Equal(f.Entities.Weights.Max(), f.Entities.Weights[i]);
    }

    [Fact]
    public void PlacesAreKeyedByNameAndCitiesAreCoarse()
    {
        // Linked where the article named the country, left without coordinates where it did not: one place, one key.
        ulong linked = FeatureSeeds.EntityKey(new DocumentEntity("place:US:CA:los-angeles", "Los Angeles", EntityType.Loc, Country: "US"));
        ulong unlinked = FeatureSeeds.EntityKey(new DocumentEntity("name:loc:los-angeles", "Los Angeles", EntityType.Loc));
        Assert.Equal(linked, unlinked);
        ulong division = FeatureSeeds.EntityKey(new DocumentEntity("admin:US.CA", "California", EntityType.Loc, Country: "US"));
        Assert.Equal(division, FeatureSeeds.EntityKey(new DocumentEntity("name:loc:california", "California", EntityType.Loc)));
        Assert.True(FeatureSeeds.IsCoarseKey(division));
        Assert.NotEqual(FeatureSeeds.EntityKey(new DocumentEntity("name:org:los-angeles", "Los Angeles", EntityType.Org)) & ~1UL, unlinked & ~1UL);
        Assert.True(FeatureSeeds.IsCoarseKey(FeatureSeeds.EntityKey("place:RU:59:vladivostok"))); // a city
    }

    [Fact]
    public void CoarseEntitiesCountLessWithinALanguageOnly()
    {
        // Two quakes in Iran: the country is shared, the towns are not.
        Assert.True(FeatureSeeds.IsCoarseKey(FeatureSeeds.EntityKey("country:IR")));
        Assert.True(FeatureSeeds.IsCoarseKey(FeatureSeeds.EntityKey("admin:IR.11")));
        Assert.False(FeatureSeeds.IsCoarseKey(FeatureSeeds.EntityKey("place:IR:11:qeshm")));
        var a = Doc("a", "en", ("country:IR", 2), ("place:IR:11:qeshm", 1));
        var b = Doc("b", "en", ("country:IR", 2), ("place:IR:08:zarand", 1));
        var c = Doc("c", "fa", ("country:IR", 2), ("place:IR:08:zarand", 1));
        var on = StoryClusteringOptions.Default with { CoarseEntityWeight = 0.25 };
        var off = on with { CoarseEntityWeight = 1 };
        Assert.True(StorySimilarity.Score(a, b, on).Entity < StorySimilarity.Score(a, b, off).Entity - 0.3);
        Assert.Equal(StorySimilarity.Score(a, c, off).Entity, StorySimilarity.Score(a, c, on).Entity, 9); // across languages: unchanged
        Assert.Equal(1.0, StorySimilarity.Score(a, a, on).Entity, 6);
        // The clusterer's upper bound stays an upper bound with the scaling.
        var stats = new FeatureStats();
        var story = new Story("s", 0, "b", on);
        story.Join(b, 1, 0);
        Assert.True(StorySimilarity.CentroidScoreBound(a, story, stats, on) >= StorySimilarity.CentroidScore(a, story, stats, on).Score);
        // A story months away is bounded by its time factor alone when that cannot reach the floor — still above the
        // exact score; near in time, the floor changes nothing.
        var dated = new Story("t", 1, "b", on);
        dated.Join(Dated(b, new DateOnly(2024, 1, 10)), 1, 0);
        foreach (var (day, floor) in new[] { (new DateOnly(2024, 6, 1), 0.145), (new DateOnly(2024, 1, 11), 0.145), (new DateOnly(2024, 6, 1), double.NegativeInfinity) })
        {
            var d = Dated(a, day);
            double exact = StorySimilarity.CentroidScore(d, dated, stats, on).Score, bound = StorySimilarity.CentroidScoreBound(d, dated, stats, on, floor);
            Assert.True(bound >= exact, $"{day}: bound {bound} below exact {exact}");
            if (day.Month == 1) Assert.Equal(StorySimilarity.CentroidScoreBound(d, dated, stats, on), bound);
            if (day.Month == 6 && floor > 0) Assert.True(bound < floor); // left out without comparing a vector
        }

        static StoryFeatures Dated(StoryFeatures x, DateOnly day) => new()
        {
            DocumentId = x.DocumentId, Language = x.Language, Title = x.Title, Entities = x.Entities, Events = x.Events, Stems = x.Stems,
            Grams = x.Grams, Names = x.Names, Member = x.Member, Date = day,
        };

        static StoryFeatures Doc(string id, string lang, params (string Id, float W)[] entities)
        {
            var e = entities.Select(x => (Key: FeatureSeeds.EntityKey(x.Id), x.W)).OrderBy(x => x.Key).ToArray();
            var v = new SparseVector(e.Select(x => x.Key).ToArray(), e.Select(x => x.W).ToArray());
            var stems = new SparseVector([1UL], [1f]);
            return new StoryFeatures
            {
                DocumentId = id, Language = lang, Title = id, Entities = v, Events = SparseVector.Empty, Stems = stems, Grams = stems, Names = [],
                Member = new StoryMember(lang, v, SparseVector.Empty, stems, stems),
            };
        }
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
    public void TextDocumentFrequenciesArePerLanguage()
    {
        // Four Italian documents use "guerra", one Spanish document does too: counted per language, the word is common in
        // Italian and — with one Spanish document — as common in Spanish, not rare because Spanish is a minority.
        var stats = new FeatureStats();
        ulong guerra = 42, pyongyang = 43;
        for (int i = 0; i < 4; i++) { stats.Observe([guerra], "it"); stats.EndDocument("it"); }
        stats.Observe([guerra], "es"); stats.EndDocument("es");
        stats.Observe([pyongyang], "es"); stats.EndDocument("es");
        Assert.Equal(4, stats.DocumentFrequency(guerra, "it"));
        Assert.Equal(1, stats.DocumentFrequency(guerra, "es"));
        Assert.Equal(2, stats.LanguageDocuments("es"));
        Assert.Equal(6, stats.Documents);
        // Spanish idf of "guerra" uses the two Spanish documents (ln(3/1.5)), not all six (ln(7/1.5)).
        Assert.Equal(Math.Log(3 / 1.5), stats.Idf(guerra, language: "es"), 9);
        // The per-language counts survive a round trip; the previous format (no language counts) still reads.
        var copy = FeatureStats.Deserialize(stats.Serialize());
        Assert.Equal(stats.Idf(guerra, language: "es"), copy.Idf(guerra, language: "es"));
        Assert.Equal(2, copy.LanguageDocuments("es"));
        var old = stats.Serialize()[..(8 + (1 << FeatureStats.Bits) * 2)];
        var fromOld = FeatureStats.Deserialize(old);
        Assert.Equal(6, fromOld.Documents);
        Assert.Equal(0, fromOld.LanguageDocuments("es"));
    }

    [Fact]
    public void IdfPriorKeepsSharedFeaturesCloseToUniqueOnesEarlyInAStream()
    {
        var stats = new FeatureStats();
        ulong shared = 1, unique = 2;
        stats.Observe([shared]); stats.EndDocument();
        stats.Observe([shared, unique]); stats.EndDocument();
        double without = stats.Idf(shared) / stats.Idf(unique), with = stats.Idf(shared, prior: 20) / stats.Idf(unique, prior: 20);
        Assert.True(with > without && with > 0.8, $"{without:F3} → {with:F3}");
    }

    [Fact]
    public void CrossLingualPairOfOneEventOutscoresSameLanguagePairOfTwo()
    {
        // Per-language text statistics: two Spanish articles on different events no longer look alike for the Spanish
        // words they share, more than an Italian and a Spanish article on one event (the sample pairs 003–004 and 002–004).
        string Read(string name) => File.ReadAllText(Directory.EnumerateFiles(Samples, name + "_*.txt", SearchOption.AllDirectories).Single());
        var pairs = new List<(string, string, string, string)>
        {
            ("it", Read("002"), "es", Read("004")),
            ("es", Read("003"), "es", Read("004")),
        };
        var scores = PairSimilarity.Score(pairs);
        Assert.True(scores[0].Score > scores[1].Score, $"002–004 {scores[0].Score:F3}, 003–004 {scores[1].Score:F3}");
    }

    private static string Samples
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "samples");
        }
    }

    [Fact]
    public void StatedMonthsAreTheEventDatesTheTextStates()
    {
        // "18 giugno 2024" is stated in full; with a given publication date, "martedì" is stated too.
        var d = Analyse("Il presidente russo Vladimir Putin visiterà la Corea del Nord il 18 giugno 2024 per incontrare Kim Jong Un.", "it",
            new DateOnly(2024, 6, 17));
        var f = Features(d);
        Assert.Contains(2024 * 12 + 5, f.StatedMonths);
        // Without a publication date, a date resolved against a date guessed from the text is no stated date.
        var undated = Features(Analyse("Kim Jong-un ha incontrato Vladimir Putin lunedì a Vladivostok.", "it"));
        Assert.Empty(undated.StatedMonths);
    }

    [Fact]
    public void StatedTimeFactorComparesTheClosestMonths()
    {
        var o = StoryClusteringOptions.Default with { StatedGraceMonths = 1, StatedDecayMonths = 3 };
        int june2024 = 2024 * 12 + 5;
        Assert.Equal(1.0, StorySimilarity.StatedTimeFactor([], [june2024], o));
        Assert.Equal(1.0, StorySimilarity.StatedTimeFactor([june2024], [], o));
        Assert.Equal(1.0, StorySimilarity.StatedTimeFactor([june2024 - 1], [june2024], o));
        // A background month far away costs nothing when another month is shared.
        Assert.Equal(1.0, StorySimilarity.StatedTimeFactor([june2024 - 60, june2024], [june2024], o));
        double year = StorySimilarity.StatedTimeFactor([june2024 - 12], [june2024], o);
        Assert.Equal(Math.Exp(-11 / 3.0), year, 9);
        Assert.Equal(1.0, StorySimilarity.StatedTimeFactor([june2024 - 12], [june2024], o with { StatedDecayMonths = 0 }));
    }

    [Fact]
    public void AFeatureFamilyWeightedZeroOrLightGivesFiniteWeights()
    {
        // NumberWeight 0 turns numbers off (their tf was 0 and ln 0 = −∞); a light name boost keeps its keys positive.
        var doc = Analyse("Il 18 giugno 2024 Vladimir Putin arriva a Pyongyang con 15000 soldati.", "it");
        var off = StoryFeatures.Extract(doc, StoryClusteringOptions.Default with { NumberWeight = 0, NameGramBoost = 0.2 });
        Assert.All(off.Grams, g => Assert.True(double.IsFinite(g.Value) && g.Value > 0));
        var on = StoryFeatures.Extract(doc);
        Assert.True(on.Grams.Length > off.Grams.Length); // the numbers' keys
    }

    [Fact]
    public void MembersAreWeighedWithTodaysStatistics()
    {
        // A member kept with raw frequencies, weighed when compared: with the statistics of its own day the member score
        // equals the centroid's cosine; once its words became common, they count for less.
        var stats = new FeatureStats();
        var o = StoryClusteringOptions.Default with { StoryMembers = 4 };
        var a = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse("Vladimir Putin incontra Kim Jong Un a Vladivostok.", "it"), o), stats, o);
        var b = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse("Vladimir Putin incontra Kim Jong Un a Pyongyang.", "it"), o), stats, o, observe: false);
        Assert.NotNull(a.Member);
        var m = a.Member!;
        Assert.Equal(a.Grams.Keys, m.Grams.Keys);
        Assert.Equal(b.Grams.Cosine(a.Grams), StorySimilarity.WeighedCosine(b.Grams, m.Grams, stats, 0, "it"), 5);
        var s = new Story("s", 0, a.DocumentId, o);
        s.Join(a, 1, 1);
        Assert.Single(s.Members);
        var back = Story.Deserialize(s.Serialize(), o);
        Assert.Equal(m.Grams.Keys, back.Members[0].Grams.Keys);
        Assert.Equal(m.Grams.Weights, back.Members[0].Grams.Weights);
        double blended = StorySimilarity.Score(b, s, stats, o).Score;
        Assert.InRange(blended, 0, 1);
    }

    [Fact]
    public void StoryCentroidsAreWeighedWithTheStatisticsOfTheMoment()
    {
        // The story keeps raw frequencies: scored with the statistics of its own day it equals the document's cosine; once
        // what it shares with the probe (Putin, Kim) is common, the probe scores lower against it.
        var stats = new FeatureStats();
        var o = StoryClusteringOptions.Default;
        var a = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse("Vladimir Putin incontra Kim Jong Un a Vladivostok.", "it", id: "a"), o), stats, o);
        var s = new Story("s", 0, a.DocumentId, o);
        s.Join(a, 1, 1);
        Assert.True(s.Raw);
        var probe = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse("Vladimir Putin scrive a Kim Jong Un per il compleanno.", "it", id: "p"), o), stats, o, observe: false);
        // (Same language: coarse entities — Vladivostok, a city; the countries — count CoarseEntityWeight on both sides.)
        Assert.Equal(StorySimilarity.CoarseCosine(probe.Entities, a.Entities, null, o), StorySimilarity.CentroidScore(probe, s, stats, o).Entity, 5);
        double before = StorySimilarity.CentroidScore(probe, s, stats, o).Entity;
        foreach (var text in new[] { "Putin e Kim Jong Un a Mosca.", "Kim Jong Un e Putin firmano un trattato.", "Putin ringrazia Kim Jong Un." })
            StoryFeatures.Weigh(StoryFeatures.Extract(Analyse(text, "it"), o), stats, o);
        Assert.True(StorySimilarity.CentroidScore(probe, s, stats, o).Entity < before);
        var back = Story.Deserialize(s.Serialize(), o);
        Assert.True(back.Raw);
        Assert.Equal(StorySimilarity.CentroidScore(probe, s, stats, o).Score, StorySimilarity.CentroidScore(probe, back, stats, o).Score, 9);
    }

    [Fact]
    public void RefinementSplitsAStoryOfTwoEvents()
    {
        var o = StoryClusteringOptions.Default;
        var texts = new[]
        {
            "Un terremoto di magnitudo 6.1 ha colpito L'Aquila, in Abruzzo: 300 morti.",
            "Terremoto in Abruzzo: a L'Aquila 300 morti, magnitudo 6.1.",
            "Il campionato di calcio riprende domenica a Milano con Inter e Milan.",
            "Domenica a Milano il derby tra Inter e Milan riapre il campionato di calcio.",
        };
        var stats = new FeatureStats();
        var signals = texts.Select((t, i) => StoryFeatures.Extract(Analyse(t, "it", id: "d" + i), o)).ToList();
        foreach (var x in signals) StoryFeatures.Weigh(x, stats, o);
        var docs = signals.Select(x => StoryFeatures.Weigh(x, stats, o, observe: false)).ToList();
        Assert.Equal([[0, 1], [2, 3]], StoryRefinement.Split(docs, o));
        Assert.Equal([[0, 1]], StoryRefinement.Split(docs.Take(2).ToList(), o));
        // A story larger than SplitMaxSize stays whole (its pairwise table would grow with the square of its size).
        Assert.Equal([[0, 1, 2, 3]], StoryRefinement.Split(docs, o with { SplitMaxSize = 3 }));
        Assert.Equal([[0, 1], [2, 3]], StoryRefinement.Split(docs, o with { SplitMaxSize = 4 }));
    }

    [Fact]
    public void RefinementMergesSmallStoriesIntoTheirBestAndLeavesTwoLargeOnesApart()
    {
        // Synthetic documents: those of one topic share their keys (pairwise score ≈ 1 with a little noise), of two topics none.
        var o = StoryClusteringOptions.Default with { MergeMaxSize = 2 };
        var docs = new List<StoryFeatures>();
        StoryFeatures D(int topic) { var d = OnlineClustererTests.Doc("d" + docs.Count, topic, noise: 2); docs.Add(d); return d; }
        foreach (var t in new[] { 1, 1, 1, 2, 2, 2, 1, 2, 2, 3, 1, 1, 1 }) D(t);
        var groups = new List<IReadOnlyList<int>>
        {
            new[] { 0, 1, 2 },    // topic 1, large
            new[] { 3, 4, 5 },    // topic 2, large
            new[] { 6 },          // topic 1, a fragment
            new[] { 7, 8 },       // topic 2, a fragment of two
            new[] { 9 },          // topic 3: nothing alike
            new[] { 10, 11, 12 }, // topic 1 again, large: stays apart from the first (both larger than MergeMaxSize)
        };
        Assert.True(StorySimilarity.Score(docs[0], docs[6], o).Score > 0.5);
        Assert.Equal(0, StorySimilarity.Score(docs[0], docs[3], o).Score, 9);
        var merged = StoryRefinement.Merge(docs, groups, o);
        Assert.Equal(4, merged.Count);
        Assert.Contains(merged, g => g.SequenceEqual([3, 4, 5, 7, 8]));
        Assert.Contains(merged, g => g.SequenceEqual([9]));
        // The topic-1 fragment joins one of the two large topic-1 stories, which stay apart.
        Assert.Single(merged, g => g.Contains(6));
        Assert.Equal(2, merged.Count(g => g.Contains(0) || g.Contains(10)));
        var withFragment = merged.Single(g => g.Contains(6));
        Assert.True(withFragment.Contains(0) || withFragment.Contains(10));
        // MergeMaxSize 0: off; MergeMaxSize large: the two topic-1 stories merge too; a threshold above every score: off.
        Assert.Equal(6, StoryRefinement.Merge(docs, groups, o with { MergeMaxSize = 0 }).Count);
        Assert.Equal(3, StoryRefinement.Merge(docs, groups, o with { MergeMaxSize = 100 }).Count);
        Assert.Equal(6, StoryRefinement.Merge(docs, groups, o with { MergeThreshold = 1.01 }).Count);
    }

    [Fact]
    public void RefinementMergesStoriesWithoutACommonLanguageOnlyAboveTheCrossLanguageThreshold()
    {
        // Two one-document stories of one topic: in Italian and Spanish, and both in Italian.
        var it = OnlineClustererTests.Doc("a", 1, lang: "it", noise: 2);
        var es = OnlineClustererTests.Doc("b", 1, lang: "es", noise: 2);
        var it2 = OnlineClustererTests.Doc("b", 1, lang: "it", noise: 2);
        double cross = (StorySimilarity.Score(it, es).Score + StorySimilarity.Score(es, it).Score) / 2;
        Assert.True(cross > 0.2);
        var groups = new List<IReadOnlyList<int>> { new[] { 0 }, new[] { 1 } };
        var o = StoryClusteringOptions.Default with { MergeThreshold = cross / 2, MergeCrossLanguageThreshold = cross + 0.01 };
        Assert.Equal(2, StoryRefinement.Merge([it, es], groups, o).Count);
        Assert.Single(StoryRefinement.Merge([it, it2], groups, o));
        Assert.Single(StoryRefinement.Merge([it, es], groups, o with { MergeCrossLanguageThreshold = cross - 0.01 }));
    }

    [Fact]
    public void RefinementSplitsAMixedStoryAndItsStrayDocumentJoinsItsOwnEventsStory()
    {
        // The one pass put a topic-2 report into a topic-1 story; the split takes it out, the merge gives it to topic 2's story.
        var o = StoryClusteringOptions.Default;
        var topics = new[] { 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2 };
        var docs = topics.Select((t, i) => OnlineClustererTests.Doc("d" + i, t, noise: 2)).ToList();
        var stories = new List<IReadOnlyList<int>> { new[] { 0, 1, 2, 3, 4, 5, 6 }, new[] { 7, 8, 9, 10, 11, 12 } };
        Assert.Equal([[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]], StoryRefinement.Refine(docs, stories, o));
        // Without the merge the stray report stays alone.
        Assert.Equal([[0, 1, 2, 3, 4, 5], [6], [7, 8, 9, 10, 11, 12]], StoryRefinement.Refine(docs, stories, o with { MergeMaxSize = 0 }));
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

    [Fact]
    public void PageFurnitureRepeatedAcrossEarlierDocumentsIsDropped()
    {
        // An outlet's footer (register number, address) glues unrelated articles with rare names and numbers; from its
        // third occurrence (two earlier documents had the line) its keys are dropped, the article's own are kept.
        const string footer = "Editora Ejemplo S.L. - Calle Mayor 29, 50001 Zaragoza - CIF: B99288763 - Folio 177";
        string[] bodies =
        [
            "El Gobierno aprobó ayer los presupuestos con el apoyo de tres grupos parlamentarios.",
            "La selección de baloncesto ganó el torneo de Lituania tras una prórroga agónica.",
            "Los agricultores de Huesca protestan por el precio del gasóleo con una tractorada.",
        ];
        var stats = new FeatureStats();
        var o = StoryClusteringOptions.Default;
        var docs = bodies.Select((b, i) => StoryFeatures.Weigh(StoryFeatures.Extract(Analyse(b + "\n" + footer, "es", id: "f" + i), o), stats, o)).ToList();
        // The footer's postcode, a number key (digits only, as the n-gram extraction keys numbers).
        bool HasFooterNumber(StoryFeatures f) => f.Grams.Keys.Contains(StableHash.Hash("50001".AsSpan(), FeatureSeeds.Gram ^ 0x4E));
        Assert.True(HasFooterNumber(docs[0]) && HasFooterNumber(docs[1]));
        Assert.False(HasFooterNumber(docs[2]));
        Assert.Contains(docs[2].Grams.Keys, k => !docs[0].Grams.Keys.Contains(k)); // its own words stay
        // Off: kept.
        var off = o with { FurnitureRepeats = 0 };
        var kept = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse(bodies[2] + "\n" + footer, "es", id: "g"), off), stats, off);
        Assert.True(HasFooterNumber(kept));
    }

    [Fact]
    public void ATitleThatIsPageFurnitureGivesWayToTheFirstLineThatIsNot()
    {
        // An outlet's cookie notice and sidebar headline open every page; from the third page on they are furniture, and
        // the title is the first sentence of the first line that is not (nor a menu's few words).
        const string cookies = "Usamos cookies a fin de mejorar nuestro servicio. Encontrará más información en nuestra política.";
        const string sidebar = "Printemps anuncia el cierre de siete tiendas del grupo";
        string[] heads = ["Conflicto sirio: cara a cara en Astaná", "La tregua agoniza en Siria ante más bombardeos", "Turquía insiste en una operación contra los kurdos"];
        var stats = new FeatureStats();
        var o = StoryClusteringOptions.Default;
        var titles = heads.Select((h, i) => StoryFeatures.Weigh(StoryFeatures.Extract(
            Analyse($"{cookies}\nFunción de búsqueda\n{h}\nEl texto del artículo sigue aquí con sus detalles.", "es", title: sidebar, id: "t" + i), o), stats, o).Title).ToList();
        Assert.Equal(sidebar, titles[0]);          // nothing is known to be furniture yet
        Assert.Equal(heads[2], titles[2]);
        // A document's own title stands.
        var own = StoryFeatures.Weigh(StoryFeatures.Extract(Analyse($"{cookies}\nEl texto.", "es", title: "Un título propio del artículo", id: "u"), o), stats, o);
        Assert.Equal("Un título propio del artículo", own.Title);
    }

    [Fact]
    public void TheTitleIsFoundBelowALongSidebar()
    {
        // Libération's pages in ML-Crisis open with 24 sidebar headlines before the article's own.
        var sidebar = string.Join("\n", Enumerable.Range(1, 30).Select(k => $"Titolo laterale numero {k} di una colonna di notizie"));
        string[] heads = ["Gheddafi: «Il mio amico Sarkozy è diventato pazzo»", "La Nato bombarda Tripoli per la terza notte", "I ribelli entrano a Misurata dopo settimane"];
        var stats = new FeatureStats();
        var o = StoryClusteringOptions.Default;
        var titles = heads.Select((h, i) => StoryFeatures.Weigh(StoryFeatures.Extract(
            Analyse($"{sidebar}\n{h}\nIl testo dell'articolo segue qui con i suoi dettagli.", "it", title: "Hollande a Macron: «Non è troppo dura?»", id: "l" + i), o), stats, o).Title).ToList();
        Assert.Equal(heads[2], titles[2]);
    }

    [Fact]
    public void ScriptLinesGiveNoFeatures()
    {
        var plain = Features(Analyse("Il governo ha approvato la legge di bilancio.", "it"));
        var scraped = Features(Analyse("Il governo ha approvato la legge di bilancio.\nvar subdirectory = idVideo.substring(0, 2);\n} catch (e) {\nsuccess: function (data){", "it"));
        Assert.Equal(plain.Grams.Keys, scraped.Grams.Keys);
        Assert.Equal(plain.Stems.Keys, scraped.Stems.Keys);
    }

    [Fact]
    public void SameLanguageArticlesSharingOnlyActorsAreScaledDown()
    {
        // Two Italian articles that name the same leader and country but tell different things: the text term is below
        // the floor and scales the score down; across languages (n-grams only) nothing changes.
        var stats = new FeatureStats();
        string[] background =
        [
            "Hosni Mubarak e l'Egitto: la borsa del Cairo chiude in calo.", "Mubarak, l'Egitto e il turismo sul Mar Rosso.",
            "Egitto, Mubarak nomina un nuovo governo al Cairo.", "Il Cairo: Mubarak incontra il ministro degli esteri.",
            "Egitto: il partito di Mubarak perde consensi.", "Mubarak parla alla televisione egiziana dal Cairo.",
            "Hosni Mubarak riceve il re di Giordania.", "Hosni Mubarak, trent'anni al potere.", "Il figlio di Hosni Mubarak.",
        ];
        foreach (var (t, i) in background.Select((t, i) => (t, i))) Features(Analyse(t, "it", id: "bg" + i), stats);
        var a = Features(Analyse("Hosni Mubarak ha lasciato il Cairo. L'esercito egiziano ha sospeso la costituzione e sciolto il parlamento.", "it", id: "a"), stats);
        var b = Features(Analyse("Hosni Mubarak è ricoverato a Sharm el-Sheikh, dicono i medici: le sue condizioni di salute sono stabili.", "it", id: "b"), stats);
        var off = StoryClusteringOptions.Default with { MinSameLanguageText = 0 };
        var on = StorySimilarity.Score(a, b, null, stats);
        var without = StorySimilarity.Score(a, b, off, stats);
        Assert.True(on.Text < StoryClusteringOptions.Default.MinSameLanguageText, $"text {on.Text:F3}");
        Assert.Equal(without.Score * on.Text / StoryClusteringOptions.Default.MinSameLanguageText, on.Score, 9);
        var es = Features(Analyse("Hosni Mubarak está hospitalizado en Sharm el-Sheikh, según los médicos.", "es", id: "c"), stats);
        Assert.Equal(StorySimilarity.Score(a, es, off, stats).Score, StorySimilarity.Score(a, es, null, stats).Score, 9);
    }
    [Fact]
    public void SameLanguageReportsOfTwoEventsOfOneKindAreScaledDown()
    {
        // Two English reports of one earthquake share its details (place, magnitude, toll, day); a report of another
        // earthquake shares the kind's words ("earthquake", "magnitude", "struck", "officials") and little else. Its text
        // term lies above the old floor (0.1) and below the calibrated one, which scales the score by text / floor.
        var stats = new FeatureStats();
        string[] background =
        [
            "The central bank raised interest rates on Thursday, officials said.", "Parliament approved the budget after a long debate.",
            "The company reported higher profits for the third quarter.", "Heavy rain flooded several roads in the capital on Monday.",
            "The minister resigned after a corruption scandal, officials said.", "Police arrested two men after a robbery at a bank.",
            "A magnitude 4.2 earthquake struck off the coast, causing no damage.", "Voters went to the polls in the regional election.",
        ];
        foreach (var (t, i) in background.Select((t, i) => (t, i))) Features(Analyse(t, "en", id: "bg" + i), stats);
        var a = Features(Analyse("A magnitude 7.6 earthquake struck near Padang on Sumatra on Wednesday, killing at least 529 people and trapping thousands under collapsed buildings, officials said.", "en", id: "a"), stats);
        var b = Features(Analyse("The 7.6 quake that hit Padang, Sumatra, on Wednesday killed at least 529 people; rescuers searched collapsed buildings for thousands trapped, officials said.", "en", id: "b"), stats);
        var c = Features(Analyse("A magnitude 6.3 earthquake struck near L'Aquila in central Italy on Monday, killing at least 295 people and destroying old churches, officials said.", "en", id: "c"), stats);
        var o = StoryClusteringOptions.Default;
        var same = StorySimilarity.Score(a, b, null, stats);
        var other = StorySimilarity.Score(a, c, null, stats);
        var unscaled = StorySimilarity.Score(a, c, o with { MinSameLanguageText = 0 }, stats);
        Assert.True(same.Text >= o.MinSameLanguageText, $"one event: text {same.Text:F3}");
        Assert.True(other.Text > 0.1 && other.Text < o.MinSameLanguageText, $"two events: text {other.Text:F3}, one event: text {same.Text:F3}");
        Assert.Equal(unscaled.Score * other.Text / o.MinSameLanguageText, other.Score, 9);
        Assert.True(same.Score > 2 * other.Score, $"one event {same.Score:F3}, two events {other.Score:F3}");
    }

    /// <summary>The plain merge the vectorised <see cref="SparseVector.Dot"/> must equal to the bit.</summary>
    private static double MergeDot(SparseVector a, SparseVector b)
    {
        double s = 0;
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a.Keys[i] == b.Keys[j]) s += (double)a.Weights[i++] * b.Weights[j++];
            else if (a.Keys[i] < b.Keys[j]) i++;
            else j++;
        }
        return s;
    }

    private static SparseVector RandomVector(Random r, int n, ulong range, bool coarseAndUnlinked = false)
    {
        var keys = new SortedSet<ulong>();
        while (keys.Count < n) keys.Add((ulong)r.NextInt64(0, (long)range) << (coarseAndUnlinked ? 0 : 2));
        return new SparseVector([.. keys], [.. keys.Select(_ => (float)r.NextDouble())]);
    }

    [Fact]
    public void DotEqualsThePlainMergeToTheBit()
    {
        // Lengths around the vector blocks (4 and 8 keys), key ranges from dense overlap to almost none.
        var r = new Random(7);
        int checkedPairs = 0, withShared = 0;
        foreach (int na in new[] { 0, 1, 3, 4, 5, 7, 8, 9, 16, 17, 40, 300 })
            foreach (int nb in new[] { 0, 2, 4, 8, 12, 33, 250 })
                foreach (ulong range in new[] { (ulong)Math.Max(na, nb) + 4, 4UL * (ulong)Math.Max(na, nb) + 16, 1UL << 40 })
                {
                    var (a, b) = (RandomVector(r, na, range), RandomVector(r, nb, range));
                    double expected = MergeDot(a, b);
                    Assert.Equal(expected, a.Dot(b));
                    Assert.Equal(expected, b.Dot(a));
                    checkedPairs++;
                    if (expected != 0) withShared++;
                }
        Assert.True(withShared > 80, $"{withShared} of {checkedPairs} pairs shared keys"); // the merges met matches
    }

    [Fact]
    public void PairScoreIsTheMeanOfBothDocumentScoresAndSymmetric()
    {
        var o = StoryClusteringOptions.Default;
        var docs = new[]
        {
            Features(Analyse("Putin arriva a Pyongyang per una visita di Stato. Kim Jong-un lo accoglie all'aeroporto.", "it", new DateOnly(2024, 6, 18))),
            Features(Analyse("Putin llega a Pyongyang en visita de Estado. Kim Jong-un lo recibe en el aeropuerto.", "es", new DateOnly(2024, 6, 19))),
            Features(Analyse("Putin a Pyongyang: firmato un patto di difesa reciproca con la Corea del Nord.", "it", new DateOnly(2024, 7, 30))),
            Features(Analyse("Il campionato di calcio riprende sabato con la partita allo stadio di Milano.", "it")),
        };
        for (int i = 0; i < docs.Length; i++)
            for (int j = 0; j < docs.Length; j++)
            {
                if (i == j) continue;
                var (a, b) = (docs[i], docs[j]);
                // Equal up to rounding: a story keeps its document's vector normalised, in floats.
                double expected = (StorySimilarity.Score(a, b, o).Score + StorySimilarity.Score(b, a, o).Score) / 2;
                double pair = StorySimilarity.PairScore(a, b, StorySimilarity.StoryMonths(a), StorySimilarity.StoryMonths(b), o);
                Assert.Equal(expected, pair, 6);
                Assert.Equal(pair, StorySimilarity.PairScore(b, a, StorySimilarity.StoryMonths(b), StorySimilarity.StoryMonths(a), o));
            }
        double Pair(int i, int j) => StorySimilarity.PairScore(docs[i], docs[j], StorySimilarity.StoryMonths(docs[i]), StorySimilarity.StoryMonths(docs[j]), o);
        Assert.True(Pair(0, 1) > 0.1 && Pair(0, 1) > 3 * Pair(0, 3), $"the visit's two reports {Pair(0, 1):F3}, visit and football {Pair(0, 3):F3}");
    }

    [Fact]
    public void CachedCoarseNormsGiveTheWeighedCosine()
    {
        // Coarse keys (bit 0) scaled by the coarse weight on both sides: the fast path (cached norms) against the
        // definition, computed here from dictionaries.
        var r = new Random(11);
        for (int k = 0; k < 200; k++)
        {
            var (a, b) = (RandomVector(r, r.Next(0, 30), 80, coarseAndUnlinked: true), RandomVector(r, r.Next(0, 30), 80, coarseAndUnlinked: true));
            const double c = 0.3;
            double W(ulong key, float w) => w * ((key & 1) != 0 ? c : 1);
            var da = a.Keys.Select((key, i) => (key, W(key, a.Weights[i]))).ToDictionary(x => x.key, x => x.Item2);
            var db = b.Keys.Select((key, i) => (key, W(key, b.Weights[i]))).ToDictionary(x => x.key, x => x.Item2);
            double dot = da.Where(e => db.ContainsKey(e.Key)).Sum(e => e.Value * db[e.Key]);
            double na = Math.Sqrt(da.Values.Sum(v => v * v)), nb = Math.Sqrt(db.Values.Sum(v => v * v));
            double expected = a.IsEmpty || b.IsEmpty || na == 0 || nb == 0 ? 0 : Math.Clamp(dot / (na * nb), 0, 1);
            Assert.Equal(expected, StorySimilarity.CoarseCosine(a, b, null, StoryClusteringOptions.Default, coarse: c), 12);
        }
    }

    [Fact]
    public void DecayTableIsTheDecay()
    {
        var o = StoryClusteringOptions.Default;
        var table = StorySimilarity.DecayTable(400, o);
        for (int gap = 0; gap < 400; gap++)
        {
            Assert.Equal(StorySimilarity.Decay(gap, false, o), table[0][gap]);
            Assert.Equal(StorySimilarity.Decay(gap, true, o), table[1][gap]);
        }
        Assert.Equal(1.0, table[0][0]);
        Assert.True(table[0][300] < table[1][300] && table[1][300] < 1, "inferred dates decay more slowly");
    }
}
