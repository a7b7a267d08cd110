using Cronista.Ingest;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Stories;

namespace Cronista.Web;

/// <summary>The one writer: ingests posted documents into the database, one request at a time (SQLite has one writer).</summary>
public sealed class Ingestor : IDisposable
{
    private readonly SqliteDocumentStore _store;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Ingestor(string path)
    {
        // Opening the writable store also migrates an older database before the readers see it.
        _store = new SqliteDocumentStore(path);
        // The models load while the server starts, not with the first posted document.
        Pipeline.DocumentPipeline.Default.StartPreload();
    }

    public sealed record Outcome(IngestProgress Totals, IReadOnlyList<(Document Doc, StoreResult Result)> Stored, IReadOnlyList<InputDiagnostic> Diagnostics);

    public async Task<Outcome> IngestAsync(IEnumerable<ReadItem> items, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            var stored = new List<(Document, StoreResult)>();
            // A posted batch does not wait for the stories' refinement (it re-reads the whole database); the next CLI
            // ingest, or `cronista refine-stories`, refines them.
            var runner = new IngestRunner(_store, options: new IngestOptions { Stories = StoryClusteringOptions.WithoutRefinement, DeferQueryIndexes = false })
                { OnStored = (d, r, _) => stored.Add((d, r)) };
            var summary = await runner.RunAsync(items, ct);
            return new Outcome(summary.Totals, stored, summary.Diagnostics);
        }
        finally { _lock.Release(); }
    }

    public void Dispose()
    {
        _store.Dispose();
        _lock.Dispose();
    }
}
