using System.Collections.Concurrent;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Stories;

namespace Cronista.Ingest;

/// <summary>
/// Story clustering on a thread of its own beside the ingest's writer, which a news-length ingest keeps busy (SQLite, then
/// clustering, ~a quarter of its time). The writer hands over each stored document in input order (<see cref="Hand"/>,
/// with the story of its copy read from the store) and goes on storing; the documents' assignments come back in the same
/// order and the writer records them (<see cref="ApplyReady"/>: the store writes, then the caller's callback). Before a
/// commit or a refinement the writer waits for all of them (<see cref="Drain"/>), so a batch commits with the stories of
/// all its documents: the database is the one that assigning each document in the writer gives
/// (<see cref="StoryTracker.Assign"/>).
/// </summary>
internal sealed class StoryPipe : IDisposable
{
    private sealed record Item(Document Doc, StoreResult Result, DocumentSignals? Signals, string? CopyStory);
    private sealed record Done(Document Doc, StoreResult Result, StoryTracker.Writes? Writes);

    private readonly BlockingCollection<Item> _in = new();
    private readonly ConcurrentQueue<Done> _out = new();
    private readonly SemaphoreSlim _processed = new(0);
    private readonly Thread _thread;
    private readonly Action<Document, StoreResult, StoryTracker.Writes?> _applied;
    private volatile StoryTracker _tracker;
    private volatile Exception? _failure;
    private long _handed, _waited;

    /// <param name="applied">Called on the writer for each document once its assignment is recorded, in input order.</param>
    public StoryPipe(StoryTracker tracker, Action<Document, StoreResult, StoryTracker.Writes?> applied)
    {
        _tracker = tracker;
        _applied = applied;
        Position = tracker.Clusterer.Position;
        _thread = new Thread(Run) { IsBackground = true, Name = "cronista-stories" };
        _thread.Start();
    }

    /// <summary>The tracker; replaced only when drained (after a refinement, with one opened again).</summary>
    public StoryTracker Tracker
    {
        get => _tracker;
        set { _tracker = value; Position = value.Clusterer.Position; }
    }

    /// <summary>The stream position once every handed document is clustered.</summary>
    public long Position { get; private set; }

    /// <summary>Hands over a stored document (the writer, in input order); true when it will be clustered.</summary>
    public bool Hand(Document doc, StoreResult result, DocumentSignals? signals)
    {
        bool clustered = StoryTracker.IsClustered(result);
        _in.Add(new Item(doc, result, signals, _tracker.CopyStory(result)));
        _handed++;
        if (clustered) Position++;
        return clustered;
    }

    private void Run()
    {
        foreach (var item in _in.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                    _out.Enqueue(new Done(item.Doc, item.Result, _tracker.Assign(item.Doc, item.Result, item.Signals, item.CopyStory)));
            }
            catch (Exception ex) { _failure = ex; }
            _processed.Release();
        }
    }

    /// <summary>Records the assignments made so far (the writer; does not wait).</summary>
    public void ApplyReady()
    {
        while (_out.TryDequeue(out var d))
        {
            if (d.Writes is { } w) _tracker.Apply(w);
            _applied(d.Doc, d.Result, d.Writes);
        }
        if (_failure is { } f) throw new InvalidOperationException($"story clustering failed: {f.Message}", f);
    }

    /// <summary>Waits until every handed document is assigned and records them all (before a commit or a refinement).</summary>
    public void Drain()
    {
        for (; _waited < _handed; _waited++) _processed.Wait();
        ApplyReady();
    }

    public void Dispose()
    {
        _in.CompleteAdding();
        _thread.Join();
        _in.Dispose();
        _processed.Dispose();
    }
}
