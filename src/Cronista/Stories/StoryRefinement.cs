namespace Cronista.Stories;

/// <summary>
/// An optional offline pass over the online stories: with the statistics of the whole stream (every document counted, so
/// what all the stories share is known to be common), each story's documents are compared pairwise and re-grouped by
/// average-linkage agglomeration, stopping when the two closest groups' mean similarity falls below
/// <see cref="StoryClusteringOptions.SplitThreshold"/>. A story whose documents tell two events of one kind apart (who,
/// where, when) splits; the online pass cannot see that when its first documents are weighed on a short stream.
/// <para>Then <see cref="Merge"/>: the one pass leaves fragments — a story's first documents scored against a short stream,
/// or a report that arrived before the story it belongs to had formed — so a small story (at most
/// <see cref="StoryClusteringOptions.MergeMaxSize"/> documents) joins the story its documents are most alike on average,
/// when that mean reaches <see cref="StoryClusteringOptions.MergeThreshold"/>. Two larger stories stay apart: each grew
/// on its own through the stream, which is evidence the one pass already weighed.</para>
/// </summary>
public static class StoryRefinement
{
    /// <summary>Split each story (<see cref="Split"/>), then merge the small ones (<see cref="Merge"/>). <paramref name="stories"/>
    /// holds indices into <paramref name="docs"/> (weighed with the final statistics); the result is the new grouping, groups
    /// ascending and in order of their first document.</summary>
    public static List<List<int>> Refine(IReadOnlyList<StoryFeatures> docs, IEnumerable<IReadOnlyList<int>> stories, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        // Stories split independently: in parallel, the parts kept in story order.
        var list = stories.ToList();
        var split = new List<List<int>>[list.Count];
        Parallel.For(0, list.Count, s => split[s] = Split(list[s].Select(i => docs[i]).ToList(), o)
            .Select(part => part.Select(k => list[s][k]).ToList()).ToList());
        return Merge(docs, split.SelectMany(p => p).ToList(), o);
    }

    /// <summary>
    /// Greedy average-linkage merging of <paramref name="groups"/> (indices into <paramref name="docs"/>, weighed with the
    /// final statistics): while some pair whose smaller group has at most <see cref="StoryClusteringOptions.MergeMaxSize"/>
    /// documents has a mean pairwise document score of at least <see cref="StoryClusteringOptions.MergeThreshold"/>, the
    /// best such pair merges (ties: the earlier groups). Only groups sharing one of their documents' heaviest entity, stem
    /// or n-gram keys are compared (<see cref="StoryClusteringOptions.IndexKeys"/> per family, as the online index); two groups
    /// without a language in common need <see cref="StoryClusteringOptions.MergeCrossLanguageThreshold"/>. Off when
    /// MergeMaxSize is 0. Result: groups ascending, in order of their first document.
    /// </summary>
    public static List<List<int>> Merge(IReadOnlyList<StoryFeatures> docs, IReadOnlyList<IReadOnlyList<int>> groups, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var live = groups.Select(g => g.OrderBy(i => i).ToList()).Where(g => g.Count > 0).ToList();
        if (o.MergeMaxSize <= 0 || live.Count < 2) return live.OrderBy(g => g[0]).ToList();
        int n = live.Count;
        var decay = StorySimilarity.DecayTable(4096, o);
        var days = docs.Select(d => d.Date?.DayNumber).ToArray();
        var inferred = docs.Select(d => d.DateInferred ? 1 : 0).ToArray();
        var alive = new bool[n];
        Array.Fill(alive, true);
        // Candidate pairs: groups sharing a heavy key of their documents.
        // (Hash sets: the order they are walked in decides nothing — the queue below orders the pairs.)
        var neighbours = Enumerable.Range(0, n).Select(_ => new HashSet<int>()).ToArray();
        var keysOf = new ulong[n][];
        Parallel.For(0, n, g => keysOf[g] = live[g].SelectMany(i => OnlineClusterer.QueryKeys(docs[i], o)).Distinct().ToArray());
        var byKey = new Dictionary<ulong, List<int>>();
        for (int g = 0; g < n; g++)
            foreach (var key in keysOf[g])
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<int>();
                list.Add(g);
            }
        // The later groups each group shares a key with (sorted, each once) … A key that hundreds of stories share tells
        // none of them apart (and would make the pairs quadratic). … and not too far apart in time to merge (TimePair
        // below); a pair left out here could only pass later through a part that passes, and is then a neighbour of that
        // part. Each pair once (c > g): the sum the other way round differs only in rounding, so it is computed too (and
        // either passing makes them neighbours) only when the first fails within 1e-6 of the threshold.
        var near = new int[n][];
        Parallel.For(0, n, () => new List<int>(), (g, _, later) =>
        {
            later.Clear();
            foreach (var key in keysOf[g])
            {
                var list = byKey[key];
                if (list.Count > o.MaxPosting) continue;
                for (int k = list.BinarySearch(g) + 1; k < list.Count; k++) later.Add(list[k]);
            }
            later.Sort();
            var kept = new List<int>();
            for (int k = 0; k < later.Count; k++)
            {
                int c = later[k];
                if (k > 0 && later[k - 1] == c) continue;
                double sum = PartSum(live[g], c, TimePair);
                if (TimeAllows(sum, g, c)
                    || Math.Abs(sum / (live[g].Count * live[c].Count) + 1e-9 - o.MergeThreshold) < 1e-6 && TimeAllows(PartSum(live[c], g, TimePair), g, c))
                    kept.Add(c);
            }
            near[g] = kept.ToArray();
            return later;
        }, _ => { });
        for (int g = 0; g < n; g++)
            foreach (var c in near[g])
            {
                neighbours[g].Add(c);
                neighbours[c].Add(g);
            }
        var scorer = new PairScorer(docs, o);
        // Sums over the document pairs of two live groups (keyed a < b): of the pairs' scores, and of their time factors —
        // an upper bound, as a document's score is its content (at most 1) times the time factor of its date against the
        // other's, so far-apart groups are left out without scoring a document. Sums are additive: when two groups merge,
        // the union's sums with a third are the parts' sums, and only what no part had is computed.
        var timeSums = new Dictionary<(int, int), double>();
        var scoreSums = new Dictionary<(int, int), double>();
        // TimeFactor of each document against the other's day, from a table of the decay by gap.
        double TimePair(int i, int j)
        {
            if (days[i] is not { } di || days[j] is not { } dj) return 1;
            int gap = Math.Abs(di - dj);
            if (gap >= decay[0].Length) return (StorySimilarity.Decay(gap, inferred[i] == 1, o) + StorySimilarity.Decay(gap, inferred[j] == 1, o)) / 2;
            return (decay[inferred[i]][gap] + decay[inferred[j]][gap]) / 2;
        }
        // Whether a sum of time factors over the document pairs of groups a and c leaves the mean score room to reach the
        // threshold (1e-9: slack for rounding).
        bool TimeAllows(double timeSum, int a, int c) => timeSum / (live[a].Count * live[c].Count) + 1e-9 >= o.MergeThreshold;
        static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);
        double Sum(Dictionary<(int, int), double> sums, int a, int b, Func<int, int, double> pair) =>
            sums.TryGetValue(Key(a, b), out var v) ? v : sums[Key(a, b)] = PartSum(live[a], b, pair);
        double PartSum(IEnumerable<int> part, int c, Func<int, int, double> pair)
        {
            double v = 0;
            foreach (var i in part) foreach (var j in live[c]) v += pair(i, j);
            return v;
        }
        // The best pair first (ties: the earlier groups), from a queue whose entries of a group that merged since are stale
        // (its version moved on) — the pair a full scan of all neighbours would pick at each step, without that scan.
        var version = new int[n];
        var queue = new PriorityQueue<(int A, int B, int Va, int Vb), (double Score, int A, int B)>(
            Comparer<(double Score, int A, int B)>.Create((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B)));
        void Push(int a, int b)
        {
            if (a > b) (a, b) = (b, a);
            if (Math.Min(live[a].Count, live[b].Count) > o.MergeMaxSize) return;
            if (!TimeAllows(Sum(timeSums, a, b, TimePair), a, b)) return;
            double v = Sum(scoreSums, a, b, scorer.Score) / (live[a].Count * live[b].Count);
            if (v >= o.MergeThreshold && (v >= o.MergeCrossLanguageThreshold || ShareALanguage(live[a], live[b])))
                queue.Enqueue((a, b, version[a], version[b]), (v, a, b));
        }
        bool ShareALanguage(List<int> a, List<int> b)
        {
            foreach (var i in a) foreach (var j in b) if (docs[i].Language == docs[j].Language) return true;
            return false;
        }
        // The first sums of every candidate pair are independent: computed in parallel, then queued in order.
        var first = Enumerable.Range(0, n).SelectMany(a => neighbours[a].Where(b => b > a).Select(b => (A: a, B: b)))
            .Where(p => Math.Min(live[p.A].Count, live[p.B].Count) <= o.MergeMaxSize).ToArray();
        var firstSums = new (double Time, double Score)[first.Length];
        Parallel.For(0, first.Length, k =>
        {
            var (a, b) = first[k];
            double time = PartSum(live[a], b, TimePair);
            firstSums[k] = (time, TimeAllows(time, a, b) ? PartSum(live[a], b, scorer.Score) : double.NaN);
        });
        for (int k = 0; k < first.Length; k++)
        {
            timeSums[first[k]] = firstSums[k].Time;
            if (!double.IsNaN(firstSums[k].Score)) scoreSums[first[k]] = firstSums[k].Score;
            Push(first[k].A, first[k].B);
        }
        while (queue.TryDequeue(out var e, out _))
        {
            if (!alive[e.A] || !alive[e.B] || version[e.A] != e.Va || version[e.B] != e.Vb) continue;
            int ba = e.A, bb = e.B;
            var partA = live[ba].ToArray();
            live[ba].AddRange(live[bb]);
            live[ba].Sort();
            alive[bb] = false;
            foreach (var c in neighbours[bb])
                if (c != ba) { neighbours[c].Remove(bb); neighbours[c].Add(ba); neighbours[ba].Add(c); }
            neighbours[ba].Remove(bb);
            timeSums.Remove(Key(ba, bb));
            scoreSums.Remove(Key(ba, bb));
            // The union's sums with each neighbour: the parts' sums, what a part lacks computed (in parallel).
            var others = neighbours[ba].ToArray();
            var parts = new (double? TimeA, double? TimeB, double? ScoreA, double? ScoreB)[others.Length];
            for (int k = 0; k < others.Length; k++)
            {
                var (ka, kb) = (Key(ba, others[k]), Key(bb, others[k]));
                parts[k] = (timeSums.Remove(ka, out var ta) ? ta : null, timeSums.Remove(kb, out var tb) ? tb : null,
                            scoreSums.Remove(ka, out var sa) ? sa : null, scoreSums.Remove(kb, out var sb) ? sb : null);
            }
            var union = new (double Time, double Score)[others.Length];
            Parallel.For(0, others.Length, k =>
            {
                int c = others[k];
                union[k] = (double.NaN, double.NaN);
                if (Math.Min(live[ba].Count, live[c].Count) > o.MergeMaxSize) return; // never compared again
                var (ta, tb, sa, sb) = parts[k];
                double time = (ta ?? PartSum(partA, c, TimePair)) + (tb ?? PartSum(live[bb], c, TimePair));
                double score = !TimeAllows(time, ba, c) ? double.NaN
                    : (sa ?? PartSum(partA, c, scorer.Score)) + (sb ?? PartSum(live[bb], c, scorer.Score));
                union[k] = (time, score);
            });
            for (int k = 0; k < others.Length; k++)
            {
                if (!double.IsNaN(union[k].Time)) timeSums[Key(ba, others[k])] = union[k].Time;
                if (!double.IsNaN(union[k].Score)) scoreSums[Key(ba, others[k])] = union[k].Score;
            }
            version[ba]++;
            foreach (var c in neighbours[ba]) if (alive[c]) Push(ba, c);
        }
        return Enumerable.Range(0, n).Where(g => alive[g]).Select(g => live[g]).OrderBy(g => g[0]).ToList();
    }

    /// <summary>Two documents' score, the same both ways (<see cref="StorySimilarity.PairScore"/>; thread-safe).</summary>
    private sealed class PairScorer(IReadOnlyList<StoryFeatures> docs, StoryClusteringOptions o)
    {
        private readonly int[][] _months = docs.Select(StorySimilarity.StoryMonths).ToArray();

        public double Score(int i, int j) => StorySimilarity.PairScore(docs[i], docs[j], _months[i], _months[j], o);
    }

    /// <summary>The groups (indices into <paramref name="docs"/>, each ascending; groups in order of their first document)
    /// of one story's documents, weighed with the final statistics (<see cref="StoryFeatures.Weigh"/> with observe: false);
    /// one group when the story has more than <see cref="StoryClusteringOptions.SplitMaxSize"/> documents.</summary>
    public static List<List<int>> Split(IReadOnlyList<StoryFeatures> docs, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        int n = docs.Count;
        if (o.SplitMaxSize > 0 && n > o.SplitMaxSize) return [Enumerable.Range(0, n).ToList()]; // kept whole (see SplitMaxSize)
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        if (n < 2) return groups;
        var sim = new double[n, n];
        var scorer = new PairScorer(docs, o);
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                sim[i, j] = sim[j, i] = scorer.Score(i, j);
        // Sum of pairwise similarities between groups (average linkage = sum / (|a|·|b|)).
        var link = new double[n, n];
        Array.Copy(sim, link, sim.Length);
        var alive = Enumerable.Range(0, n).ToList();
        while (alive.Count > 1)
        {
            int ba = -1, bb = -1;
            double best = double.NegativeInfinity;
            for (int x = 0; x < alive.Count; x++)
                for (int y = x + 1; y < alive.Count; y++)
                {
                    int a = alive[x], b = alive[y];
                    double avg = link[a, b] / (groups[a].Count * groups[b].Count);
                    if (avg > best) { best = avg; ba = a; bb = b; }
                }
            if (best < o.SplitThreshold) break;
            foreach (var c in alive)
                if (c != ba && c != bb) link[ba, c] = link[c, ba] = link[ba, c] + link[bb, c];
            groups[ba].AddRange(groups[bb]);
            groups[ba].Sort();
            alive.Remove(bb);
        }
        return alive.Select(a => groups[a]).OrderBy(g => g[0]).ToList();
    }
}
