using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;

namespace Cronista.Stories;

/// <summary>
/// Story clustering wired to a store, for the single ingest writer: loads the open stories and the running statistics
/// when a run starts (so a second run continues the same stories), assigns each new or near-duplicate document after it is
/// stored (<see cref="Assign"/>, in input order, possibly on a thread beside the writer: <see cref="Ingest.StoryPipe"/>;
/// its <c>story_id</c> is written by the writer in the same batch: <see cref="Apply"/>), and, before every commit, writes
/// the stories that changed — and the statistics — in that batch's transaction. A kill loses only the open batch, as for documents: the
/// re-run reloads the state of the last commit and redoes the rest, which gives the same stories as one uninterrupted run.
/// </summary>
public sealed class StoryTracker
{
    internal const string StatsKey = "df", ClustererKey = "clusterer";
    private readonly IDocumentStore _store;
    private readonly Dictionary<string, Story> _dirty = new(StringComparer.Ordinal);
    private bool _stateDirty;
    private readonly MemoryStream _statsBuffer = new(); // the statistics' bytes at each flush (FeatureStats.WriteTo)

    // The stream position of the last refinement (committed, or failed in this run: not retried before the next mark).
    private long _refinedAt;

    // Story of each document assigned since the last flush (their rows may not be written yet), and the story of the
    // current document's copy as the writer read it: what the clusterer asks about a near-duplicate's copy.
    private readonly Dictionary<string, string> _assignedInBatch = new(StringComparer.Ordinal);
    // The title of each story an applied assignment changed since the last flush (its row is written at the flush).
    private readonly Dictionary<string, string> _unflushedTitles = new(StringComparer.Ordinal);
    private (string DocumentId, string? StoryId) _copy;

    private StoryTracker(IDocumentStore store, OnlineClusterer clusterer)
    {
        _store = store;
        Clusterer = clusterer;
        clusterer.StoryOfDocument = id => _assignedInBatch.TryGetValue(id, out var s) ? s : id == _copy.DocumentId ? _copy.StoryId : store.DocumentStory(id);
        _refinedAt = StoredStoryRefinement.RefinedAt(store);
    }

    public OnlineClusterer Clusterer { get; }
    public StoryClusteringOptions Options => Clusterer.Options;

    /// <summary>A tracker continuing the stories persisted in <paramref name="store"/> (none on a new database).</summary>
    public static StoryTracker Open(IDocumentStore store, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var stats = store.StoryState(StatsKey) is { } bytes ? FeatureStats.Deserialize(bytes) : new FeatureStats();
        var clusterer = new OnlineClusterer(o, stats);
        if (store.StoryState(ClustererKey) is { } state) clusterer.RestoreState(state);
        clusterer.Restore(store.OpenStoryStates().Select(b => Story.Deserialize(b, o)));
        return new StoryTracker(store, clusterer);
    }

    /// <summary>Assigns a document the store just added (new or near-duplicate; others are already in a story) and writes
    /// what that changed: <see cref="Assign"/> then <see cref="Apply"/>.</summary>
    public StoryAssignment? OnStored(Document doc, StoreResult result, DocumentSignals? signals = null) =>
        Assign(doc, result, signals, CopyStory(result)) is { } w ? Apply(w) : null;

    /// <summary>The story of the document a stored one is a near-duplicate of, as the store has it now (read by the writer:
    /// <see cref="Assign"/> may run on another thread).</summary>
    public string? CopyStory(StoreResult result) =>
        IsClustered(result) && (result.DuplicateOf ?? result.CopyOf) is { } copy ? _store.DocumentStory(copy) : null;

    /// <summary>Whether <see cref="Assign"/> clusters the document (and the stream position moves on).</summary>
    public static bool IsClustered(StoreResult result) => result.Outcome is StoreOutcome.Inserted or StoreOutcome.NearDuplicate;

    /// <summary>What assigning one document writes: its story, the row of the closed story it joined (Grow), the stories
    /// that closed; and the story's title when the document joined (null: a closed story, its title is in its row).</summary>
    public sealed record Writes(StoryAssignment Assignment, string DocumentId, string StoryId, string? Headline, byte[]? Features,
        (string Language, string? Outlet, DateOnly? Date)? Grow, StoryRecord[] Closed, string? StoryTitle, string[]? Unindexed = null);

    /// <summary>
    /// Assigns a stored document to a story in memory (documents in input order, on one thread at a time, not necessarily
    /// the writer's) and returns what the store must record, for <see cref="Apply"/> on the writer before the next
    /// <see cref="Flush"/>. <paramref name="copyStory"/>: <see cref="CopyStory"/>, read by the writer when it stored the
    /// document; a copy assigned since the last flush is answered from memory (its row may not be written yet).
    /// </summary>
    public Writes? Assign(Document doc, StoreResult result, DocumentSignals? signals, string? copyStory)
    {
        if (!IsClustered(result)) return null;
        signals ??= StoryFeatures.Extract(doc, Options);
        // A near-duplicate goes to its copy's story (also when it is the earlier copy and took the other's place).
        var copy = result.DuplicateOf ?? result.CopyOf;
        _copy = (copy ?? "", copyStory);
        var f = StoryFeatures.Weigh(signals, Clusterer.Stats, Options);
        var a = Clusterer.Add(f, copy);
        _assignedInBatch[result.DocumentId] = a.StoryId;
        if (a.Story is { } s) _dirty[s.Id] = s;
        // Closed stories are written at once (a closed story never changes in memory again): a later near-duplicate of
        // one of its documents then finds its row, whatever the batch boundaries.
        var closed = new List<StoryRecord>();
        foreach (var c in Clusterer.DrainClosed())
        {
            _dirty.Remove(c.Id);
            closed.Add(ToRecord(c));
            c.Dirty = false;
        }
        _stateDirty = true;
        // Weighing chose the title the story shows for the document (not page furniture): lists show it too.
        // The document as weighed now is stored for the refinement, which weighs it again with later statistics.
        return new Writes(a, result.DocumentId, a.StoryId, f.Title == doc.Title ? null : f.Title, StoryFeatures.SerializeForReweighing(f),
            a.Story is null ? (signals.Language, signals.Outlet, signals.Date) : null, [.. closed], a.Story?.Title, f.Unindexed);
    }

    /// <summary>Records one <see cref="Assign"/>'s writes in the open batch (the writer, in input order).</summary>
    public StoryAssignment Apply(Writes w)
    {
        _store.SetDocumentStory(w.DocumentId, w.StoryId, w.Headline, w.Features);
        if (w.StoryTitle is { } title) _unflushedTitles[w.StoryId] = title;
        if (w.Unindexed is { } unindexed) _store.UnindexEntities(w.DocumentId, unindexed);
        if (w.Grow is { } g) _store.GrowStory(w.StoryId, g.Language, g.Outlet, g.Date);
        foreach (var record in w.Closed) _store.SaveStory(record);
        return w.Assignment;
    }

    /// <summary>The title of an open story as the assignments applied so far left it, when its row is not written yet
    /// (the writer; null: the row has it). An exact duplicate of a document of this batch shows it.</summary>
    public string? UnflushedTitle(string storyId) => _unflushedTitles.GetValueOrDefault(storyId);

    /// <summary>Writes the stories changed since the last flush and the running state, into the open batch (call before committing).</summary>
    public void Flush()
    {
        _assignedInBatch.Clear(); // their rows are written: the store answers from here on
        _unflushedTitles.Clear();
        foreach (var s in _dirty.Values.OrderBy(s => s.Seq))
        {
            _store.SaveStory(ToRecord(s));
            s.Dirty = false;
        }
        _dirty.Clear();
        if (_stateDirty)
        {
            _statsBuffer.SetLength(0);
            Clusterer.Stats.WriteTo(_statsBuffer);
            _store.SaveStoryState(StatsKey, _statsBuffer.GetBuffer().AsSpan(0, (int)_statsBuffer.Length));
            _store.SaveStoryState(ClustererKey, Clusterer.SerializeState());
            _stateDirty = false;
        }
    }

    /// <summary>After the run's last commit: refines the stories of the last <see cref="StoryClusteringOptions.RefineWindowDocuments"/>
    /// documents (<see cref="StoredStoryRefinement"/>, its own transaction) when documents joined stories since the last
    /// refinement — in this run, or in one killed before its refinement committed — at least
    /// <see cref="StoryClusteringOptions.RefineAfterIngestMinNewShare"/> of the window. No document is analysed again: their
    /// stored features of the stream are weighed again. Null when nothing was due.</summary>
    public StoredStoryRefinement.Result? RefineIfDue(DocumentPipeline pipeline)
    {
        int window = Options.RefineWindowDocuments;
        long clustered = Clusterer.Position, refined = StoredStoryRefinement.RefinedAt(_store); // the state is committed
        if (window <= 0 || clustered <= refined || clustered - refined < Options.RefineAfterIngestMinNewShare * Math.Min(clustered, window)) return null;
        return StoredStoryRefinement.Run(_store, pipeline, Options, window: window);
    }

    /// <summary>
    /// Inside a run, every <see cref="StoryClusteringOptions.RefineWindowDocuments"/> clustered documents (the stream
    /// positions W, 2W, …, whatever the runs and batches), whether the stories of the last W documents are due for the
    /// refinement: a long ingest then refines all its stories, not only those of its last W documents. Due from the
    /// document that reaches the mark (the caller commits it first, refines, then continues with a tracker opened again:
    /// <see cref="Open"/>) until a refinement at or after the mark is committed — so a run killed between the mark's
    /// commit and its refinement refines when the next run starts, as one run would have.
    /// </summary>
    public bool InStreamRefinementDue => LastMark is > 0 and var mark && _refinedAt < mark;

    // The last multiple of the window the stream has reached (0: none, or no window).
    private long LastMark => Options.RefineWindowDocuments is > 0 and var w ? Clusterer.Position / w * w : 0;

    /// <summary>Runs the refinement <see cref="InStreamRefinementDue"/> asks for (its own transaction; call with no batch
    /// open). A failure (rolled back by the refinement) is not retried before the next mark in this run; the tracker's
    /// stories are then still the database's. After a success the caller continues with <see cref="Open"/>.</summary>
    public StoredStoryRefinement.Result RefineInStream(DocumentPipeline pipeline)
    {
        _refinedAt = LastMark;
        return StoredStoryRefinement.Run(_store, pipeline, Options, window: Options.RefineWindowDocuments);
    }

    public static StoryRecord ToRecord(Story s) => new(
        s.Id, s.Seq, s.Title, s.Titles.ToDictionary(kv => kv.Key, kv => (kv.Value.DocumentId, kv.Value.Title)),
        s.FirstSeen, s.LastSeen, s.Languages, s.Outlets, s.Size, s.IsOpen,
        s.Top(s.Entities, 10), s.Top(s.Events, 10), s.IsOpen ? s.Serialize() : null);
}
