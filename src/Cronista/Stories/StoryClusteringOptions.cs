namespace Cronista.Stories;

/// <summary>
/// Every weight and threshold of story clustering in one place. The defaults were calibrated on the ECB+ development
/// topics and checked on ML-Crisis and the bundled samples (<c>docs/QUALITY.md</c>, "Stories").
/// <para>The score of a document against a story (or another document) is
/// <c>time × (EntityWeight·cos(entities) + EventWeight·cos(events) + TextWeight·text) / (sum of the weights used)</c>,
/// where the event term is used only when both sides have events, and <c>text</c> is, for a language the story already has,
/// <c>SameLanguageStemShare·cos(stems) + (1 − SameLanguageStemShare)·cos(n-grams)</c>, else <c>cos(n-grams)</c>.</para>
/// </summary>
public sealed record StoryClusteringOptions
{
    public static StoryClusteringOptions Default { get; } = new();

    // ---- score ----
    /// <summary>A document joins the best open story when its score reaches this; else it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.16;
    /// <summary>Weight of the cosine of entity vectors (linked ids: the same in every language).</summary>
    public double EntityWeight { get; init; } = 0.35;
    /// <summary>Weight of the cosine of event signatures (type + source + target); used only when both sides have events.</summary>
    public double EventWeight { get; init; } = 0.30;
    /// <summary>Weight of the text term (stems within a language, character n-grams across languages).</summary>
    public double TextWeight { get; init; } = 0.65;
    /// <summary>Within one language, the share of the text term given to stems (the rest to n-grams).</summary>
    public double SameLanguageStemShare { get; init; } = 0.4;

    // ---- time ----
    /// <summary>No penalty for a date within this many days of the story's date range.</summary>
    public double GraceDays { get; init; } = 3;
    /// <summary>Beyond the grace, the score decays as exp(−gap / DecayDays) for given publication dates…</summary>
    public double DecayDays { get; init; } = 10;
    /// <summary>… and as exp(−gap / InferredDecayDays) when the document's date was inferred from its text (less reliable).</summary>
    public double InferredDecayDays { get; init; } = 365;

    /// <summary>A date inferred from the text (no publication date given) is used only from this confidence on: the
    /// inference's year-only guesses (confidence below 0.5) are often years the text merely mentions.</summary>
    public double MinInferredDateConfidence { get; init; } = 0.5;

    // ---- features ----
    /// <summary>Entity salience: multiplier added for an entity named in the title, and in the lead (first sentences).</summary>
    public double TitleBoost { get; init; } = 1.0;
    public double LeadBoost { get; init; } = 0.5;
    /// <summary>Sentences counted as the lead.</summary>
    public int LeadSentences { get; init; } = 3;
    /// <summary>Weight of the country a person, place or organisation belongs to, added as an entity of its own (relative to the entity).</summary>
    public double CountryOfEntityWeight { get; init; } = 0.25;
    /// <summary>N-grams of capitalized words (names) count this many times those of other words: names tell stories apart.</summary>
    public double NameGramBoost { get; init; } = 3;
    /// <summary>Weight of a number (two or more digits, separators dropped) or a date the text states in full, as one n-gram occurrence.</summary>
    public double NumberWeight { get; init; } = 2;
    /// <summary>How many weights each document keeps per feature family (largest first).</summary>
    public int TopEntities { get; init; } = 32;
    public int TopEvents { get; init; } = 16;
    public int TopStems { get; init; } = 80;
    public int TopGrams { get; init; } = 160;
    /// <summary>A story keeps this many centroid weights per family (per language for stems) for scoring.</summary>
    public int CentroidFactor { get; init; } = 2;

    // ---- retrieval and memory ----
    /// <summary>Keys per family a story is indexed under (its heaviest centroid entries) and a document looks up.</summary>
    public int IndexKeys { get; init; } = 10;
    /// <summary>Only the most recently indexed stories of a posting list are considered (very common keys).</summary>
    public int MaxPosting { get; init; } = 400;
    /// <summary>Candidates scored in full per document (those sharing the most index keys).</summary>
    public int MaxCandidates { get; init; } = 48;
    /// <summary>A story no document joined for this many days of stream time is closed.</summary>
    public int IdleDays { get; init; } = 30;
    /// <summary>At most this many open stories; beyond it the least recently joined are closed.</summary>
    public int MaxOpenStories { get; init; } = 10_000;
}
