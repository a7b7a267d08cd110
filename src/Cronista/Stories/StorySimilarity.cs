namespace Cronista.Stories;

/// <summary>A score and its parts (each in [0, 1]); <c>Event</c> is NaN when one side has no events (not used).</summary>
public readonly record struct StoryScore(double Score, double Entity, double Event, double Text, double Time);

/// <summary>
/// How well a document fits a story (or another document), in [0, 1]: a weighted mean of the cosine of entity vectors,
/// the cosine of event signatures (only when both sides have events: extraction misses many), and a text term (stems when
/// the story has documents in the document's language, blended with character n-grams; n-grams alone across languages),
/// times a time factor: 1 within <see cref="StoryClusteringOptions.GraceDays"/> of the story's date range, then an
/// exponential decay; neutral (1) when either side has no date. Weights: <see cref="StoryClusteringOptions"/>.
/// </summary>
public static class StorySimilarity
{
    public static StoryScore Score(StoryFeatures d, Story s, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        double entity = d.Entities.Cosine(s.Entities.Vector);
        double grams = d.Grams.Cosine(s.Grams.Vector);
        double text = s.Stems.TryGetValue(d.Language, out var stems)
            ? o.SameLanguageStemShare * d.Stems.Cosine(stems.Vector) + (1 - o.SameLanguageStemShare) * grams
            : grams;
        bool events = !d.Events.IsEmpty && !s.Events.Vector.IsEmpty;
        double ev = events ? d.Events.Cosine(s.Events.Vector) : double.NaN;
        double weights = o.EntityWeight + o.TextWeight + (events ? o.EventWeight : 0);
        double content = (o.EntityWeight * entity + o.TextWeight * text + (events ? o.EventWeight * ev : 0)) / Math.Max(weights, 1e-9);
        double time = TimeFactor(d.Date, d.DateInferred, s.FirstDay, s.LastDay, o);
        return new StoryScore(Math.Clamp(content * time, 0, 1), entity, ev, text, time);
    }

    /// <summary>Document against document: the score of <paramref name="a"/> against a story made of <paramref name="b"/> alone
    /// (symmetric up to the language rule, which is symmetric too).</summary>
    public static StoryScore Score(StoryFeatures a, StoryFeatures b, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var s = new Story("", 0, b.DocumentId, o);
        s.Join(b, 1, 0);
        return Score(a, s, o);
    }

    /// <summary>1 within the grace days of [first, last], then exp(−(gap − grace) / decay); 1 when a date is missing.</summary>
    public static double TimeFactor(DateOnly? date, bool inferred, int? firstDay, int? lastDay, StoryClusteringOptions o)
    {
        if (date is not { } d || firstDay is not { } first || lastDay is not { } last) return 1;
        int day = d.DayNumber;
        int gap = day < first ? first - day : day > last ? day - last : 0;
        if (gap <= o.GraceDays) return 1;
        return Math.Exp(-(gap - o.GraceDays) / (inferred ? o.InferredDecayDays : o.DecayDays));
    }
}
