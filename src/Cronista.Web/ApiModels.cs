using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Web;

// What the API returns. Property names become snake_case (ApiJson.Options), as in `cronista analyze` and the CLI's --json.

public sealed record Paged<T>(IReadOnlyList<T> Items, string? NextCursor);
public sealed record Health(string Status, bool ReadOnly, bool Writes, long Documents, int SchemaVersion);
public sealed record Stats(long Documents, long NearDuplicates, long Sources, IReadOnlyDictionary<string, long> ByLanguage,
    DateOnly? FirstPublished, DateOnly? LastPublished, long Undated, int SchemaVersion, long Events, IReadOnlyDictionary<string, long> EventsByType);
public sealed record DocumentHit(string Id, string? Title, string Lang, DateOnly? Published, DateOnly? PublishedInferred, string Source,
    double Score, int Copies, string Snippet);
/// <summary>A document with its text and analysis: the fields of <c>analyze</c> (times, quantities, entities, events as stored).</summary>
/// <summary>A stored document; <c>Headline</c> is what lists show for it (its title, else the first line that is not page
/// furniture), <c>Title</c> the title its source gave.</summary>
public sealed record DocumentDetail(string Id, string Source, IReadOnlyList<string> Sources, string? Url, string? Outlet, string? Title, string? Headline, string Lang,
    double LangConfidence, DateOnly? Published, DateOnly? PublishedInferred, double? PublishedInferredConfidence, int Chars, int Sentences, int Tokens,
    string? DuplicateOf, string? StoryId, string Text, JsonElement? Times, JsonElement? Quantities, JsonElement? Entities, JsonElement? Events);
public sealed record EntitySummary(string Id, string Name, string Type, string? Qid, string? Country, double? Lat, double? Lon, int Documents, int Mentions);
/// <summary>An entity with its aliases per language (<c>*</c>: any language) from the catalogue.</summary>
public sealed record EntityDetail(string Id, string Name, string Type, string? Kind, string? Qid, string? Country, double? Lat, double? Lon,
    string? StandsFor, int Documents, int Mentions, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases);
public sealed record EntityDocumentRef(string Id, string? Title, string Lang, DateOnly? Published, DateOnly? PublishedInferred, int Mentions);
public sealed record EntityRef(string Id, string Name);
public sealed record CoEntity(string Id, string Name, string Type, int Documents);
public sealed record EventArg(string? Id, string Name, string? Country);
public sealed record EventDate(string Start, string? End, string? Value, bool FromDocumentDate);
/// <summary>An event mention, as <c>cronista events --json</c> prints it; <c>trigger_start</c>/<c>trigger_end</c> are offsets into <c>evidence</c>.</summary>
public sealed record EventMention(string DocId, string? Title, string Lang, DateOnly? Published, DateOnly? PublishedInferred, string Id, string Type,
    string? Mode, string Cameo, EventArg? Source, EventArg? Target, EventArg? Location, EventDate? Date, double? Quantity, string? QuantityUnit,
    string Modality, EventArg? AttributedTo, bool Negated, string? Denies, int Sentence, int Start, int End, string Trigger, string Evidence,
    int TriggerStart, int TriggerEnd, double Confidence, string Rule, long? EventCluster);
public sealed record ClusterDate(string Start, string? End, bool FromDocumentDate);
public sealed record Claim(string Modality, string? By);
public sealed record Evidence(string DocId, string? Title, string Lang, DateOnly? Published, string Id, string Type, string? Mode, string Modality,
    string? AttributedTo, bool Negated, string Trigger, string Sentence, int TriggerStart, int TriggerEnd);
/// <summary>A deduplicated event, as <c>cronista timeline --format json</c> prints it (<c>modality</c>: the claim that styles it).</summary>
public sealed record TimelineEvent(long EventCluster, string Type, string? Mode, EventArg? Source, EventArg? Target, ClusterDate? Date,
    DateOnly? FirstReported, int Mentions, int Sources, IReadOnlyList<string> Languages, IReadOnlyList<string> Modalities, IReadOnlyList<Claim> Claims,
    string Summary, string Modality, long? DeniesCluster, IReadOnlyList<string> DeniedBy, bool DocumentScoped, IReadOnlyList<Evidence> Evidence);
public sealed record Timeline(EntityRef Actor, EntityRef? Actor2, IReadOnlyList<TimelineEvent> Items, string? NextCursor);
public sealed record StoryTitle(string DocId, string Title);
public sealed record Weighted(string Id, string Name, double Weight);
public sealed record Story(string Id, string Title, int Size, IReadOnlyDictionary<string, int> Languages, DateOnly? FirstSeen, DateOnly? LastSeen,
    bool Open, IReadOnlyDictionary<string, StoryTitle> Titles, IReadOnlyList<string> Outlets, IReadOnlyList<Weighted> Entities, IReadOnlyList<EventSignature> Events);
public sealed record EventSignature(string Signature, double Weight);
public sealed record StoryArticle(string Id, string? Title, string Lang, DateOnly? Published, DateOnly? PublishedInferred, string Source, string? Outlet, string? DuplicateOf);
public sealed record StoryDetail(Story Story, IReadOnlyList<StoryArticle> Documents, IReadOnlyList<TimelineEvent> Timeline, IReadOnlyList<EventMention> Events);
public sealed record Place(string Id, string Name, string? Country, double Lat, double Lon, int Events);
public sealed record IngestedDocument(string Id, string Source, string? Title, string Lang, DateOnly? Published, string Stored, string? DuplicateOf);
public sealed record IngestDiagnostic(string Severity, int? Line, string Message);
public sealed record IngestReport(long Read, long Inserted, long NearDuplicates, long ExactDuplicates, long AlreadyPresent, long Errors,
    IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<IngestDiagnostic> Diagnostics);

public static class ApiJson
{
    /// <summary>snake_case names; non-ASCII kept readable, but &lt; &gt; &amp; ' still escaped so JSON is never HTML.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static EventArg? Arg(StoredEventArgument? a) => a is null ? null : new EventArg(a.Id, a.Name, a.Country);

    public static EventMention Mention(StoredEvent e) => new(
        e.DocumentId, e.Title, e.Language, e.Published, e.PublishedInferred, e.Id, e.Type, e.Mode, e.Cameo, Arg(e.Source), Arg(e.Target), Arg(e.Location),
        e.DateStart is null ? null : new EventDate(e.DateStart, e.DateEnd, e.DateValue, e.DateFromDocument), e.Quantity, e.QuantityUnit,
        AnnotationJson.ModalityName(e.Modality), Arg(e.AttributedTo), e.Negated, e.Denies, e.SentenceIndex, e.Start, e.End, e.Trigger, e.Sentence,
        e.TriggerStart, e.TriggerEnd, e.Confidence, e.Rule, e.Cluster);

    public static TimelineEvent TimelineEvent(StoredEventCluster c, IReadOnlyList<StoredEvent> mentions) => new(
        c.Id, c.Type, c.Mode, Arg(c.Source), Arg(c.Target), c.DateStart is null ? null : new ClusterDate(c.DateStart, c.DateEnd, c.DateFromDocument),
        c.FirstReported, c.Mentions, c.Sources, c.Languages, c.Modalities, c.Claims.Select(x => new Claim(x.Modality, x.By)).ToList(),
        EventClusterText.ClaimSummary(c), EventClusterText.MainModality(c), c.DeniesCluster, c.DeniedBy, c.DocumentScoped,
        mentions.Select(e => new Evidence(e.DocumentId, e.Title, e.Language, e.Published ?? e.PublishedInferred, e.Id, e.Type, e.Mode,
            AnnotationJson.ModalityName(e.Modality), e.AttributedTo?.Name, e.Negated, e.Trigger, e.Sentence, e.TriggerStart, e.TriggerEnd)).ToList());

    /// <summary>Up to <paramref name="max"/> evidence sentences, every language first: the first mention in each
    /// language, then the others in ingest order.</summary>
    public static IReadOnlyList<StoredEvent> EvidenceSample(IReadOnlyList<StoredEvent> all, int max)
    {
        var mentions = all.ToList();
        var picked = mentions.GroupBy(e => e.Language).Select(g => g.First()).Take(max).ToList();
        foreach (var e in mentions)
        {
            if (picked.Count >= max) break;
            if (!picked.Contains(e)) picked.Add(e);
        }
        return picked.OrderBy(e => mentions.IndexOf(e)).ToList();
    }

    public static EntitySummary Entity(StoredEntity e) => new(e.Id, e.Name, e.Type, e.Qid, e.Country, e.Lat, e.Lon, e.Documents, e.Mentions);

    public static DocumentHit Hit(SearchHit h) => new(h.Id, h.Title, h.Language, h.Published, h.PublishedInferred, h.Source, h.Score, h.Copies, h.Snippet);

    public static Story Story(StoredStory s, Func<string, string> entityName) => new(
        s.Id, s.Title, s.Size, s.Languages, s.FirstSeen, s.LastSeen, s.Open,
        s.Titles.ToDictionary(kv => kv.Key, kv => new StoryTitle(kv.Value.DocumentId, kv.Value.Title)), s.Outlets,
        s.Entities.Select(e => new Weighted(e.Id, entityName(e.Id), e.Weight)).ToList(),
        s.Events.Select(e => new EventSignature(e.Signature, e.Weight)).ToList());
}
