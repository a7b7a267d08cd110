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

public sealed record StoreResult(StoreOutcome Outcome, string DocumentId, string? DuplicateOf, string? Message = null);

public sealed record SearchRequest
{
    public required string Query { get; init; }
    public string? Language { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Also return near-duplicate copies (by default only the earliest copy of a story is listed).</summary>
    public bool IncludeDuplicates { get; init; }
    /// <summary>Only documents that mention this entity id; with an empty query, lists them (latest first).</summary>
    public string? EntityId { get; init; }
}

public sealed record SearchHit(string Id, string? Title, string Language, DateOnly? Published, string Source, double Score, string Snippet, int Copies,
    DateOnly? PublishedInferred = null);

public sealed record StoredDocument(
    string Id, string Source, string? Url, string? Outlet, string? Title, string Text, string Language, double LanguageConfidence,
    DateOnly? Published, int Chars, int Sentences, int Tokens, string? DuplicateOf, IReadOnlyList<string> Sources,
    DateOnly? PublishedInferred = null, double? PublishedInferredConfidence = null, string? AnnotationsJson = null);

public sealed record StoredEntity(string Id, string Name, string Type, string? Qid, string? Country, double? Lat, double? Lon, int Documents, int Mentions);

public sealed record EntityDocument(string Id, string? Title, string Language, DateOnly? Published, DateOnly? PublishedInferred, int Mentions);

public sealed record StoreStats(
    long Documents, long NearDuplicates, long Sources, IReadOnlyDictionary<string, long> ByLanguage,
    DateOnly? FirstPublished, DateOnly? LastPublished, long UndatedDocuments, int SchemaVersion);

/// <summary>
/// What the engine needs from storage. Writes happen in batches: <see cref="Add"/> stages into the open batch,
/// <see cref="Commit"/> makes the batch durable atomically. Implementations must make re-adding the same input a no-op.
/// </summary>
public interface IDocumentStore : IDisposable
{
    StoreResult Add(Document doc);
    void Commit();
    /// <summary>Discards the open batch.</summary>
    void Rollback();
    IReadOnlyList<SearchHit> Search(SearchRequest request);
    StoredDocument? Get(string id);
    /// <summary>A stored entity with its document and mention counts, or null.</summary>
    StoredEntity? GetEntity(string id);
    /// <summary>Stored entities whose canonical name contains <paramref name="text"/> (case-insensitive), most mentioned first.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string text, int limit = 20);
    /// <summary>The documents that mention an entity, latest first.</summary>
    IReadOnlyList<EntityDocument> EntityDocuments(string entityId, int limit = 50);
    StoreStats Stats();
}
