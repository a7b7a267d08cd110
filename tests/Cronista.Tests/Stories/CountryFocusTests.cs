using Cronista.Entities;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Stories;

namespace Cronista.Tests.Stories;

public class CountryFocusTests
{
    private static readonly StoryClusteringOptions O = StoryClusteringOptions.Default;

    private static CountryMix Mix(params (string Country, int Mentions)[] counts)
    {
        var m = new CountryMix();
        foreach (var (c, n) in counts) m.Add(CountryMix.Code(c), n);
        return m;
    }

    private static StoryFeatures Features(string text, string lang, string id, DateOnly date, StoryClusteringOptions o) =>
        StoryFeatures.Weigh(StoryFeatures.Extract(DocumentPipeline.Default.Run(
            new RawDocument { Id = id, Source = id, Text = text, Language = lang, Published = date }), o), new FeatureStats(), o);

    [Fact]
    public void FocusIsTheMostNamedCountry()
    {
        var m = Mix(("LY", 12), ("FR", 5), ("SY", 1));
        Assert.Equal(CountryMix.Code("LY"), m.Focus);
        Assert.Equal((12, 18), (m.FocusCount, m.Total));
        Assert.Equal(0, CountryMix.Code("Libya")); // only two-letter codes
        Assert.False(m.Tied);
        m.Add(Mix(("FR", 7)));
        Assert.True(m.Tied); // 12 and 12: the lower code is the focus
        Assert.Equal(CountryMix.Code("FR"), m.Focus);
        m.Add(Mix(("FR", 1)));
        Assert.False(m.Tied);
        Assert.Equal("FR", CountryMix.Iso2(m.Focus));
    }

    [Fact]
    public void SidesAboutDifferentCountriesTheOtherHardlyNamesAreScoredDown()
    {
        var libya = Mix(("LY", 20), ("FR", 6), ("GB", 4));
        var syria = Mix(("SY", 15), ("US", 3), ("LY", 1));
        Assert.Equal(O.CountryFocusFactor, StorySimilarity.CountryFactor(libya, syria, O));
        Assert.Equal(StorySimilarity.CountryFactor(libya, syria, O), StorySimilarity.CountryFactor(syria, libya, O));
        // The same focus; the other side names the country often; too few mentions to tell a focus; off.
        Assert.Equal(1, StorySimilarity.CountryFactor(libya, Mix(("LY", 8), ("EG", 2)), O));
        Assert.Equal(1, StorySimilarity.CountryFactor(libya, Mix(("SY", 10), ("LY", 6)), O));
        Assert.Equal(1, StorySimilarity.CountryFactor(libya, Mix(("SY", 3)), O));
        Assert.Equal(1, StorySimilarity.CountryFactor(libya, syria, O with { CountryFocusFactor = 1 }));
        // A roundup naming many countries about evenly has no focus.
        Assert.Equal(1, StorySimilarity.CountryFactor(libya, Mix(("BH", 13), ("LY", 13), ("YE", 11), ("EG", 9), ("SY", 10)), O));
    }

    [Fact]
    public void TwoArticlesAboutDifferentCountriesScoreLowerThanWithoutTheirCountries()
    {
        // The same outlet, week and kind of news, but a Libyan and a Syrian crackdown.
        var day = new DateOnly(2011, 3, 15);
        string libya = "Le forze di Gheddafi bombardano Bengasi. La Libia è divisa: a Tripoli il regime libico arresta centinaia di persone. " +
                       "Gli insorti libici chiedono aiuto. Misurata resiste.";
        string syria = "In Siria la polizia spara sui manifestanti a Daraa. Il regime siriano arresta centinaia di persone a Damasco. " +
                       "Assad promette riforme. Homs protesta.";
        var a = Features(libya, "it", "a", day, O);
        var b = Features(syria, "it", "b", day, O);
        Assert.Equal(CountryMix.Code("LY"), a.Countries.Focus);
        Assert.Equal(CountryMix.Code("SY"), b.Countries.Focus);
        double with = StorySimilarity.Score(a, b, O).Score, without = StorySimilarity.Score(a, b, O with { CountryFocusFactor = 1 }).Score;
        Assert.Equal(without * O.CountryFocusFactor, with, 9);
    }

    [Fact]
    public void CountriesSurviveTheStoryStateAndTheStoredFeatures()
    {
        var day = new DateOnly(2011, 3, 15);
        var f = Features("La Libia è divisa. A Tripoli e a Bengasi i libici protestano contro Gheddafi. La Francia chiede sanzioni alla Libia.", "it", "a", day, O);
        Assert.True(f.Countries.Total >= 5);
        var s = new Story("s", 0, f.DocumentId, O);
        s.Join(f, 1, 1);
        var back = Story.Deserialize(s.Serialize(), O);
        Assert.Equal((f.Countries.Focus, f.Countries.Total), (back.Countries.Focus, back.Countries.Total));
        Assert.Equal(s.Serialize(), back.Serialize());

        var stored = StoryFeatures.DeserializeForReweighing(f.DocumentId, StoryFeatures.SerializeForReweighing(f)!);
        Assert.Equal((f.Countries.Focus, f.Countries.FocusCount, f.Countries.Total), (stored.Countries.Focus, stored.Countries.FocusCount, stored.Countries.Total));
        // Features stored before country mentions (version 1) read back without them.
        var v1 = StoryFeatures.SerializeForReweighing(f)!;
        v1[0] = 1;
        int at = V1CountriesOffset(f);
        v1 = [.. v1[..at], .. v1[(at + 4 + 6 * f.Countries.Count)..]];
        var old = StoryFeatures.DeserializeForReweighing(f.DocumentId, v1);
        Assert.Same(CountryMix.Empty, old.Countries);
        Assert.Equal(stored.Member!.Grams.Keys, old.Member!.Grams.Keys);
    }

    /// <summary>Where version 2 wrote the country mentions: after the version byte, language, title, outlet, day, the
    /// inferred flag and the stated months.</summary>
    private static int V1CountriesOffset(StoryFeatures f)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write((byte)2);
        w.Write(f.Language); w.Write(f.Title); w.Write(f.Outlet ?? ""); w.Write(f.Date?.DayNumber ?? int.MinValue); w.Write(f.DateInferred);
        w.Write(f.StatedMonths.Length);
        foreach (var month in f.StatedMonths) w.Write(month);
        w.Flush();
        return (int)ms.Length;
    }
}
