namespace Cronista.Stories;

/// <summary>
/// Every weight and threshold of story clustering in one place. The defaults were calibrated on the ECB+ development
/// topics and checked on ML-Crisis and the bundled samples (<c>docs/QUALITY.md</c>, "Stories").
/// <para>The score of a document against a story (or another document) is
/// <c>time × (EntityWeight·cos(entities) + EventWeight·cos(events) + TextWeight·text) / (sum of the weights used)</c>,
/// where the event term is used only when both sides have events, and <c>text</c> is, for a language the story already has,
/// <c>SameLanguageStemShare·cos(stems) + (1 − SameLanguageStemShare)·cos(n-grams)</c>, else <c>cos(n-grams)</c>; the
/// story's entity, event and stem centroids are weighed with the statistics of the moment (<see cref="ReweighCentroids"/>);
/// within a language the story has, a text term below <see cref="MinSameLanguageText"/> scales the score down; <c>time</c>
/// also holds the stated-months factor and the country focus factor (<see cref="CountryFocusFactor"/>).</para>
/// </summary>
public sealed record StoryClusteringOptions
{
    public static StoryClusteringOptions Default { get; } = new();
    /// <summary>The defaults without the refinement that ends an ingest (<c>--no-refine</c>, the web host's posts).</summary>
    public static StoryClusteringOptions WithoutRefinement { get; } = new() { RefineWindowDocuments = 0 };

    // ---- score ----
    /// <summary>A document joins the best open story when its score reaches this; else it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.145;
    /// <summary>Weight of the cosine of entity vectors (linked ids: the same in every language).</summary>
    public double EntityWeight { get; init; } = 0.35;
    /// <summary>Weight of the cosine of event signatures (type + source + target); used only when both sides have events.</summary>
    public double EventWeight { get; init; } = 0.60;
    /// <summary>Weight of an event signature with the month the text states for it ("CONSULT|RU|KP|2024-06"), times the
    /// event's own: the same event told twice carries the same date. 2 → 4 on 2026-12-04: the samples' 004→002 join 0.145 →
    /// 0.151 (threshold 0.145); ECB+ and ML-Crisis unchanged (docs/QUALITY.md, "Stories").</summary>
    public double DatedEventWeight { get; init; } = 4;
    /// <summary>Weight of the text term (stems within a language, character n-grams across languages).</summary>
    public double TextWeight { get; init; } = 0.65;
    /// <summary>Within one language, the share of the text term given to stems (the rest to n-grams).</summary>
    public double SameLanguageStemShare { get; init; } = 0.2;

    /// <summary>When the story has articles in the document's language, a text term below this scales the score down
    /// proportionally (<see cref="StorySimilarity.TextAgreement"/>); 0: off. 0.1 → 0.25 on 2026-12-04 (evening), calibrated
    /// on ECB+ dev (F1 0.8649 → 0.8706; 0.8688–0.8743 anywhere in 0.20–0.33, lower from 0.34): within a language, two
    /// events of one kind share actors and some vocabulary but fewer words than two reports of one event, and the join
    /// threshold cannot rise instead — the samples' cross-lingual 004 → {002} (0.151), which the floor leaves alone, sets it
    /// (docs/QUALITY.md, "Stories").</summary>
    public double MinSameLanguageText { get; init; } = 0.25;

    /// <summary>Story centroids sum their documents' raw (sublinear) term frequencies and are weighed with the running
    /// document frequencies when scored, as the document is: what became common since a document joined (the actors every
    /// article of a short stream names) stops counting as shared evidence. Off: centroids keep the weights of the day each
    /// document joined.</summary>
    public bool ReweighCentroids { get; init; } = true;

    /// <summary>A story keeps its last this many documents (members) besides its centroid; 0: centroid only.</summary>
    public int StoryMembers { get; init; } = 0;
    /// <summary>Share of the score given to the document's similarity to the story's members (the mean of its two best, each
    /// member weighed with today's statistics), the rest to the centroid: a specific one member shares is not diluted by the
    /// others, and what became common since a member arrived no longer counts as specific.</summary>
    public double MemberShare { get; init; } = 0.5;
    /// <summary>The members are compared only for this many candidates, those with the best centroid scores.</summary>
    public int MemberCandidates { get; init; } = 3;

    /// <summary>Offline refinement (<see cref="StoryRefinement"/>): a story's documents stay together while the mean
    /// similarity of their groups reaches this. 0.14 → 0.20 on 2026-12-04 with the merge below: the split now cuts a story
    /// into tight cores (alone it costs recall: ECB+ 0.8244) and the merge gives the fragments back to the core they are
    /// most alike (split and merge: ECB+ 0.9388; docs/QUALITY.md, "Stories").</summary>
    public double SplitThreshold { get; init; } = 0.20;
    /// <summary>Offline refinement, after the split (<see cref="StoryRefinement.Merge"/>): a story of at most
    /// <see cref="MergeMaxSize"/> documents joins the story whose documents it is most alike on average when that mean
    /// pairwise score reaches this. Below the join threshold: with the whole stream's statistics, and averaged over every
    /// pair of documents rather than scored against one centroid.</summary>
    public double MergeThreshold { get; init; } = 0.06;
    /// <summary>… and at least this when the two stories have no language in common: across languages only entities and
    /// character n-grams compare, and a shared region and week already give 0.06–0.10. Read on ML-Crisis (2026-12-04):
    /// of 18 cross-language merges sampled between 0.06 and 0.10 about a third joined one story, of 12 between 0.10
    /// and 0.13 about three quarters (docs/QUALITY.md, "Stories"). ECB+ is one language: not measured there.</summary>
    public double MergeCrossLanguageThreshold { get; init; } = 0.10;
    /// <summary>Offline refinement: the smaller of two stories merged has at most this many documents (fragments the one
    /// pass left); two larger stories stay apart. 0: no merging.</summary>
    public int MergeMaxSize { get; init; } = 5;
    /// <summary>An ingest that added documents to stories ends with the refinement (<see cref="StoredStoryRefinement"/>) of
    /// the stories of the last this many documents (every document of those stories; older stories stay as they are, and
    /// do not take part in merges), and refines the same way during the run each time the stream reaches a multiple of
    /// this many clustered documents (<see cref="StoryTracker.InStreamRefinementDue"/>), so a long ingest refines all its
    /// stories: the merge's cost grows faster than the documents, hence windows (a 20,000-article ingest: refinement 9 s
    /// after 31 s; docs/BENCHMARKS.md). <c>cronista refine-stories</c> refines every story at once. 0: no refinement
    /// during or after an ingest.</summary>
    public int RefineWindowDocuments { get; init; } = 20_000;
    /// <summary>… when the documents clustered since the last refinement are at least this share of the window (or of all,
    /// when fewer): a small addition to a large database does not pay for refining again; 0: after every ingest that added one.</summary>
    public double RefineAfterIngestMinNewShare { get; init; } = 0.1;
    /// <summary>A refinement of a window (<see cref="RefineWindowDocuments"/>) takes at most this many windows' worth of
    /// documents (2: 40,000 by default): the window's stories whole, the one whose latest document is the most recent
    /// first, those that would take the total past it left out (they stay as they are this time). A stream in date order
    /// touches few old documents (the cap does not bind on ML-Crisis or the bench's 20,000 articles), but one whose dates
    /// come in any order, or long-running stories, touch old stories everywhere: a 140,000-article bench stream with random
    /// dates had 125,861 documents in the stories of its last 20,000, and the refinement's memory grew with the stream
    /// (docs/BENCHMARKS.md, session 22). 0: no cap.</summary>
    public double RefineMaxWindows { get; init; } = 2;
    /// <summary>Offline refinement: a story of more than this many documents is not split (the split compares every pair of
    /// its documents, in memory quadratic in its size: 64 MB at 2,000); it still takes small stories in the merge.</summary>
    public int SplitMaxSize { get; init; } = 2_000;

    // ---- time ----
    /// <summary>No penalty for a date within this many days of the story's date range.</summary>
    public double GraceDays { get; init; } = 3;
    /// <summary>Beyond the grace, the score decays as exp(−gap / DecayDays) for given publication dates…</summary>
    public double DecayDays { get; init; } = 10;
    /// <summary>… and as exp(−gap / InferredDecayDays) when the document's date was inferred from its text (less reliable).</summary>
    public double InferredDecayDays { get; init; } = 365;

    /// <summary>A date inferred from the text (no publication date given) is used only from this confidence on; the
    /// timex stage keeps none below <see cref="Time.DocumentDateInference.MinConfidence"/> (month or year guesses).</summary>
    public double MinInferredDateConfidence { get; init; } = Time.DocumentDateInference.MinConfidence;

    /// <summary>Event dates the texts state (months): no penalty when the document and the story share a month within this many…</summary>
    public int StatedGraceMonths { get; init; } = 1;
    /// <summary>… else exp(−(gap − grace) / StatedDecayMonths) for the smallest gap; 0: stated dates unused.</summary>
    public double StatedDecayMonths { get; init; } = 0;

    // ---- features ----
    /// <summary>A line (title or text line, 8 characters or more) that at least this many earlier documents had is page
    /// furniture, and the keys found only in such lines are dropped (<see cref="StoryFeatures.DropFurniture"/>); 0: kept.</summary>
    public int FurnitureRepeats { get; init; } = 2;
    /// <summary>… unless such lines hold more than this share of the document's characters (a copy, not furniture).</summary>
    public double MaxFurnitureShare { get; init; } = 0.8;
    /// <summary>Documents assumed, in the idf, to have none of a document's features (see <see cref="FeatureStats.Idf"/>): keeps
    /// what two documents of a short stream share from being cut in favour of what only one has.</summary>
    public double IdfPrior { get; init; } = 0;
    /// <summary>Document frequencies of stems and n-grams are counted per language, against that language's document count
    /// (<see cref="FeatureStats"/>); entity ids and event signatures, the same in every language, over all documents.</summary>
    public bool TextIdfPerLanguage { get; init; } = true;
    /// <summary>Entity salience: multiplier added for an entity named in the title, and in the lead (first sentences).</summary>
    public double TitleBoost { get; init; } = 1.0;
    public double LeadBoost { get; init; } = 0.5;
    /// <summary>Sentences counted as the lead.</summary>
    public int LeadSentences { get; init; } = 3;
    /// <summary>Within a language the story has, a coarse entity (a country, a government, a region, an administrative
    /// division) counts this much in the entity cosine, relative to a specific one (a person, an organisation, a city):
    /// two events of one kind in one country share it, and shared words already say two articles are about one place.
    /// Not across languages, where the shared country is much of what two reports of one story share. 1: off.</summary>
    public double CoarseEntityWeight { get; init; } = 0.25;
    /// <summary>Across languages, names the catalogue does not know (keyed by their spelling) count in the entity cosine only
    /// when both sides have them: an Italian article's unlinked names cannot match a French one's unless spelled alike, and
    /// counting the unmatched ones in the norms made every article with a tagger for its language look less like stories
    /// in other languages.</summary>
    public bool CrossLanguageSharedNamesOnly { get; init; } = true;
    /// <summary>Weight of the country a person, place or organisation belongs to, added as an entity of its own (relative to the entity).</summary>
    public double CountryOfEntityWeight { get; init; } = 0;
    /// <summary>The score of two sides each mostly about a different country the other hardly names is multiplied by this
    /// (<see cref="StorySimilarity.CountryFactor"/>); 1: off.</summary>
    public double CountryFocusFactor { get; init; } = 0.25;
    /// <summary>A side is about a country when it has at least this share of its country mentions…</summary>
    public double CountryFocusShare { get; init; } = 0.35;
    /// <summary>… of at least this many mentions;</summary>
    public int CountryMinMentions { get; init; } = 5;
    /// <summary>… and the other side hardly names it when below this share of its mentions.</summary>
    public double CountryOtherShare { get; init; } = 0.2;
    /// <summary>N-grams of capitalized words (names) count this many times those of other words: names tell stories apart.</summary>
    public double NameGramBoost { get; init; } = 3;
    /// <summary>Weight of a number (two or more digits, separators dropped) or a date the text states (in full, or relative to a given publication date), as one n-gram occurrence.</summary>
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
    /// <summary>A story no document joined for this many days of stream time is closed; 0: never by time (the default). Inputs
    /// need not come in date order — a folder read language by language, an archive added after the news of the week — and a
    /// closed story takes no more documents: with 30 days, ML-Crisis read in path order (es, then fr, then it, each
    /// 2011→2020) had 71 multilingual stories instead of 175 in date order. The date gap already scores a far story down
    /// (<see cref="DecayDays"/>), and <see cref="MaxOpenStories"/> bounds memory.</summary>
    public int IdleDays { get; init; } = 0;
    /// <summary>At most this many open stories; beyond it the least recently joined are closed.</summary>
    public int MaxOpenStories { get; init; } = 10_000;
}
