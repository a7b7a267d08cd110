using System.Diagnostics;
using System.Collections.Concurrent;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;
using Cronista.Stories;

namespace Cronista.Ingest;

public sealed record IngestOptions
{
    /// <summary>Documents per transaction; a batch is also committed when <see cref="MaxBatchDelay"/> has passed.</summary>
    public int BatchSize { get; init; } = 1000;
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Analyses in flight (running, or queued for the thread pool, which runs about one per core); defaults to
    /// twice the number of cores: a core that finishes an analysis starts the next at once instead of waiting for the reader
    /// to hand one over (news-length articles without events and stories: ~1,530 → ~1,720 articles/s on 2 cores).</summary>
    public int Parallelism { get; init; } = 2 * Environment.ProcessorCount;
    /// <summary>Analysed documents waiting for the writer: absorbs commit and checkpoint stalls (~200 KB each in memory).</summary>
    public int QueueCapacity { get; init; } = 256;
    /// <summary>Story clustering of the stored documents (null: none). Its features are computed with the analysis, in
    /// parallel; the assignment on a thread beside the writer, in input order, recorded in the batch's transaction
    /// (<see cref="StoryPipe"/>).</summary>
    public Stories.StoryClusteringOptions? Stories { get; init; } = Cronista.Stories.StoryClusteringOptions.Default;
    /// <summary>Into a new or small database, drop the indexes only queries read and build them at the end of the run
    /// (<see cref="IDocumentStore.DeferQueryIndexes"/>): the writer's bound, not theirs. Off where queries run during the
    /// ingest (the web server's).</summary>
    public bool DeferQueryIndexes { get; init; } = true;
}

/// <summary>A document's story as <see cref="IngestRunner.OnStored"/> reports it.</summary>
public sealed record StoryRef(string Id, string? Title);

public sealed record IngestProgress(long Read, long Committed, long Inserted, long NearDuplicates, long ExactDuplicates, long AlreadyPresent, long Errors, long Warnings, TimeSpan Elapsed);

public sealed record IngestSummary(IngestProgress Totals, IReadOnlyList<InputDiagnostic> Diagnostics)
{
    public bool HasErrors => Totals.Errors > 0;
    /// <summary>The stories' refinement after the run (<see cref="StoryTracker.RefineIfDue"/>); null when none was due.</summary>
    public StoredStoryRefinement.Result? Refinement { get; init; }
    /// <summary>The refinements during the run, every <see cref="StoryClusteringOptions.RefineWindowDocuments"/> clustered
    /// documents (<see cref="StoryTracker.InStreamRefinementDue"/>).</summary>
    public IReadOnlyList<StoredStoryRefinement.Result> InStreamRefinements { get; init; } = [];
}

/// <summary>
/// Read → analyse (parallel) → store (one writer, in input order). Order is preserved so that a run, an interrupted run
/// followed by a re-run, and a re-run of a complete run all give the same database.
/// </summary>
public sealed class IngestRunner
{
    private readonly IDocumentStore _store;
    private readonly DocumentPipeline _pipeline;
    private readonly IngestOptions _options;

    public IngestRunner(IDocumentStore store, DocumentPipeline? pipeline = null, IngestOptions? options = null)
    {
        _store = store;
        _pipeline = pipeline ?? DocumentPipeline.Default;
        _options = options ?? new IngestOptions();
    }

    /// <summary>Called for every diagnostic as it happens (for live error lines).</summary>
    public Action<InputDiagnostic>? OnDiagnostic { get; init; }
    /// <summary>Called after every committed batch: everything counted as committed is durable.</summary>
    public Action<IngestProgress>? OnCommitted { get; init; }
    /// <summary>Called for each stored (or matched) document, in input order, before its batch commits, with the story the
    /// document is in at that moment (null without story clustering; the refinements may move it later).</summary>
    public Action<Document, StoreResult, StoryRef?>? OnStored { get; init; }

    /// <summary>Runs <see cref="Run"/> on a dedicated thread.</summary>
    public Task<IngestSummary> RunAsync(IEnumerable<ReadItem> items, CancellationToken ct = default) =>
        Task.Factory.StartNew(() => Run(items, ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Reads on a dedicated thread, analyses on the thread pool, and stores on the calling thread, in input order.
    /// Reader and writer block (file and SQLite I/O), so they get threads of their own rather than pool threads,
    /// which would leave the analyses waiting for the pool to grow.
    /// </summary>
    public IngestSummary Run(IEnumerable<ReadItem> items, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        _pipeline.StartPreload();
        _indexesDeferred = _options.DeferQueryIndexes && _store.DeferQueryIndexes();
        try { return StoreAndRefine(items, sw, ct); }
        finally
        {
            if (_indexesDeferred)
            {
                // The run failed before building them: its open batch is discarded (as disposing the store would), then
                // they are built; should that fail too, the database's next writable open builds them.
                _store.Rollback();
                try { BuildDeferredIndexes(); }
                catch (Exception) { /* the run's own exception is the one to report */ }
            }
        }
    }

    private bool _indexesDeferred;

    private void BuildDeferredIndexes()
    {
        _indexesDeferred = false;
        _store.BuildQueryIndexes();
    }

    private IngestSummary StoreAndRefine(IEnumerable<ReadItem> items, Stopwatch sw, CancellationToken ct)
    {
        var diagnostics = new List<InputDiagnostic>();
        long read = 0, committed = 0, inserted = 0, near = 0, exact = 0, present = 0, errors = 0, warnings = 0, pending = 0;
        IngestProgress Progress() => new(read, committed, inserted, near, exact, present, errors, warnings, sw.Elapsed);
        void Report(InputDiagnostic d)
        {
            diagnostics.Add(d);
            if (d.Severity == Severity.Error) errors++; else warnings++;
            OnDiagnostic?.Invoke(d);
        }

        // Analyses run as tasks; the bounded queue keeps them in input order for the single writer.
        using var queue = new BlockingCollection<Task<(Document? Doc, InputDiagnostic? Diag, DocumentSignals? Signals)>>(_options.QueueCapacity);
        var stories = _options.Stories is { } storyOptions ? StoryTracker.Open(_store, storyOptions) : null;
        using var throttle = new SemaphoreSlim(Math.Max(1, _options.Parallelism));
        Exception? readerFailure = null;
        var producer = new Thread(() =>
        {
            try
            {
                foreach (var item in items)
                {
                    ct.ThrowIfCancellationRequested();
                    if (item.Diagnostic is { } d) { queue.Add(Task.FromResult<(Document?, InputDiagnostic?, DocumentSignals?)>((null, d, null)), ct); continue; }
                    var raw = item.Document!;
                    throttle.Wait(ct);
                    queue.Add(Task.Run(() =>
                    {
                        try { return Analyse(raw); }
                        finally { throttle.Release(); }
                    }, ct), ct);
                }
            }
            catch (Exception ex) { readerFailure = ex; }
            finally { queue.CompleteAdding(); }
        }) { IsBackground = true, Name = "cronista-reader" };
        producer.Start();

        // Story clustering runs beside the writer (StoryPipe); documents reach OnStored once their story is recorded.
        using var pipe = stories is null ? null : new StoryPipe(stories, (doc, result, writes) => OnStored?.Invoke(doc, result, StoryOf(result, writes, stories!)));
        var batchStart = Stopwatch.StartNew();
        void CommitBatch()
        {
            pipe?.Drain();
            stories?.Flush();
            _store.Commit();
            committed += pending;
            pending = 0;
            batchStart.Restart();
            OnCommitted?.Invoke(Progress());
        }
        // Every RefineWindowDocuments clustered documents: commit, refine the stories of the last window, and go on with a
        // tracker opened again from what the refinement wrote (also at the start, when a killed run left one due).
        var inStream = new List<StoredStoryRefinement.Result>();
        void RefineInStream()
        {
            CommitBatch();
            try
            {
                inStream.Add(stories!.RefineInStream(_pipeline));
                stories = pipe!.Tracker = StoryTracker.Open(_store, _options.Stories);
            }
            catch (Exception ex) when (ex is not OperationCanceledException) { RefinementFailed(ex, "the ingest goes on"); }
        }
        // A failed refinement has rolled its transaction back: the documents are committed, the stories stay as the one
        // pass left them.
        void RefinementFailed(Exception ex, string then) => Report(new InputDiagnostic(Severity.Warning, "stories", null,
            $"the stories' refinement failed ({ex.GetType().Name}: {ex.Message}); they stay as the one pass left them, {then}"));
        if (stories is { InStreamRefinementDue: true }) RefineInStream();

        foreach (var task in queue.GetConsumingEnumerable(ct))
        {
            var (doc, diag, signals) = task.GetAwaiter().GetResult();
            if (diag is not null) Report(diag);
            if (doc is null) continue;
            read++;
            foreach (var w in doc.Warnings) Report(w);
            var result = _store.Add(doc);
            switch (result.Outcome)
            {
                case StoreOutcome.Inserted: inserted++; break;
                case StoreOutcome.NearDuplicate: near++; break;
                case StoreOutcome.ExactDuplicate: exact++; break;
                case StoreOutcome.AlreadyPresent: present++; break;
            }
            if (result.Message is { } m && result.Outcome == StoreOutcome.AlreadyPresent)
                Report(new InputDiagnostic(Severity.Warning, doc.Raw.Source, null, m));
            pending++;
            if (pipe is null) OnStored?.Invoke(doc, result, null);
            else if (pipe.Hand(doc, result, signals) && stories!.Options.RefineWindowDocuments is > 0 and var w && pipe.Position % w == 0)
            {
                // This document reaches a mark (InStreamRefinementDue): its stories recorded, commit and refine.
                pipe.Drain();
                if (stories.InStreamRefinementDue) { RefineInStream(); continue; }
            }
            pipe?.ApplyReady();
            if (pending >= _options.BatchSize || batchStart.Elapsed >= _options.MaxBatchDelay) CommitBatch();
        }
        producer.Join();
        CommitBatch();
        if (readerFailure is not null) throw new InvalidOperationException("reading the inputs failed: " + readerFailure.Message, readerFailure);
        if (_indexesDeferred) BuildDeferredIndexes(); // part of storing: counted in the run's time
        sw.Stop(); // the refinement reports its own time
        StoredStoryRefinement.Result? refinement = null;
        try { refinement = stories?.RefineIfDue(_pipeline); }
        catch (Exception ex) when (ex is not OperationCanceledException) { RefinementFailed(ex, "the next ingest or 'cronista refine-stories' retries"); }
        return new IngestSummary(Progress(), diagnostics) { Refinement = refinement, InStreamRefinements = inStream };
    }

    // The story just assigned (its title when the document joined), or the one the stored copy is in (exact duplicates,
    // documents already present): its title as this batch's assignments left it, else (row written: committed or
    // closed) from its row — the row of an open story is only written when the batch commits.
    private StoryRef? StoryOf(StoreResult result, StoryTracker.Writes? assigned, StoryTracker stories)
    {
        string? id = assigned?.StoryId ?? _store.DocumentStory(result.DocumentId);
        return id is null ? null : new StoryRef(id, assigned?.StoryTitle ?? stories.UnflushedTitle(id) ?? _store.GetStory(id)?.Title);
    }

    private (Document?, InputDiagnostic?, DocumentSignals?) Analyse(RawDocument raw)
    {
        try
        {
            var doc = _pipeline.Run(raw);
            if (doc.Text.Length == 0) return (null, new InputDiagnostic(Severity.Error, raw.Source, null, "no text after normalization"), null);
            _store.Prepare(doc);
            return (doc, null, _options.Stories is { } so ? StoryFeatures.Extract(doc, so) : null);
        }
        catch (Exception ex)
        {
            // One document that breaks a stage is reported and skipped; the batch goes on.
            return (null, new InputDiagnostic(Severity.Error, raw.Source, null, $"analysis failed: {ex.GetType().Name}: {ex.Message}"), null);
        }
    }
}
