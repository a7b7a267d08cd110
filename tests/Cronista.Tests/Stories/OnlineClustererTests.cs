using Cronista.Stories;

namespace Cronista.Tests.Stories;

public class OnlineClustererTests
{
    /// <summary>A synthetic document of topic <paramref name="topic"/>: five entity/stem/n-gram keys of its own, plus
    /// <paramref name="noise"/> keys shared by no other document.</summary>
    internal static StoryFeatures Doc(string id, int topic, DateOnly? date = null, string lang = "en", int noise = 0, string? outlet = null)
    {
        SparseVector Vec(ulong family)
        {
            var list = new List<KeyValuePair<ulong, double>>();
            for (int i = 1; i <= 5; i++) list.Add(new(family + (ulong)topic * 1000 + (ulong)i, 1.0));
            for (int i = 0; i < noise; i++) list.Add(new(family + 500 + (Cronista.Util.StableHash.Hash(id.AsSpan()) % 100_000) * 1000 + (ulong)i, 0.3));
            return SparseVector.Top(list, 100);
        }
        var names = new Dictionary<ulong, string>();
        for (int i = 1; i <= 5; i++) names[(1UL << 40) + (ulong)topic * 1000 + (ulong)i] = $"entity:{topic}-{i}";
        return new StoryFeatures
        {
            DocumentId = id, Language = lang, Title = "title " + id, Outlet = outlet, Date = date,
            Entities = Vec(1UL << 40), Events = SparseVector.Empty, Stems = Vec(2UL << 40), Grams = Vec(3UL << 40), Names = names,
        };
    }

    private static readonly DateOnly Day0 = new(2024, 1, 1);

    [Fact]
    public void DocumentsJoinTheirStoryAndOthersStartNewOnes()
    {
        var c = new OnlineClusterer();
        var a1 = c.Add(Doc("a1", 1, Day0, outlet: "A"));
        var b1 = c.Add(Doc("b1", 2, Day0));
        var a2 = c.Add(Doc("a2", 1, Day0.AddDays(1), lang: "it", outlet: "B"));
        Assert.True(a1.NewStory);
        Assert.True(b1.NewStory);
        Assert.False(a2.NewStory);
        Assert.Equal(a1.StoryId, a2.StoryId);
        Assert.NotEqual(a1.StoryId, b1.StoryId);
        Assert.Equal(Story.IdFor("a1"), a1.StoryId); // stable id from the first document
        var s = a2.Story!;
        Assert.Equal(2, s.Size);
        Assert.Equal(["en", "it"], s.Languages.Keys);
        Assert.Equal(["A", "B"], s.Outlets);
        Assert.Equal((Day0, Day0.AddDays(1)), (s.FirstSeen!.Value, s.LastSeen!.Value));
        Assert.Equal("title a1", s.Titles["en"].Title);
        Assert.Equal("entity:1-1", s.Top(s.Entities, 1)[0].Name);
    }

    [Fact]
    public void ADocumentFarInTimeStartsANewStory()
    {
        var c = new OnlineClusterer();
        var a = c.Add(Doc("a", 1, Day0));
        var later = c.Add(Doc("b", 1, Day0.AddDays(200)));
        Assert.NotEqual(a.StoryId, later.StoryId);
        var undated = c.Add(Doc("c", 1)); // no date: time is neutral
        Assert.False(undated.NewStory);
    }

    [Fact]
    public void NearDuplicatesJoinTheirOriginalsStory()
    {
        var c = new OnlineClusterer();
        var a = c.Add(Doc("a", 1, Day0));
        c.Add(Doc("b", 2, Day0));
        // Content of topic 2, but a copy of "a": it goes where "a" went.
        var copy = c.Add(Doc("a-copy", 2, Day0), duplicateOf: "a");
        Assert.Equal(a.StoryId, copy.StoryId);
    }

    [Fact]
    public void IdleStoriesCloseAndTheOpenSetStaysBounded()
    {
        var o = StoryClusteringOptions.Default with { MaxOpenStories = 50, IdleDays = 10 };
        var c = new OnlineClusterer(o);
        int maxOpen = 0, closed = 0;
        // 5,000 documents over ~2 years, 2 per topic, topics every few days: stories go idle and close.
        for (int i = 0; i < 5000; i++)
        {
            c.Add(Doc("d" + i, i / 2, Day0.AddDays(i / 7)));
            closed += c.DrainClosed().Count;
            maxOpen = Math.Max(maxOpen, c.OpenCount);
        }
        Assert.True(maxOpen <= 51, $"open stories peaked at {maxOpen}");
        Assert.True(closed > 2000, $"closed {closed}");
        // Undated documents never close by time: the cap evicts the least recently joined.
        var u = new OnlineClusterer(o);
        for (int i = 0; i < 1000; i++) { u.Add(Doc("u" + i, i)); maxOpen = Math.Max(maxOpen, u.OpenCount); }
        Assert.True(u.OpenCount <= 50);
        var evicted = u.DrainClosed();
        Assert.Equal(1000 - u.OpenCount, evicted.Count);
        Assert.All(evicted, s => Assert.False(s.IsOpen));
        Assert.DoesNotContain(u.OpenStories, s => s.FirstDocumentId == "u0");
    }

    [Fact]
    public void AStreamOutOfDateOrderStillJoinsItsEarlierStories()
    {
        // One language's year of news, then another's from the start: the second reports join the first ones' stories.
        var c = new OnlineClusterer();
        var first = Enumerable.Range(0, 40).Select(t => c.Add(Doc($"es{t}", t, Day0.AddDays(9 * t), lang: "es")).StoryId).ToList();
        var second = Enumerable.Range(0, 40).Select(t => c.Add(Doc($"fr{t}", t, Day0.AddDays(9 * t + 1), lang: "fr")).StoryId).ToList();
        Assert.Equal(first, second);
        // Closing by idle stream time (opt-in) cannot see that: the stories of the first months were closed.
        var idle = new OnlineClusterer(StoryClusteringOptions.Default with { IdleDays = 30 });
        var a = Enumerable.Range(0, 40).Select(t => idle.Add(Doc($"es{t}", t, Day0.AddDays(9 * t), lang: "es")).StoryId).ToList();
        var b = Enumerable.Range(0, 40).Select(t => idle.Add(Doc($"fr{t}", t, Day0.AddDays(9 * t + 1), lang: "fr")).StoryId).ToList();
        Assert.NotEqual(a[0], b[0]);
    }

    [Fact]
    public void SameInputOrderGivesTheSameStories()
    {
        static List<string> Run()
        {
            var c = new OnlineClusterer(StoryClusteringOptions.Default with { MaxOpenStories = 40 });
            var rnd = new Random(11);
            var ids = new List<string>();
            for (int i = 0; i < 2000; i++)
                ids.Add(c.Add(Doc("d" + i, rnd.Next(120), Day0.AddDays(rnd.Next(60)), noise: 3)).StoryId);
            return ids;
        }
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void StoriesSurviveSerialization()
    {
        var c = new OnlineClusterer();
        var a = c.Add(Doc("a", 1, Day0, outlet: "X"));
        c.Add(Doc("a2", 1, Day0.AddDays(2), lang: "it"));
        var s = a.Story!;
        var copy = Story.Deserialize(s.Serialize(), StoryClusteringOptions.Default);
        Assert.Equal(s.Serialize(), copy.Serialize());
        Assert.Equal((s.Id, s.Size, s.Title, s.FirstSeen, s.LastSeen), (copy.Id, copy.Size, copy.Title, copy.FirstSeen, copy.LastSeen));
        var probe = Doc("p", 1, Day0.AddDays(1));
        Assert.Equal(StorySimilarity.Score(probe, s).Score, StorySimilarity.Score(probe, copy).Score);
    }

    [Fact]
    public void CandidatesComeFromTheIndexNotFromEveryStory()
    {
        var c = new OnlineClusterer();
        for (int t = 0; t < 500; t++) c.Add(Doc("d" + t, t, Day0));
        var candidates = c.Candidates(Doc("probe", 42, Day0));
        Assert.Single(candidates);
        Assert.Equal(Story.IdFor("d42"), candidates[0].Id);
    }
}
