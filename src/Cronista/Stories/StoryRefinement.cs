namespace Cronista.Stories;

/// <summary>
/// An optional offline pass over the online stories: with the statistics of the whole stream (every document counted, so
/// what all the stories share is known to be common), each story's documents are compared pairwise and re-grouped by
/// average-linkage agglomeration, stopping when the two closest groups' mean similarity falls below
/// <see cref="StoryClusteringOptions.SplitThreshold"/>. A story whose documents tell two events of one kind apart (who,
/// where, when) splits; the online pass cannot see that when its first documents are weighed on a short stream.
/// </summary>
public static class StoryRefinement
{
    /// <summary>The groups (indices into <paramref name="docs"/>, each ascending; groups in order of their first document)
    /// of one story's documents, weighed with the final statistics (<see cref="StoryFeatures.Weigh"/> with observe: false).</summary>
    public static List<List<int>> Split(IReadOnlyList<StoryFeatures> docs, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        int n = docs.Count;
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        if (n < 2) return groups;
        var sim = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                sim[i, j] = sim[j, i] = (StorySimilarity.Score(docs[i], docs[j], o).Score + StorySimilarity.Score(docs[j], docs[i], o).Score) / 2;
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
