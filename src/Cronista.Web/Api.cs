using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cronista.Entities;
using Cronista.Ingest;
using Cronista.Ingest.Readers;
using Cronista.Output;
using Cronista.Storage;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web;

/// <summary>One API endpoint: what <c>/openapi.json</c> describes and what the host maps, from the same entry.</summary>
public sealed record ApiEndpoint(string Method, string Path, string Summary, IReadOnlyList<ApiParam> Params, Type Response,
    Func<ApiContext, Task<object>> Handler, int Status = 200, bool Write = false);

/// <summary>What a handler gets: the request, its validated query, a rented read-only store, the host's options.</summary>
public sealed class ApiContext(HttpContext http, QueryArgs args, StorePool pool, WebServices services) : IDisposable
{
    private StorePool.Lease _lease;
    private bool _rented;
    public HttpContext Http => http;
    public QueryArgs Args => args;
    public WebServices Services => services;
    public SqliteDocumentStore Store
    {
        get
        {
            if (!_rented) (_lease, _rented) = (pool.Rent(), true);
            return _lease.Store;
        }
    }
    public string Route(string name) => Uri.UnescapeDataString(http.Request.RouteValues[name]?.ToString() ?? "");
    public void Dispose()
    {
        if (_rented) _lease.Dispose();
        _rented = false;
    }

    /// <summary>An entity id for an id or name given in a filter; an unknown name is a 400 naming the parameter.</summary>
    public string? Entity(string name)
    {
        if (args.Str(name) is not { } v) return null;
        try { return EntityResolver.Resolve(Store, v); }
        catch (EntityResolutionException ex) { throw ApiException.BadRequest($"{name}: {ex.Message}"); }
    }
}

/// <summary>The JSON HTTP API (<c>/api/…</c>): every endpoint is one entry of <see cref="Endpoints"/>.</summary>
public static class Api
{
    private static readonly ApiParam Limit = new("limit", "integer", "Page size (default 20, at most 200)");
    private static readonly ApiParam Cursor = new("cursor", "string", "The next_cursor of the previous page");
    private static readonly ApiParam From = new("from", "date", "On or after (YYYY-MM-DD)");
    private static readonly ApiParam To = new("to", "date", "On or before (YYYY-MM-DD)");
    private static readonly ApiParam Lang = new("lang", "string", "Language code (it, es, en …)");
    private static readonly ApiParam Id = new("id", "string", "An id (URL-encoded)", Required: true, In: "path");

    public static readonly IReadOnlyList<ApiEndpoint> Endpoints =
    [
        new("GET", "/api/health", "Liveness and what the server holds", [], typeof(Health), Health),
        new("GET", "/api/stats", "What the database holds: documents per language, dates, events per type", [], typeof(Stats), StatsOf),
        new("GET", "/api/documents", "Search documents: ranked full-text (stemmed, accent-insensitive) with filters, or list by entity / event type",
            [new("q", "string", "Words (all must match), \"a phrase\", a OR b, -excluded"), Lang, From, To,
             new("entity", "string", "Only documents mentioning this entity (id or name in any language)"),
             new("event_type", "string", "Only documents with an event of this PLOVER type (CONSULT, AID …)"),
             new("include_duplicates", "boolean", "Also near-duplicate copies"), Limit, Cursor],
            typeof(Paged<DocumentHit>), SearchDocuments),
        new("GET", "/api/documents/{id}", "One document with its text and analysis (the fields of `cronista analyze`)", [Id], typeof(DocumentDetail), GetDocument),
        new("POST", "/api/documents", "Ingest documents (needs the API key): a JSON object or array, or JSON Lines (application/x-ndjson), each with text and optional id, url, title, published, language, source",
            [], typeof(IngestReport), PostDocuments, Write: true),
        new("GET", "/api/entities", "Find entities by name (stored names; most mentioned first)",
            [new("q", "string", "Part of the canonical name", Required: true), Limit, Cursor], typeof(Paged<EntitySummary>), FindEntities),
        new("GET", "/api/entities/{id}", "One entity (by id, or a name in any language) with its aliases per language", [Id], typeof(EntityDetail), GetEntity),
        new("GET", "/api/entities/{id}/mentions", "Documents and mentions of an entity per month", [Id], typeof(IReadOnlyList<MonthlyMentions>), EntityMentions),
        new("GET", "/api/entities/{id}/documents", "Documents mentioning an entity, latest first", [Id, Limit, Cursor], typeof(Paged<EntityDocumentRef>), EntityDocuments),
        new("GET", "/api/entities/{id}/cooccurring", "Entities most often named with this one (over its latest 500 documents)",
            [Id, new("limit", "integer", "How many (default 20, at most 100)")], typeof(IReadOnlyList<CoEntity>), CoOccurring),
        new("GET", "/api/events", "Event mentions by event date, with their evidence sentence",
            [new("actor", "string", "Source or target (id or name; a country also matches its people and government)"),
             new("source", "string", "Source (id or name)"), new("target", "string", "Target (id or name)"),
             new("type", "string", "PLOVER type (CONSULT, AID, REJECT …)"),
             new("modality", "string", "asserted, reported, planned, hypothetical, question or denied"), From, To, Lang,
             new("include_duplicates", "boolean", "Also events of near-duplicate copies"), Limit, Cursor],
            typeof(Paged<EventMention>), Events),
        new("GET", "/api/timeline", "Deduplicated events of an actor, or between two, by event date, with their evidence in every language",
            [new("actor", "string", "Id or name", Required: true), new("actor2", "string", "A second actor: events between the two, either direction"),
             new("type", "string", "PLOVER type"), From, To, new("all", "boolean", "Also events that stay with one document (no date or no source)"),
             new("evidence", "integer", "Evidence sentences per event (default 5, at most 100; mentions counts them all)"), Limit, Cursor],
            typeof(Timeline), TimelineOf),
        new("GET", "/api/stories", "Stories (articles about one real-world event, across languages), latest first",
            [From, To, new("entity", "string", "With a document mentioning this entity"), Lang,
             new("min_size", "integer", "At least this many documents"), Limit, Cursor], typeof(Paged<Story>), Stories),
        new("GET", "/api/stories/{id}", "One story: its articles (up to 500), its timeline (the first 100 deduplicated events, 3 evidence sentences each) and its first 100 event mentions", [Id], typeof(StoryDetail), GetStory),
        new("GET", "/api/places", "Places with coordinates where events happened, most events first",
            [From, To, new("limit", "integer", "How many (default 500, at most 2000)")], typeof(IReadOnlyList<Place>), Places),
    ];

    private static Task<object> Done(object o) => Task.FromResult(o);

    private static Task<object> Health(ApiContext c)
    {
        var s = c.Services.Stats(c.Store);
        return Done(new Health("ok", c.Services.Options.ReadOnly, c.Services.Ingestor is not null && c.Services.Options.ApiKey is not null, s.Documents, s.SchemaVersion));
    }

    private static Task<object> StatsOf(ApiContext c)
    {
        var s = c.Services.Stats(c.Store);
        return Done(new Stats(s.Documents, s.NearDuplicates, s.Sources, s.ByLanguage, s.FirstPublished, s.LastPublished, s.UndatedDocuments,
            s.SchemaVersion, s.Events, s.EventsByType));
    }

    private static Task<object> SearchDocuments(ApiContext c)
    {
        var a = c.Args;
        var (from, to) = a.Dates();
        var (limit, offset) = a.Page();
        var request = new SearchRequest
        {
            Query = a.Str("q") ?? "", Language = a.Language(), From = from, To = to, EntityId = c.Entity("entity"),
            EventType = a.EventType("event_type"), IncludeDuplicates = a.Bool("include_duplicates"), Limit = limit, Offset = offset,
        };
        if (string.IsNullOrWhiteSpace(request.Query) && request.EntityId is null && request.EventType is null)
            throw ApiException.BadRequest("give q, entity or event_type (or several)");
        var hits = c.Store.Search(request).Select(ApiJson.Hit).ToList();
        return Done(new Paged<DocumentHit>(hits, QueryArgs.NextCursor(offset, limit, hits.Count)));
    }

    public static DocumentDetail? Document(SqliteDocumentStore store, string id)
    {
        if (store.Get(id) is not { } d) return null;
        JsonElement? times = null, quantities = null, entities = null, events = null;
        if (d.AnnotationsJson is { } json)
        {
            using var doc = JsonDocument.Parse(json);
            JsonElement? Field(string name) => doc.RootElement.TryGetProperty(name, out var v) ? v.Clone() : null;
            (times, quantities, entities, events) = (Field("times"), Field("quantities"), Field("entities"), Field("events"));
        }
        return new DocumentDetail(d.Id, d.Source, d.Sources, d.Url, d.Outlet, d.Title, d.Headline ?? d.Title, d.Language, d.LanguageConfidence, d.Published, d.PublishedInferred,
            d.PublishedInferredConfidence, d.Chars, d.Sentences, d.Tokens, d.DuplicateOf, store.HasColumn("documents", "story_id") ? store.DocumentStory(d.Id) : null,
            d.Text, times, quantities, entities, events);
    }

    private static Task<object> GetDocument(ApiContext c) =>
        Done(Document(c.Store, c.Route("id")) ?? throw ApiException.NotFound($"no document '{c.Route("id")}'"));

    private static Task<object> FindEntities(ApiContext c)
    {
        var q = c.Args.Required("q");
        var (limit, offset) = c.Args.Page();
        var found = c.Store.FindEntities(q, limit + offset).Skip(offset).Select(ApiJson.Entity).ToList();
        return Done(new Paged<EntitySummary>(found, QueryArgs.NextCursor(offset, limit, found.Count)));
    }

    /// <summary>The entity of a path: an id, else a name resolved as the CLI does; unknown: 404.</summary>
    public static string EntityOfPath(SqliteDocumentStore store, string idOrName)
    {
        if (idOrName.Length is 0 or > 300) throw ApiException.NotFound("no such entity");
        try { return EntityResolver.Resolve(store, idOrName); }
        catch (EntityResolutionException ex) { throw ApiException.NotFound(ex.Message); }
    }

    public static EntityDetail Entity(SqliteDocumentStore store, string id)
    {
        var e = EntityCatalog.Default.Get(id);
        var stored = store.GetEntity(id);
        if (e is null && stored is null) throw ApiException.NotFound($"no entity '{id}'");
        var aliases = CatalogAliases.OfBuiltIn(id).GroupBy(x => x.Lang).OrderBy(g => g.Key == "*" ? "" : g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Text).Distinct().ToList());
        return new EntityDetail(id, e?.Name ?? stored!.Name, e is null ? stored!.Type : AnnotationJson.TypeName(e.Type), e?.Kind.ToString().ToLowerInvariant(),
            e?.Qid ?? stored?.Qid, e?.Country ?? stored?.Country, e?.Lat ?? stored?.Lat, e?.Lon ?? stored?.Lon, e?.Target,
            stored?.Documents ?? 0, stored?.Mentions ?? 0, aliases);
    }

    private static Task<object> GetEntity(ApiContext c) => Done(Entity(c.Store, EntityOfPath(c.Store, c.Route("id"))));

    private static Task<object> EntityMentions(ApiContext c) => Done(c.Store.EntityMentionsByMonth(EntityOfPath(c.Store, c.Route("id"))));

    private static Task<object> EntityDocuments(ApiContext c)
    {
        var id = EntityOfPath(c.Store, c.Route("id"));
        var (limit, offset) = c.Args.Page();
        var docs = c.Store.EntityDocuments(id, limit, offset).Select(d => new EntityDocumentRef(d.Id, d.Title, d.Language, d.Published, d.PublishedInferred, d.Mentions)).ToList();
        return Done(new Paged<EntityDocumentRef>(docs, QueryArgs.NextCursor(offset, limit, docs.Count)));
    }

    private static Task<object> CoOccurring(ApiContext c)
    {
        var id = EntityOfPath(c.Store, c.Route("id"));
        int limit = c.Args.Int("limit", 20, 1, 100);
        return Done(c.Store.CoOccurringEntities(id, 500, limit).Select(x => new CoEntity(x.Id, x.Name, x.Type, x.Documents)).ToList());
    }

    private static Task<object> Events(ApiContext c)
    {
        var a = c.Args;
        var (from, to) = a.Dates();
        var (limit, offset) = a.Page();
        var events = c.Store.Events(new EventQuery
        {
            Actor = c.Entity("actor"), Source = c.Entity("source"), Target = c.Entity("target"), Type = a.EventType("type"), Modality = a.Modality("modality"),
            From = from, To = to, Language = a.Language(), IncludeDuplicates = a.Bool("include_duplicates"), Limit = limit, Offset = offset,
        }).Select(ApiJson.Mention).ToList();
        return Done(new Paged<EventMention>(events, QueryArgs.NextCursor(offset, limit, events.Count)));
    }

    private static Task<object> TimelineOf(ApiContext c)
    {
        var a = c.Args;
        var (from, to) = a.Dates();
        var (limit, offset) = a.Page();
        int evidence = a.Int("evidence", 5, 1, 100);
        var actor = c.Entity("actor") ?? throw ApiException.BadRequest("actor: required");
        var actor2 = c.Entity("actor2");
        var clusters = c.Store.EventClusters(new EventClusterQuery
        {
            Actor = actor, Actor2 = actor2, Type = a.EventType("type"), From = from, To = to, IncludeDocumentScoped = a.Bool("all"), Limit = limit, Offset = offset,
        });
        var mentions = c.Store.ClusterEvents(clusters.Select(x => x.Id).ToList(), Math.Min(3 * evidence, 100));
        var items = clusters.Select(x => ApiJson.TimelineEvent(x, ApiJson.EvidenceSample(mentions[x.Id], evidence))).ToList();
        EntityRef Ref(string id) => new(id, c.Services.EntityName(c.Store, id));
        return Done(new Timeline(Ref(actor), actor2 is null ? null : Ref(actor2), items, QueryArgs.NextCursor(offset, limit, items.Count)));
    }

    private static Task<object> Stories(ApiContext c)
    {
        var a = c.Args;
        var (from, to) = a.Dates();
        var (limit, offset) = a.Page();
        var stories = c.Store.Stories(new StoryQuery
        {
            From = from, To = to, EntityId = c.Entity("entity"), Language = a.Language(), MinSize = a.Int("min_size", 1, 1, 1_000_000), Limit = limit, Offset = offset,
        }).Select(s => ApiJson.Story(s, id => c.Services.EntityName(c.Store, id))).ToList();
        return Done(new Paged<Story>(stories, QueryArgs.NextCursor(offset, limit, stories.Count)));
    }

    public static StoryDetail StoryOf(SqliteDocumentStore store, WebServices services, string id)
    {
        var s = store.GetStory(id) ?? throw ApiException.NotFound($"no story '{id}'");
        var docs = store.StoryDocuments(s.Id, 500).Select(d => new StoryArticle(d.Id, d.Title, d.Language, d.Published, d.PublishedInferred, d.Source, d.Outlet, d.DuplicateOf)).ToList();
        // Bounded for big stories (a thousand articles): the first 100 events by date, with 3 evidence sentences each, and
        // the first 100 event mentions; the story's own events and timeline pages are /api/events and /api/timeline.
        var clusters = store.EventClusters(new EventClusterQuery { StoryId = s.Id, IncludeDocumentScoped = false, Limit = 100 });
        var mentions = store.ClusterEvents(clusters.Select(x => x.Id).ToList(), 9);
        var timeline = clusters.Select(x => ApiJson.TimelineEvent(x, ApiJson.EvidenceSample(mentions[x.Id], 3))).ToList();
        var events = store.Events(new EventQuery { StoryId = s.Id, Limit = 100 }).Select(ApiJson.Mention).ToList();
        return new StoryDetail(ApiJson.Story(s, e => services.EntityName(store, e)), docs, timeline, events);
    }

    private static Task<object> GetStory(ApiContext c) => Done(StoryOf(c.Store, c.Services, c.Route("id")));

    private static Task<object> Places(ApiContext c)
    {
        var (from, to) = c.Args.Dates();
        int limit = c.Args.Int("limit", 500, 1, 2000);
        return Done(c.Services.Places(c.Store, from, to, limit));
    }

    // ---- writes ----

    private static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines", "text/plain"];

    private static async Task<object> PostDocuments(ApiContext c)
    {
        var services = c.Services;
        if (services.Options.ReadOnly || services.Ingestor is null) throw new ApiException(403, "the server is read-only (started with --read-only)");
        if (services.Options.ApiKey is not { } key) throw new ApiException(403, "writes are disabled: start 'cronista serve' with --api-key or CRONISTA_API_KEY");
        if (!KeyMatches(c.Http.Request, key))
        {
            c.Http.Response.Headers.WWWAuthenticate = "Bearer";
            throw new ApiException(401, "a valid API key is needed (header X-Api-Key or Authorization: Bearer)");
        }
        var mediaType = (c.Http.Request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        bool json = mediaType == "application/json";
        if (!json && !JsonLinesTypes.Contains(mediaType))
            throw new ApiException(415, "send application/json (an object or an array of objects) or application/x-ndjson (one object per line)");
        var body = await ReadBody(c.Http, services.Options.MaxBodyBytes);
        string lines = json ? JsonToLines(body) : Encoding.UTF8.GetString(body);
        var items = new JsonLinesReader().ReadLines(new StringReader(lines), "api", new ReadOptions());
        var outcome = await services.Ingestor.IngestAsync(items, c.Http.RequestAborted);
        services.DataChanged();
        var t = outcome.Totals;
        var docs = outcome.Stored.Select(x => new IngestedDocument(x.Result.DocumentId, x.Doc.Raw.Source, x.Doc.Raw.Title, x.Doc.Language, x.Doc.Published,
            DocumentJson.StoredName(x.Result.Outcome), x.Result.DuplicateOf)).ToList();
        var diagnostics = outcome.Diagnostics.Select(d => new IngestDiagnostic(d.Severity.ToString().ToLowerInvariant(), d.Line, d.Message)).ToList();
        if (t.Read == 0 && diagnostics.Count == 0) throw ApiException.BadRequest("no documents in the body");
        return new IngestReport(t.Read, t.Inserted, t.NearDuplicates, t.ExactDuplicates, t.AlreadyPresent, t.Errors, docs, diagnostics);
    }

    private static bool KeyMatches(HttpRequest request, string key)
    {
        string given = request.Headers["X-Api-Key"].ToString();
        var auth = request.Headers.Authorization.ToString();
        if (given.Length == 0 && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) given = auth[7..].Trim();
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static async Task<byte[]> ReadBody(HttpContext http, long max)
    {
        if (http.Request.ContentLength > max) throw new ApiException(413, $"the body is over the {max:N0}-byte limit");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + n > max) throw new ApiException(413, $"the body is over the {max:N0}-byte limit");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>A JSON object or array of objects as JSON Lines, so that both go through the JSONL reader's checks.</summary>
    private static string JsonToLines(byte[] body)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException ex) { throw ApiException.BadRequest($"the body is not JSON: {ex.Message.Split(" LineNumber:")[0]}"); }
        using (doc)
        {
            var root = doc.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                _ => throw ApiException.BadRequest("the body must be a JSON object or an array of objects"),
            };
            var sb = new StringBuilder();
            foreach (var e in elements) sb.Append(e.GetRawText().Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
            return sb.ToString();
        }
    }
}
