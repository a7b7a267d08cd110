using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Storage;

namespace Cronista.Stories;

/// <summary>
/// The refinement (<see cref="StoryRefinement.Refine"/>) applied to a database's stories — at the end of an ingest, or by
/// <c>cronista refine-stories</c>: every document of a story, as story clustering stored it (else analysed again from its
/// text), is weighed with the stream's final statistics, and the stories are split into tight cores and their small
/// pieces merged back. A near-duplicate copy follows its original. A story keeps its id (and creation order) when it keeps
/// most of its documents; other groups get a new id from their first document. All in one transaction: a kill leaves the
/// database as it was; the stories stay open or closed as before, so a later ingest continues them.
/// </summary>
public static class StoredStoryRefinement
{
    public sealed record Result(int Documents, int StoriesBefore, int StoriesAfter, int DocumentsMoved, TimeSpan Elapsed);

    /// <summary>The stream position (documents clustered) at the last refinement, so that an ingest killed while refining
    /// refines at its next run.</summary>
    internal const string RefinedKey = "refined";

    /// <summary>Documents clustered in all (the stream position) and at the last refinement (0: never refined).</summary>
    public static (long Clustered, long AtLastRefinement) Progress(IDocumentStore store) =>
        (store.StoryState(StoryTracker.ClustererKey) is { } state ? OnlineClusterer.PositionIn(state) : 0, RefinedAt(store));

    /// <summary>The stream position at the last refinement (0: never refined).</summary>
    internal static long RefinedAt(IDocumentStore store) =>
        store.StoryState(RefinedKey) is { Length: 8 } refined ? BitConverter.ToInt64(refined) : 0;

    /// <summary>Refines every stored story. A document's features are those story clustering stored with it, weighed again
    /// with the final statistics (<see cref="StoryFeatures.Reweigh"/>: the keys kept during the stream, today's idf); a
    /// document stored before schema 11 has none and is analysed again from its text.</summary>
    /// <param name="window">When &gt; 0, only the stories of the last this many documents (all their documents, at most
    /// <see cref="StoryClusteringOptions.RefineMaxWindows"/> windows' worth in all); the others stay as they are and take no part in merges.</param>
    public static Result Run(IDocumentStore store, DocumentPipeline? pipeline = null, StoryClusteringOptions? options = null,
        Action<int, int>? progress = null, int window = 0)
    {
        // One transaction: a failure leaves the database as it was (the caller's open batch is committed before).
        try { return Refine(store, pipeline, options, progress, window); }
        catch
        {
            store.Rollback();
            throw;
        }
    }

    private static Result Refine(IDocumentStore store, DocumentPipeline? pipeline, StoryClusteringOptions? options, Action<int, int>? progress, int window)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var p = pipeline ?? DocumentPipeline.Default;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        if (store.StoryState(StoryTracker.StatsKey) is not { } statsBytes) return new Result(0, 0, 0, 0, sw.Elapsed);
        var stats = FeatureStats.Deserialize(statsBytes);
        var clusterer = new OnlineClusterer(o, stats);
        if (store.StoryState(StoryTracker.ClustererKey) is { } state) clusterer.RestoreState(state);

        var rows = store.StoryMembership(window, window > 0 ? (int)Math.Min(int.MaxValue, o.RefineMaxWindows * window) : 0); // in ingest order
        var features = new StoryFeatures[rows.Count];
        // Weighed (or, without stored features, read and analysed) in chunks in parallel.
        const int Chunk = 256;
        progress?.Invoke(0, rows.Count);
        for (int start = 0; start < rows.Count; start += Chunk)
        {
            var chunk = Enumerable.Range(start, Math.Min(Chunk, rows.Count - start)).ToArray();
            var raws = chunk.Select(i => rows[i].Features is null ? ReadRaw(store, rows[i].DocumentId) : null).ToArray();
            Parallel.For(0, chunk.Length, k =>
            {
                var row = rows[chunk[k]];
                features[chunk[k]] = raws[k] is { } raw
                    ? StoryFeatures.Weigh(StoryFeatures.Extract(p.Run(raw), o), stats, o, observe: false)
                    : StoryFeatures.Reweigh(StoryFeatures.DeserializeForReweighing(row.DocumentId, row.Features!), stats, o);
            });
            progress?.Invoke(start + chunk.Length, rows.Count);
        }

        // Originals are regrouped; a near-duplicate copy goes where its original goes.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++) index[rows[i].DocumentId] = i;
        var canonical = Enumerable.Range(0, rows.Count).Where(i => rows[i].DuplicateOf is not { } of || !index.ContainsKey(of)).ToList();
        var canonicalFeatures = canonical.Select(i => features[i]).ToList();
        var before = canonical.Select((row, k) => (k, rows[row].StoryId)).GroupBy(x => x.StoryId, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<int>)g.Select(x => x.k).ToList()).ToList();
        var groups = StoryRefinement.Refine(canonicalFeatures, before, o).Select(g => g.Select(k => canonical[k]).ToList()).ToList();
        var groupOf = new int[rows.Count];
        for (int g = 0; g < groups.Count; g++) foreach (var i in groups[g]) groupOf[i] = g;
        for (int i = 0; i < rows.Count; i++)
            if (rows[i].DuplicateOf is { } of && index.TryGetValue(of, out var original))
            {
                while (rows[original].DuplicateOf is { } up && index.TryGetValue(up, out var next)) original = next;
                groupOf[i] = groupOf[original];
                groups[groupOf[i]].Add(i);
            }
        foreach (var g in groups) g.Sort();

        // Ids: the largest groups first claim the story most of their documents come from.
        var old = store.StoryHeads();
        var taken = new HashSet<string>(old.Keys, StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var heads = new (string Id, long Seq, bool Open)[groups.Count];
        foreach (int g in Enumerable.Range(0, groups.Count).OrderByDescending(g => groups[g].Count).ThenBy(g => groups[g][0]))
        {
            var from = groups[g].GroupBy(i => rows[i].StoryId, StringComparer.Ordinal)
                .Select(x => (Id: x.Key, Count: x.Count(), Seq: old.TryGetValue(x.Key, out var h) ? h.Seq : long.MaxValue))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Seq).First();
            bool open = groups[g].Any(i => old.TryGetValue(rows[i].StoryId, out var h) && h.Open);
            string id;
            long seq;
            if (claimed.Add(from.Id) && old.ContainsKey(from.Id)) (id, seq) = (from.Id, old[from.Id].Seq);
            else
            {
                string first = rows[groups[g][0]].DocumentId;
                id = Story.IdFor(first);
                for (int k = 1; taken.Contains(id); k++) id = Story.IdFor(first + "#" + k);
                seq = clusterer.NextStorySeq();
            }
            taken.Add(id);
            claimed.Add(id);
            heads[g] = (id, seq, open);
        }
        // Each story built from its documents (independent of the others) and its row made ready, in parallel.
        var stories = new Story[groups.Count];
        var records = new StoryRecord[groups.Count];
        long firstPosition = clusterer.Position - rows.Count + 1;
        Parallel.For(0, groups.Count, g =>
        {
            var story = new Story(heads[g].Id, heads[g].Seq, rows[groups[g][0]].DocumentId, o);
            foreach (var i in groups[g])
            {
                double score = story.Size == 0 ? o.JoinThreshold : StorySimilarity.Score(features[i], story, stats, o).Score;
                story.Join(features[i], score, firstPosition + i);
            }
            story.IsOpen = heads[g].Open;
            stories[g] = story;
            records[g] = StoryTracker.ToRecord(story);
        });

        int moved = 0;
        for (int i = 0; i < rows.Count; i++)
            if (stories[groupOf[i]].Id != rows[i].StoryId)
            {
                store.MoveDocumentStory(rows[i].DocumentId, stories[groupOf[i]].Id);
                moved++;
            }
        var kept = new HashSet<string>(stories.Select(s => s.Id), StringComparer.Ordinal);
        foreach (var id in rows.Select(r => r.StoryId).Distinct(StringComparer.Ordinal))
            if (!kept.Contains(id)) store.DeleteStory(id);
        foreach (var r in records) store.SaveStory(r);
        store.SaveStoryState(StoryTracker.ClustererKey, clusterer.SerializeState());
        store.SaveStoryState(RefinedKey, BitConverter.GetBytes(clusterer.Position));
        store.Commit();
        return new Result(rows.Count, before.Count, stories.Length, moved, sw.Elapsed);
    }

    private static RawDocument ReadRaw(IDocumentStore store, string id)
    {
        var d = store.Get(id, annotations: false) ?? throw new InvalidOperationException($"document {id} vanished while refining its story");
        return new RawDocument
        {
            Id = d.Id, Source = d.Source, Url = d.Url, Title = d.Title, Text = d.Text, Published = d.Published,
            Language = d.Language, Outlet = d.Outlet,
        };
    }
}
