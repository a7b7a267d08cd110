using Cronista.Model;

namespace Cronista.Storage;

public enum StoreOutcome
{
    /// <summary>A new document.</summary>
    Inserted,
    /// <summary>A new document, marked as a near-duplicate of an earlier copy.</summary>
    NearDuplicate,
    /// <summary>Same normalized text as a stored document: stored once, this input added as another source.</summary>
    ExactDuplicate,
    /// <summary>This input was already ingested: nothing changed (re-runs are idempotent).</summary>
    AlreadyPresent,
}

/// <summary>What <see cref="IDocumentStore.Add"/> did. <c>CopyOf</c>: for a near-duplicate, the other copy it matched — the
/// earliest copy (as <c>DuplicateOf</c>), or the former earliest copy when this one is earlier and took its place.</summary>
public sealed record StoreResult(StoreOutcome Outcome, string DocumentId, string? DuplicateOf, string? Message = null, string? CopyOf = null);

public sealed record SearchRequest
{
    public required string Query { get; init; }
    public string? Language { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Results to skip (paging).</summary>
    public int Offset { get; init; }
    /// <summary>Also return near-duplicate copies (by default only the earliest copy of a story is listed).</summary>
    public bool IncludeDuplicates { get; init; }
    /// <summary>Only documents that mention this entity id; with an empty query, lists them (latest first).</summary>
    public string? EntityId { get; init; }
    /// <summary>Only documents with at least one event of this PLOVER type (case-insensitive); with an empty query and no
    /// entity, lists them (latest first, snippet around the first such event).</summary>
    public string? EventType { get; init; }
}

public sealed record SearchHit(string Id, string? Title, string Language, DateOnly? Published, string Source, double Score, string Snippet, int Copies,
    DateOnly? PublishedInferred = null);

public sealed record StoredDocument(
    string Id, string Source, string? Url, string? Outlet, string? Title, string Text, string Language, double LanguageConfidence,
    DateOnly? Published, int Chars, int Sentences, int Tokens, string? DuplicateOf, IReadOnlyList<string> Sources,
    DateOnly? PublishedInferred = null, double? PublishedInferredConfidence = null, string? AnnotationsJson = null,
    string? Headline = null);

public sealed record StoredEntity(string Id, string Name, string Type, string? Qid, string? Country, double? Lat, double? Lon, int Documents, int Mentions);

public sealed record EntityDocument(string Id, string? Title, string Language, DateOnly? Published, DateOnly? PublishedInferred, int Mentions);

public sealed record StoreStats(
    long Documents, long NearDuplicates, long Sources, IReadOnlyDictionary<string, long> ByLanguage,
    DateOnly? FirstPublished, DateOnly? LastPublished, long UndatedDocuments, int SchemaVersion,
    long Events, IReadOnlyDictionary<string, long> EventsByType, long Stories = 0, long MultilingualStories = 0);

/// <summary>
/// Which stored events to list. Actor, source and target take an entity id; an id <c>country:XX</c> also matches arguments
/// standing for that country (a person or government whose country is XX). From/To keep events whose date interval overlaps
/// [From, To] (events without a date are then left out). Results are ordered by event date, then document, then position.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Source or target.</summary>
    public string? Actor { get; init; }
    public string? Source { get; init; }
    public string? Target { get; init; }
    /// <summary>PLOVER type, case-insensitive.</summary>
    public string? Type { get; init; }
    public Modality? Modality { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Language { get; init; }
    /// <summary>Also events of near-duplicate copies (by default only the earliest copy's events, as search lists them).</summary>
    public bool IncludeDuplicates { get; init; }
    /// <summary>Only the mentions of this event cluster (deduplicated event).</summary>
    public long? Cluster { get; init; }
    /// <summary>Only events of the documents of this story.</summary>
    public string? StoryId { get; init; }
    /// <summary>Only events of this document.</summary>
    public string? DocumentId { get; init; }
    /// <summary>Order by document ingest order, then text order, instead of by event date (a cluster's mentions share a
    /// date; read this way a page of them comes straight off the cluster index).</summary>
    public bool IngestOrder { get; init; }
    public int Limit { get; init; } = 50;
    public int Offset { get; init; }
}

/// <summary>An event argument as stored: entity id (or null), name, and the country it stands for (ISO code) when known.</summary>
public sealed record StoredEventArgument(string? Id, string Name, string? Country);

/// <summary>
/// A stored event with its document and evidence: the sentence it was found in and the trigger, cut from the stored text
/// (<see cref="TriggerStart"/>/<see cref="TriggerEnd"/> are offsets into <see cref="Sentence"/>). Dates are ISO days.
/// </summary>
public sealed record StoredEvent(
    string DocumentId, string? Title, string Language, DateOnly? Published, DateOnly? PublishedInferred,
    string Id, string Type, string? Mode, string Cameo,
    StoredEventArgument? Source, StoredEventArgument? Target, StoredEventArgument? Location,
    string? DateStart, string? DateEnd, string? DateValue, bool DateFromDocument,
    double? Quantity, string? QuantityUnit, Modality Modality, StoredEventArgument? AttributedTo, bool Negated, string? Denies,
    int SentenceIndex, int Start, int End, double Confidence, string Rule,
    string Sentence, int TriggerStart, int TriggerEnd, long? Cluster = null)
{
    public string Trigger => Sentence[TriggerStart..TriggerEnd];
}

/// <summary>A claim made about a deduplicated event by one of its mentions: the modality (asserted, reported, planned,
/// hypothetical, question, denied) and who it was attributed to (null: the article itself).</summary>
public sealed record EventClaim(string Modality, string? By);

/// <summary>
/// Which event clusters (deduplicated events) to list. <c>Actor</c> matches the source or the target: <c>country:XX</c> the
/// participants standing for XX (Putin, gov:RU, country:RU for RU), another id the clusters with a mention naming it. With
/// <c>Actor2</c> too, only clusters between the two, in either direction. From/To keep clusters whose date interval overlaps
/// them (undated ones are then left out). Ordered by event date (undated last), then cluster id.
/// </summary>
public sealed record EventClusterQuery
{
    public string? Actor { get; init; }
    public string? Actor2 { get; init; }
    /// <summary>PLOVER type, case-insensitive.</summary>
    public string? Type { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Also the clusters that gather the mentions of one document only (events without a date or without a source).</summary>
    public bool IncludeDocumentScoped { get; init; } = true;
    /// <summary>Only clusters with a mention in a document of this story.</summary>
    public string? StoryId { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

/// <summary>
/// A deduplicated event: its type, participants (the first mention's names; <c>Country</c> is the ISO country the
/// participant stands for when known), the most precise date its mentions give (ISO days), the earliest publication
/// date of a mention, <c>Mentions</c> (event rows), <c>Sources</c> (independent documents: near-duplicate copies count
/// once), the languages, modalities and claims seen; for a denial the cluster it denies, and for a denied event who denies it.
/// </summary>
public sealed record StoredEventCluster(
    long Id, string Type, string? Mode, StoredEventArgument? Source, StoredEventArgument? Target,
    string? DateStart, string? DateEnd, bool DateFromDocument, DateOnly? FirstReported, int Mentions, int Sources,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Modalities, IReadOnlyList<EventClaim> Claims,
    long? DeniesCluster, IReadOnlyList<string> DeniedBy, bool DocumentScoped);

/// <summary>A stored document as exports list it (no text or annotations).</summary>
public sealed record ExportedDocument(
    string Id, string Source, string? Url, string? Title, string Language, DateOnly? Published, DateOnly? PublishedInferred,
    string? DuplicateOf, string? StoryId);
/// <summary>A story row to write: what the clusterer knows of a story (see <see cref="Stories.Story"/>).</summary>
public sealed record StoryRecord(
    string Id, long Seq, string Title, IReadOnlyDictionary<string, (string DocumentId, string Title)> Titles,
    DateOnly? FirstSeen, DateOnly? LastSeen, IReadOnlyDictionary<string, int> Languages, IReadOnlyList<string> Outlets, int Size, bool Open,
    IReadOnlyList<(string Id, double Weight)> Entities, IReadOnlyList<(string Signature, double Weight)> Events, byte[]? State);

/// <summary>A stored story: its title per language (and the document it comes from), dates, languages (documents per
/// language), outlets, size, whether it is still open, and its heaviest entity ids and event signatures.</summary>
public sealed record StoredStory(
    string Id, string Title, IReadOnlyDictionary<string, (string DocumentId, string Title)> Titles,
    DateOnly? FirstSeen, DateOnly? LastSeen, IReadOnlyDictionary<string, int> Languages, IReadOnlyList<string> Outlets, int Size, bool Open,
    IReadOnlyList<(string Id, double Weight)> Entities, IReadOnlyList<(string Signature, double Weight)> Events);

/// <summary>Which stories to list: overlapping [From, To] (by first/last seen), with a document mentioning an entity, in a
/// language, of at least MinSize documents; latest first (last seen, then size).</summary>
public sealed record StoryQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? EntityId { get; init; }
    public string? Language { get; init; }
    public int MinSize { get; init; } = 1;
    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
}

/// <summary>Documents and mentions of an entity in one month (<c>yyyy-MM</c> of the publication date, given else inferred).</summary>
public sealed record MonthlyMentions(string Month, int Documents, int Mentions);

/// <summary>An entity named in the same documents as another, with the number of documents they share.</summary>
public sealed record CoOccurrence(string Id, string Name, string Type, int Documents);

/// <summary>A place with coordinates and how many stored events happened there.</summary>
public sealed record LocatedPlace(string Id, string Name, string? Country, double Lat, double Lon, int Events);

/// <summary>A document of a story.</summary>
public sealed record StoryDocument(string Id, string? Title, string Language, DateOnly? Published, DateOnly? PublishedInferred, string Source, string? Outlet, string? DuplicateOf);

/// <summary>
/// What the engine needs from storage. Writes happen in batches: <see cref="Add"/> stages into the open batch,
/// <see cref="Commit"/> makes the batch durable atomically. Implementations must make re-adding the same input a no-op.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Work on a document that depends on it alone, done ahead of <see cref="Add"/> on the caller's thread (the
    /// ingest calls it on its analysis workers, in parallel): thread-safe, optional.</summary>
    void Prepare(Document doc) { }
    StoreResult Add(Document doc);
    void Commit();
    /// <summary>Before a bulk ingest: drops the indexes only queries read when building them at the end costs less (a new
    /// or small database); true when it did, and then <see cref="BuildQueryIndexes"/> must follow. Optional.</summary>
    bool DeferQueryIndexes() => false;
    /// <summary>Builds what <see cref="DeferQueryIndexes"/> dropped.</summary>
    void BuildQueryIndexes() { }
    /// <summary>Discards the open batch.</summary>
    void Rollback();
    IReadOnlyList<SearchHit> Search(SearchRequest request);
    /// <summary>A stored document; without <paramref name="annotations"/> its analysis is neither read nor decoded.</summary>
    StoredDocument? Get(string id, bool annotations = true);
    /// <summary>The first <paramref name="chars"/> characters of a document's text (what stands for a missing title), or null.</summary>
    string? Lead(string id, int chars = 120);
    /// <summary>A stored entity with its document and mention counts, or null.</summary>
    StoredEntity? GetEntity(string id);
    /// <summary>The canonical name of a stored entity, or null (no counting: cheap for any entity).</summary>
    string? EntityName(string id);
    /// <summary>Ids of the stored entities whose canonical name is <paramref name="name"/> (case-insensitive).</summary>
    IReadOnlyList<string> EntitiesNamed(string name);
    /// <summary>Stored entities whose canonical name contains <paramref name="text"/> (case-insensitive), most mentioned first.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string text, int limit = 20);
    /// <summary>The documents that mention an entity, latest first.</summary>
    IReadOnlyList<EntityDocument> EntityDocuments(string entityId, int limit = 50, int offset = 0);
    /// <summary>Documents and mentions of an entity per month of publication, in month order (undated documents left out).</summary>
    IReadOnlyList<MonthlyMentions> EntityMentionsByMonth(string entityId);
    /// <summary>The entities most often named with an entity, counted over its latest <paramref name="sampleDocuments"/> documents.</summary>
    IReadOnlyList<CoOccurrence> CoOccurringEntities(string entityId, int sampleDocuments = 500, int limit = 20);
    /// <summary>Places with coordinates where stored events happened (overlapping [from, to] when given), most events first.</summary>
    IReadOnlyList<LocatedPlace> EventPlaces(DateOnly? from = null, DateOnly? to = null, int limit = 500);
    StoreStats Stats();
    /// <summary>Stored events matching a query (see <see cref="EventQuery"/>).</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);
    /// <summary>How many events of each type match a query (its limit and offset ignored), most frequent first.</summary>
    IReadOnlyList<(string Type, long Count)> EventTypeCounts(EventQuery query);
    /// <summary>Stored events matching a query, read as they are enumerated (its limit and offset apply).</summary>
    IEnumerable<StoredEvent> EachEvent(EventQuery query);
    /// <summary>Deduplicated events matching a query (see <see cref="EventClusterQuery"/>).</summary>
    IReadOnlyList<StoredEventCluster> EventClusters(EventClusterQuery query);
    /// <summary>As <see cref="EventClusters"/>, read as they are enumerated.</summary>
    IEnumerable<StoredEventCluster> EachEventCluster(EventClusterQuery query);
    StoredEventCluster? GetEventCluster(long id);
    /// <summary>The mentions of a cluster with their evidence, in ingest order (near-duplicate copies included).</summary>
    IReadOnlyList<StoredEvent> ClusterEvents(long clusterId, int limit = 100);
    /// <summary>Documents (no text), in ingest order; From/To filter on the publication date (given, else inferred).</summary>
    IEnumerable<ExportedDocument> EachDocument(DateOnly? from = null, DateOnly? to = null);
    /// <summary>Every stored entity with its document and mention counts, by id.</summary>
    IEnumerable<StoredEntity> EachEntity();
    /// <summary>Whether the database has a table (e.g. <c>stories</c>, which another release adds).</summary>
    bool HasTable(string name);
    /// <summary>Every row of a table as (column, value) pairs, in rowid order.</summary>
    IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> EachRow(string table);

    // ---- stories (written by the ingest writer in the open batch, like documents) ----
    /// <summary>Sets the story of a stored document, the headline lists show for it (null: its title) and its features for
    /// the stories' refinement (<c>StoryFeatures.SerializeForReweighing</c>), in the open batch.</summary>
    void SetDocumentStory(string documentId, string storyId, string? headline = null, byte[]? features = null);
    /// <summary>Leaves these entities out of the document's entry in the entity index (search by entity, an entity's documents,
    /// co-occurrence, places): story clustering found them only in its page furniture or script lines. Its annotations keep them.</summary>
    void UnindexEntities(string documentId, IReadOnlyList<string> entityIds) { }
    /// <summary>The story of a stored document (the open batch included), or null.</summary>
    string? DocumentStory(string documentId);
    /// <summary>Inserts or replaces a story row, in the open batch.</summary>
    void SaveStory(StoryRecord story);
    /// <summary>Counts one more document (a near-duplicate copy) in a closed story's row: size, dates, language, outlet.</summary>
    void GrowStory(string storyId, string language, string? outlet, DateOnly? date);
    /// <summary>Moves a document to another story (the refinement), in the open batch; its headline stays.</summary>
    void MoveDocumentStory(string documentId, string storyId);
    /// <summary>Deletes a story row (its documents have moved to others), in the open batch.</summary>
    void DeleteStory(string storyId);
    /// <summary>Every document that is in a story — with <paramref name="window"/> &gt; 0, in a story that has one of the
    /// last <paramref name="window"/> such documents, and with <paramref name="maxDocuments"/> &gt; 0 in at most that many
    /// documents of such stories, whole, the most recently joined stories first —, in ingest order: its id, story, the
    /// original it is a near-duplicate of, and its stored features for the refinement (null when stored before schema 11).</summary>
    IReadOnlyList<(string DocumentId, string StoryId, string? DuplicateOf, byte[]? Features)> StoryMembership(int window = 0, int maxDocuments = 0);
    /// <summary>Every story's creation order and whether it is open, by id.</summary>
    Dictionary<string, (long Seq, bool Open)> StoryHeads();
    /// <summary>The persisted state of the open stories (<see cref="StoryRecord.State"/>), in creation order.</summary>
    IReadOnlyList<byte[]> OpenStoryStates();
    byte[]? StoryState(string key);
    void SaveStoryState(string key, ReadOnlySpan<byte> value);
    IReadOnlyList<StoredStory> Stories(StoryQuery query);
    StoredStory? GetStory(string id);
    /// <summary>The documents of a story, by date then ingest order.</summary>
    IReadOnlyList<StoryDocument> StoryDocuments(string storyId, int limit = 1000);
}
