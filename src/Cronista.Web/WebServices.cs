using System.Collections.Concurrent;
using Cronista.Entities;
using Cronista.Storage;

namespace Cronista.Web;

/// <summary>
/// What every request shares: the options, the read pool, the writer, and a few cached aggregates (whole-database counts
/// that cost a scan on a large store; kept 30 s, dropped when this server ingests).
/// </summary>
public sealed class WebServices : IDisposable
{
    private static readonly TimeSpan CacheLife = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DateTime At, object Value)> _cache = new();
    private readonly ConcurrentDictionary<string, string> _names = new();
    private readonly ConcurrentDictionary<string, string> _leads = new();

    public WebServices(WebOptions options)
    {
        Options = options;
        if (!File.Exists(options.DatabasePath)) throw new FileNotFoundException($"no database at '{options.DatabasePath}'", options.DatabasePath);
        Ingestor = options.ReadOnly ? null : new Ingestor(options.DatabasePath);
        Pool = new StorePool(options.DatabasePath);
    }

    public WebOptions Options { get; }
    public StorePool Pool { get; }
    public Ingestor? Ingestor { get; }

    public StoreStats Stats(SqliteDocumentStore store) => Cached("stats", store.Stats);

    public IReadOnlyList<Place> Places(SqliteDocumentStore store, DateOnly? from, DateOnly? to, int limit) =>
        Cached($"places|{from}|{to}|{limit}", () => store.EventPlaces(from, to, limit).Select(p => new Place(p.Id, p.Name, p.Country, p.Lat, p.Lon, p.Events)).ToList());

    /// <summary>An entity's canonical name (names never change: cached for good).</summary>
    public string EntityName(SqliteDocumentStore store, string id) =>
        _names.Count > 100_000 ? Name(store, id) : _names.GetOrAdd(id, i => Name(store, i));

    private static string Name(SqliteDocumentStore store, string id) => EntityCatalog.Default.Get(id)?.Name ?? store.EntityName(id) ?? id;

    /// <summary>The start of a document's text, for documents without a title (cached: texts never change).</summary>
    public string? Lead(SqliteDocumentStore store, string id) =>
        _leads.Count > 100_000 ? store.Lead(id) : _leads.GetOrAdd(id, i => store.Lead(i) ?? "");

    public void DataChanged() => _cache.Clear();

    private T Cached<T>(string key, Func<T> compute) where T : notnull
    {
        if (_cache.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.At < CacheLife) return (T)hit.Value;
        var value = compute();
        if (_cache.Count > 1000) _cache.Clear();
        _cache[key] = (DateTime.UtcNow, value);
        return value;
    }

    public void Dispose()
    {
        Pool.Dispose();
        Ingestor?.Dispose();
    }
}
