using Cronista.Entities;

namespace Cronista.Stories;

/// <summary>A score and its parts (each in [0, 1]); <c>Event</c> is NaN when one side has no events (not used).</summary>
public readonly record struct StoryScore(double Score, double Entity, double Event, double Text, double Time);

/// <summary>
/// How well a document fits a story (or another document), in [0, 1]: a weighted mean of the cosine of entity vectors,
/// the cosine of event signatures (only when both sides have events: extraction misses many), and a text term (stems when
/// the story has documents in the document's language, blended with character n-grams; n-grams alone across languages),
/// times a time factor: 1 within <see cref="StoryClusteringOptions.GraceDays"/> of the story's date range, then an
/// exponential decay; neutral (1) when either side has no date — and times the stated-months and country factors
/// (<see cref="StatedTimeFactor"/>, <see cref="CountryFactor"/>), which <see cref="StoryScore.Time"/> includes.
/// Weights: <see cref="StoryClusteringOptions"/>.
/// </summary>
public static class StorySimilarity
{
    public static StoryScore Score(StoryFeatures d, Story s, StoryClusteringOptions? options = null) => CentroidScore(d, s, null, options ?? StoryClusteringOptions.Default);

    /// <summary>The score against the story's centroids; raw centroids (<see cref="Story.Raw"/>) are weighed with
    /// <paramref name="stats"/> (text keys as in the document's language), or compared unweighed when none is given.</summary>
    public static StoryScore CentroidScore(StoryFeatures d, Story s, FeatureStats? stats, StoryClusteringOptions o) =>
        Combine(d, s.Entities.Vector, s.Events.Vector, s.Grams.Vector, s.Stems.TryGetValue(d.Language, out var stems) ? stems.Vector : null,
            s.FirstDay, s.LastDay, s.StatedMonths.Keys, s.Countries, s.Raw ? stats : null, o);

    /// <summary>
    /// The mean of what <see cref="Score(StoryFeatures, StoryFeatures, StoryClusteringOptions?, FeatureStats?)"/> gives
    /// without statistics for a against a story of b alone and for b against one of a, without building those stories
    /// (<see cref="StoryRefinement"/> scores millions of document pairs). Unweighed, the content terms are the same both
    /// ways (every cosine is symmetric, to the bit: the same products summed in key order), so they are computed once;
    /// only the time factors differ. <paramref name="aMonths"/>, <paramref name="bMonths"/>: <see cref="StoryMonths"/>.
    /// </summary>
    internal static double PairScore(StoryFeatures a, StoryFeatures b, int[] aMonths, int[] bMonths, StoryClusteringOptions o)
    {
        double content = ContentOf(a, b.Entities, b.Events, b.Grams, a.Language == b.Language ? b.Stems : null, null, o).Value;
        int? aDay = a.Date?.DayNumber, bDay = b.Date?.DayNumber;
        double countries = CountryFactor(a.Countries, b.Countries, o);
        double ta = TimeFactor(a.Date, a.DateInferred, bDay, bDay, o) * StatedTimeFactor(a.StatedMonths, bMonths, o) * countries;
        double tb = TimeFactor(b.Date, b.DateInferred, aDay, aDay, o) * StatedTimeFactor(b.StatedMonths, aMonths, o) * countries;
        return (Math.Clamp(content * ta, 0, 1) + Math.Clamp(content * tb, 0, 1)) / 2;
    }

    /// <summary>
    /// The factor two sides' country mentions put on their score: <see cref="StoryClusteringOptions.CountryFocusFactor"/> when
    /// each is mostly about a different country (its focus has at least <see cref="StoryClusteringOptions.CountryFocusShare"/>
    /// of its mentions, of at least <see cref="StoryClusteringOptions.CountryMinMentions"/>) that the other hardly names
    /// (below <see cref="StoryClusteringOptions.CountryOtherShare"/> of its mentions) — a Syrian protest and a Libyan battle
    /// reported by one outlet in one week; else 1. Symmetric. Raw counts, not the idf-weighed entity vectors: there a report on
    /// Libya that names France, Britain and Turkey has Libya at about 0.4, which made a focus test noisy (session 41).
    /// </summary>
    public static double CountryFactor(CountryMix a, CountryMix b, StoryClusteringOptions o)
    {
        if (o.CountryFocusFactor >= 1 || a.Focus == b.Focus
            || !a.Focused(o.CountryMinMentions, o.CountryFocusShare) || !b.Focused(o.CountryMinMentions, o.CountryFocusShare)) return 1;
        return b[a.Focus] < o.CountryOtherShare * b.Total && a[b.Focus] < o.CountryOtherShare * a.Total ? o.CountryFocusFactor : 1;
    }

    /// <summary>The stated months a story of one document keeps (<see cref="Story.StatedMonths"/>'s keys).</summary>
    internal static int[] StoryMonths(StoryFeatures b)
    {
        var counts = b.StatedMonths.GroupBy(m => m).Select(g => (Month: g.Key, Count: g.Count())).ToList();
        // As Story.Join prunes: the least stated, then the earliest, go first.
        return counts.OrderBy(x => x.Count).ThenBy(x => x.Month).Skip(Math.Max(0, counts.Count - Story.MaxStatedMonths))
            .Select(x => x.Month).Order().ToArray();
    }

    /// <summary>The score of <paramref name="d"/> against a story's vectors (<paramref name="stems"/>: the story's stems in
    /// d's language, null when it has none), dates and stated months; vectors weighed with <paramref name="weighWith"/> when given.</summary>
    private static StoryScore Combine(StoryFeatures d, SparseVector entities, SparseVector events, SparseVector grams, SparseVector? stems,
        int? firstDay, int? lastDay, IEnumerable<int> months, CountryMix countries, FeatureStats? weighWith, StoryClusteringOptions o)
    {
        var c = ContentOf(d, entities, events, grams, stems, weighWith, o);
        double time = TimeFactor(d.Date, d.DateInferred, firstDay, lastDay, o) * StatedTimeFactor(d.StatedMonths, months, o)
                      * CountryFactor(d.Countries, countries, o);
        return new StoryScore(Math.Clamp(c.Value * time, 0, 1), c.Entity, c.Event, c.Text, time);
    }

    private readonly record struct Content(double Value, double Entity, double Event, double Text);

    /// <summary>Combine's content term (the weighted mean of the entity, text and event terms, times the text agreement).</summary>
    private static Content ContentOf(StoryFeatures d, SparseVector entities, SparseVector events, SparseVector grams, SparseVector? stems,
        FeatureStats? weighWith, StoryClusteringOptions o)
    {
        string? lang = o.TextIdfPerLanguage ? d.Language : null;
        bool sameLanguage = stems is not null;
        double entity = sameLanguage && o.CoarseEntityWeight != 1
            ? CoarseCosine(d.Entities, entities, weighWith, o)
            : !sameLanguage && o.CrossLanguageSharedNamesOnly
                ? CoarseCosine(d.Entities, entities, weighWith, o, coarse: 1, unsharedUnlinked: 0)
                : Cos(d.Entities, entities, null);
        double gramCos = d.Grams.Cosine(grams);
        double text = sameLanguage
            ? o.SameLanguageStemShare * Cos(d.Stems, stems!, lang) + (1 - o.SameLanguageStemShare) * gramCos
            : gramCos;
        bool hasEvents = !d.Events.IsEmpty && !events.IsEmpty;
        double ev = hasEvents ? Cos(d.Events, events, null) : double.NaN;
        double weights = o.EntityWeight + o.TextWeight + (hasEvents ? o.EventWeight : 0);
        double content = (o.EntityWeight * entity + o.TextWeight * text + (hasEvents ? o.EventWeight * ev : 0)) / Math.Max(weights, 1e-9);
        if (sameLanguage) content *= TextAgreement(text, o);
        return new Content(content, entity, ev, text);

        double Cos(SparseVector v, SparseVector c, string? language) =>
            weighWith is not null ? WeighedCosine(v, c, weighWith, o.IdfPrior, language) : v.Cosine(c);
    }

    /// <summary>An upper bound of <see cref="CentroidScore"/> that weighs nothing: a re-weighed cosine is at most
    /// |d restricted to the keys the centroid has| / |d| (Cauchy–Schwarz, whatever the idf), the other terms are exact.
    /// Lets the clusterer re-weigh only the candidates that could still win.
    /// <para>A story whose time factor alone (the content is at most 1) stays below <paramref name="floor"/> gets that
    /// factor as its bound, without comparing a vector: in a stream spanning years, many candidates sharing a country or a
    /// leader are months away.</para></summary>
    public static double CentroidScoreBound(StoryFeatures d, Story s, FeatureStats? stats, StoryClusteringOptions o, double floor = double.NegativeInfinity)
    {
        if (!s.Raw || stats is null) return CentroidScore(d, s, stats, o).Score;
        double time = TimeFactor(d.Date, d.DateInferred, s.FirstDay, s.LastDay, o) * StatedTimeFactor(d.StatedMonths, s.StatedMonths.Keys, o)
                      * CountryFactor(d.Countries, s.Countries, o);
        if (time + 1e-9 < floor) return Math.Clamp(time, 0, 1) + 1e-9;
        bool sameLanguage = s.Stems.TryGetValue(d.Language, out var stems);
        double entity = SharedShare(d.Entities, s.Entities.Vector, sameLanguage ? o.CoarseEntityWeight : 1,
                                    unsharedUnlinked: !sameLanguage && o.CrossLanguageSharedNamesOnly ? 0 : 1);
        double grams = d.Grams.Cosine(s.Grams.Vector);
        double text = sameLanguage
            ? o.SameLanguageStemShare * SharedShare(d.Stems, stems!.Vector) + (1 - o.SameLanguageStemShare) * grams
            : grams;
        bool events = !d.Events.IsEmpty && !s.Events.Vector.IsEmpty;
        double ev = events ? SharedShare(d.Events, s.Events.Vector) : 0;
        double weights = o.EntityWeight + o.TextWeight + (events ? o.EventWeight : 0);
        double content = (o.EntityWeight * entity + o.TextWeight * text + (events ? o.EventWeight * ev : 0)) / Math.Max(weights, 1e-9);
        if (sameLanguage) content *= TextAgreement(text, o); // increasing in text: the bound's text bounds the factor too
        return Math.Clamp(content * time, 0, 1) + 1e-9; // slack for rounding: a bound, never below the exact score
    }

    /// <summary>The norm of <paramref name="d"/>'s entries whose keys <paramref name="other"/> has, over d's norm (at most 1);
    /// coarse entity keys scaled by <paramref name="coarse"/> (1: none), as <see cref="CoarseCosine"/> scales them.</summary>
    private static double SharedShare(SparseVector d, SparseVector other, double coarse = 1, double unsharedUnlinked = 1)
    {
        if (d.IsEmpty || other.IsEmpty) return 0;
        var (ak, aw, bk) = (d.Keys, d.Weights, other.Keys);
        var squares = new SharedSquares(ak, aw, coarse * coarse);
        SparseVector.ForEachShared(ak, bk, ref squares);
        double s = squares.Sum;
        if (coarse == 1 && unsharedUnlinked == 1) return Math.Min(1, Math.Sqrt(s) / d.Norm);
        double n = 0;
        for (int i = 0, j = 0; i < ak.Length; i++)
        {
            while (j < bk.Length && bk[j] < ak[i]) j++;
            bool shared = j < bk.Length && bk[j] == ak[i];
            double f = (FeatureSeeds.IsCoarseKey(ak[i]) ? coarse * coarse : 1) * (!shared && FeatureSeeds.IsUnlinkedKey(ak[i]) ? unsharedUnlinked * unsharedUnlinked : 1);
            n += (double)aw[i] * aw[i] * f;
        }
        return n <= 0 ? 0 : Math.Min(1, Math.Sqrt(s / n));
    }

    private struct SharedSquares(ulong[] keys, float[] weights, double coarse2) : SparseVector.ISharedKeys
    {
        public double Sum;
        public void Shared(int i, int j) => Sum += (double)weights[i] * weights[i] * (FeatureSeeds.IsCoarseKey(keys[i]) ? coarse2 : 1);
    }

    // The products of shared keys' weights, coarse keys scaled by c on both sides (the key is the same on both).
    private struct CoarseProducts(ulong[] keys, float[] a, float[] b, double c) : SparseVector.ISharedKeys
    {
        public double Sum;
        public void Shared(int i, int j)
        {
            double f = FeatureSeeds.IsCoarseKey(keys[i]) ? c : 1;
            Sum += a[i] * f * (b[j] * f);
        }
    }

    /// <summary>Cosine of entity vectors with coarse keys (<see cref="FeatureSeeds.IsCoarseKey"/>) scaled by
    /// <see cref="StoryClusteringOptions.CoarseEntityWeight"/> on both sides; <paramref name="other"/> is raw and weighed
    /// here when <paramref name="stats"/> is given.</summary>
    internal static double CoarseCosine(SparseVector d, SparseVector other, FeatureStats? stats, StoryClusteringOptions o, double? coarse = null, double unsharedUnlinked = 1)
    {
        if (d.IsEmpty || other.IsEmpty) return 0;
        double c = coarse ?? o.CoarseEntityWeight;
        var idf = stats?.Weigher(o.IdfPrior, null, FeatureStats.SaltOf(null));
        var (ak, aw, bk, bw) = (d.Keys, d.Weights, other.Keys, other.Weights);
        if (idf is null && unsharedUnlinked == 1)
        {
            // Unweighed and every key counted: the norms are the vectors' own (cached); only the dot product is merged —
            // the same terms, sums and order as the loops below.
            var shared = new CoarseProducts(ak, aw, bw, c);
            SparseVector.ForEachShared(ak, bk, ref shared);
            double dn2 = d.CoarseNorm2(c), on2 = other.CoarseNorm2(c);
            return dn2 <= 0 || on2 <= 0 ? 0 : Math.Clamp(shared.Sum / Math.Sqrt(dn2 * on2), 0, 1);
        }
        double dot = 0, dn = 0, on = 0;
        // Unlinked names found on one side only count unsharedUnlinked in the norms (across languages: 0, they could not match).
        // One merge of the two key lists: each norm summed in its own key order, the products in key order.
        for (int i = 0, j = 0; i < ak.Length || j < bk.Length; )
        {
            if (j == bk.Length || i < ak.Length && ak[i] < bk[j])
            {
                double wa = aw[i] * (FeatureSeeds.IsCoarseKey(ak[i]) ? c : 1) * (FeatureSeeds.IsUnlinkedKey(ak[i]) ? unsharedUnlinked : 1);
                dn += wa * wa;
                i++;
                continue;
            }
            double wb = bw[j] * (idf is { } f ? f.Idf(bk[j]) : 1) * (FeatureSeeds.IsCoarseKey(bk[j]) ? c : 1);
            if (i < ak.Length && ak[i] == bk[j])
            {
                double ca = FeatureSeeds.IsCoarseKey(ak[i]) ? c : 1, wa = aw[i] * ca;
                dn += wa * wa;
                dot += aw[i] * ca * wb;
                i++;
            }
            else if (FeatureSeeds.IsUnlinkedKey(bk[j])) wb *= unsharedUnlinked;
            on += wb * wb;
            j++;
        }
        return dn <= 0 || on <= 0 ? 0 : Math.Clamp(dot / Math.Sqrt(dn * on), 0, 1);
    }

    /// <summary>
    /// The score against the story's centroid blended with the document's similarity to the story's members:
    /// <c>(1 − MemberShare)·centroid + MemberShare·time·mean(two best member contents)</c>, each member weighed with
    /// <paramref name="stats"/> (today's document frequencies) — the centroid score alone when the story keeps no members.
    /// </summary>
    public static StoryScore Score(StoryFeatures d, Story s, FeatureStats stats, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var c = CentroidScore(d, s, stats, o);
        if (s.Members.Count == 0 || o.MemberShare <= 0) return c;
        double best = 0, second = 0;
        foreach (var m in s.Members)
        {
            double v = MemberContent(d, m, stats, o);
            if (v > best) { second = best; best = v; }
            else if (v > second) second = v;
        }
        double members = s.Members.Count == 1 ? best : (best + second) / 2;
        double score = (1 - o.MemberShare) * c.Score + o.MemberShare * members * c.Time;
        return c with { Score = Math.Clamp(score, 0, 1) };
    }

    /// <summary>The content score (no time) of a document against one member, the member weighed with <paramref name="stats"/>.</summary>
    public static double MemberContent(StoryFeatures d, StoryMember m, FeatureStats stats, StoryClusteringOptions o)
    {
        string? lang = o.TextIdfPerLanguage ? m.Language : null;
        double entity = WeighedCosine(d.Entities, m.Entities, stats, o.IdfPrior, null);
        double grams = WeighedCosine(d.Grams, m.Grams, stats, o.IdfPrior, lang);
        double text = m.Language == d.Language
            ? o.SameLanguageStemShare * WeighedCosine(d.Stems, m.Stems, stats, o.IdfPrior, lang) + (1 - o.SameLanguageStemShare) * grams
            : grams;
        bool events = !d.Events.IsEmpty && !m.Events.IsEmpty;
        double ev = events ? WeighedCosine(d.Events, m.Events, stats, o.IdfPrior, null) : 0;
        double weights = o.EntityWeight + o.TextWeight + (events ? o.EventWeight : 0);
        return (o.EntityWeight * entity + o.TextWeight * text + (events ? o.EventWeight * ev : 0)) / Math.Max(weights, 1e-9);
    }

    /// <summary>Cosine of a weighed vector and a raw one weighed here (raw × idf).</summary>
    internal static double WeighedCosine(SparseVector d, SparseVector raw, FeatureStats stats, double prior, string? language)
    {
        if (d.IsEmpty || raw.IsEmpty) return 0;
        var idf = stats.Weigher(prior, language, FeatureStats.SaltOf(language));
        var (ak, aw, bk, bw) = (d.Keys, d.Weights, raw.Keys, raw.Weights);
        double dot = 0, norm = 0;
        int i = 0;
        for (int j = 0; j < bk.Length; j++)
        {
            double w = bw[j] * idf.Idf(bk[j]);
            norm += w * w;
            while (i < ak.Length && ak[i] < bk[j]) i++;
            if (i < ak.Length && ak[i] == bk[j]) dot += aw[i] * w;
        }
        return norm <= 0 ? 0 : Math.Clamp(dot / (d.Norm * Math.Sqrt(norm)), 0, 1);
    }

    /// <summary>Document against document: the score of <paramref name="a"/> against a story made of <paramref name="b"/> alone
    /// (symmetric up to the language rule, which is symmetric too); <paramref name="stats"/> weighs <paramref name="b"/>'s raw
    /// frequencies as the clusterer weighs a story's (without: <paramref name="b"/>'s own weights).</summary>
    public static StoryScore Score(StoryFeatures a, StoryFeatures b, StoryClusteringOptions? options = null, FeatureStats? stats = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        if (stats is null) o = o with { ReweighCentroids = false };
        return CentroidScore(a, AsStory(b, o), stats, o);
    }

    /// <summary>A story of <paramref name="b"/> alone: what <see cref="Score(StoryFeatures, StoryFeatures, StoryClusteringOptions?, FeatureStats?)"/>
    /// scores against.</summary>
    private static Story AsStory(StoryFeatures b, StoryClusteringOptions o)
    {
        var s = new Story("", 0, b.DocumentId, o);
        s.Join(b, 1, 0);
        return s;
    }

    /// <summary>Within one language, a story's articles share words: below <see cref="StoryClusteringOptions.MinSameLanguageText"/>
    /// the score is scaled down by text / minimum, so that shared actors alone (a country, a head of state named in
    /// passing) do not join two articles of one language that say different things. Across languages the n-grams alone
    /// are weak evidence even for one story (a floor there cost multilingual stories and mixed no fewer).</summary>
    public static double TextAgreement(double text, StoryClusteringOptions o) =>
        o.MinSameLanguageText <= 0 || text >= o.MinSameLanguageText ? 1 : text / o.MinSameLanguageText;

    /// <summary>The event dates the texts state: 1 when either side states none or one of the document's months is within
    /// <see cref="StoryClusteringOptions.StatedGraceMonths"/> of one of the story's; else exp(−(gap − grace) / StatedDecayMonths)
    /// for the smallest gap in months. A background date one side mentions costs nothing as long as the two share one month.</summary>
    public static double StatedTimeFactor(int[] document, IEnumerable<int> story, StoryClusteringOptions o)
    {
        if (document.Length == 0 || o.StatedDecayMonths <= 0) return 1;
        int gap = int.MaxValue;
        foreach (var m in story)
            foreach (var d in document)
                gap = Math.Min(gap, Math.Abs(m - d));
        if (gap == int.MaxValue || gap <= o.StatedGraceMonths) return 1;
        return Math.Exp(-(gap - o.StatedGraceMonths) / o.StatedDecayMonths);
    }

    /// <summary>1 within the grace days of [first, last], then exp(−(gap − grace) / decay); 1 when a date is missing.</summary>
    public static double TimeFactor(DateOnly? date, bool inferred, int? firstDay, int? lastDay, StoryClusteringOptions o)
    {
        if (date is not { } d || firstDay is not { } first || lastDay is not { } last) return 1;
        int day = d.DayNumber;
        return Decay(day < first ? first - day : day > last ? day - last : 0, inferred, o);
    }

    /// <summary>The time factor of a gap of <paramref name="gap"/> days (≥ 0) between a document and a story's dates.</summary>
    public static double Decay(int gap, bool inferred, StoryClusteringOptions o) =>
        gap <= o.GraceDays ? 1 : Math.Exp(-(gap - o.GraceDays) / (inferred ? o.InferredDecayDays : o.DecayDays));

    /// <summary><see cref="Decay"/> of gaps below <paramref name="days"/>, [inferred ? 1 : 0][gap]: the refinement asks
    /// for it millions of times, for a few thousand distinct gaps.</summary>
    internal static double[][] DecayTable(int days, StoryClusteringOptions o) =>
        [.. new[] { false, true }.Select(inferred => Enumerable.Range(0, days).Select(g => Decay(g, inferred, o)).ToArray())];
}
