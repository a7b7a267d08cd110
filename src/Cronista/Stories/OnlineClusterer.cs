namespace Cronista.Stories;

/// <summary>Where a document went: its story, whether it started it, its score (NaN for a new story), and the open story
/// (null when a near-duplicate joined its original's story that is already closed).</summary>
public sealed record StoryAssignment(string StoryId, bool NewStory, double Score, Story? Story);

/// <summary>
/// Single-pass story clustering over a stream, in input order. Each document is scored against the open stories that share
/// one of its heaviest entity ids, stems or n-grams (an inverted index over each story's heaviest centroid keys; never all
/// stories) and joins the best one when the score reaches <see cref="StoryClusteringOptions.JoinThreshold"/>, else starts a
/// story. A near-duplicate copy joins its original's story. Stories are closed when no document joined them for
/// <see cref="StoryClusteringOptions.IdleDays"/> of stream time (when set), or, beyond <see cref="StoryClusteringOptions.MaxOpenStories"/>,
/// least recently joined first: memory stays bounded whatever the stream's length. Deterministic: the same documents in the
/// same order give the same stories (ties are broken by creation order, never by hash-table order).
/// <para>Stream time is the 90th percentile of the last <see cref="ClockWindow"/> document dates, so that one wrongly dated
/// article cannot close every story.</para>
/// </summary>
public sealed class OnlineClusterer
{
    public const int ClockWindow = 128;
    private const int DuplicateMemory = 100_000;

    private readonly StoryClusteringOptions _o;
    private readonly Dictionary<string, Story> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<Story>> _postings = new();
    private readonly List<Story> _closed = new();
    private readonly int[] _clockRing = new int[ClockWindow];
    private int _clockCount;
    private int? _clock;
    private int? _lastSweep;
    private long _indexStamp;
    private long _queries; // Candidates calls, to stamp the stories a query hit
    // Fallback for near-duplicates when no store answers: the story of recent documents (bounded FIFO).
    private readonly Dictionary<string, string> _recentDocs = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();

    public OnlineClusterer(StoryClusteringOptions? options = null, FeatureStats? stats = null)
    {
        _o = options ?? StoryClusteringOptions.Default;
        Stats = stats ?? new FeatureStats();
    }

    public StoryClusteringOptions Options => _o;
    public FeatureStats Stats { get; }
    /// <summary>Documents seen (the stream position).</summary>
    public long Position { get; private set; }
    /// <summary>Stories created so far (the next story's <see cref="Story.Seq"/>).</summary>
    public long StoriesCreated { get; private set; }
    public IReadOnlyCollection<Story> OpenStories => _open.Values;
    public int OpenCount => _open.Count;
    /// <summary>Stream time (day number), or null before the first dated document.</summary>
    public int? Clock => _clock;
    /// <summary>The story id of a stored document (the store's answer); when null, recent documents are remembered in memory.</summary>
    public Func<string, string?>? StoryOfDocument { get; set; }

    /// <summary>Stories closed since the last call (their final state, to persist).</summary>
    public List<Story> DrainClosed()
    {
        var list = _closed.ToList();
        _closed.Clear();
        return list;
    }

    public StoryAssignment Add(DocumentSignals signals, string? duplicateOf = null) => Add(StoryFeatures.Weigh(signals, Stats, _o), duplicateOf);

    /// <summary>Assigns a weighed document (see <see cref="StoryFeatures.Weigh"/>) to a story.</summary>
    public StoryAssignment Add(StoryFeatures f, string? duplicateOf = null)
    {
        long position = ++Position;
        StoryAssignment result;
        if (duplicateOf is not null && StoryOf(duplicateOf) is { } originalStory)
        {
            if (_open.TryGetValue(originalStory, out var story))
            {
                double score = StorySimilarity.Score(f, story, Stats, _o).Score;
                Join(story, f, score, position);
                result = new StoryAssignment(story.Id, false, score, story);
            }
            else result = new StoryAssignment(originalStory, false, double.NaN, null); // closed: the caller updates its row
        }
        else
        {
            var (best, score) = Best(f, _o.JoinThreshold);
            if (best is not null && score >= _o.JoinThreshold)
            {
                Join(best, f, score, position);
                result = new StoryAssignment(best.Id, false, score, best);
            }
            else
            {
                var story = new Story(NewId(f.DocumentId), StoriesCreated++, f.DocumentId, _o);
                _open[story.Id] = story;
                Join(story, f, _o.JoinThreshold, position);
                result = new StoryAssignment(story.Id, true, double.NaN, story);
            }
        }
        Remember(f.DocumentId, result.StoryId);
        Tick(f.Date);
        return result;
    }

    /// <summary>The best open story among the candidates and its score (ties: the older story). When stories keep members,
    /// the <see cref="StoryClusteringOptions.MemberCandidates"/> best by centroid score are compared with their members too
    /// and the best of them by the blended score wins. Without members, a candidate whose score cannot reach
    /// <paramref name="floor"/> may be left out (null when none reaches it).</summary>
    public (Story? Story, double Score) Best(StoryFeatures f, double floor = double.NegativeInfinity)
    {
        var candidates = Candidates(f);
        var scored = new List<(Story Story, double Score)>(candidates.Count);
        if (_o.StoryMembers > 0 && _o.MemberShare > 0)
        {
            foreach (var s in candidates) scored.Add((s, StorySimilarity.CentroidScore(f, s, Stats, _o).Score));
            if (scored.Count > 0)
            {
                scored.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Story.Seq.CompareTo(b.Story.Seq));
                if (scored.Count > _o.MemberCandidates) scored.RemoveRange(_o.MemberCandidates, scored.Count - _o.MemberCandidates);
                for (int i = 0; i < scored.Count; i++) scored[i] = (scored[i].Story, StorySimilarity.Score(f, scored[i].Story, Stats, _o).Score);
            }
        }
        else
        {
            // Re-weighing a story's centroids costs a table access and a logarithm per key: score exactly only the
            // candidates whose upper bound reaches the floor and the best exact score so far (highest bounds first).
            // Those left out score below the winner or the floor, so the winner is the one all exact scores give.
            foreach (var s in candidates) scored.Add((s, StorySimilarity.CentroidScoreBound(f, s, Stats, _o, floor)));
            scored.Sort(static (a, b) => b.Score.CompareTo(a.Score));
            double top = double.NegativeInfinity;
            int exact = 0;
            for (; exact < scored.Count && scored[exact].Score >= floor && scored[exact].Score >= top; exact++)
            {
                scored[exact] = (scored[exact].Story, StorySimilarity.CentroidScore(f, scored[exact].Story, Stats, _o).Score);
                top = Math.Max(top, scored[exact].Score);
            }
            scored.RemoveRange(exact, scored.Count - exact);
        }
        Story? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var (s, score) in scored)
            if (score > bestScore || (score == bestScore && best is not null && s.Seq < best.Seq)) { best = s; bestScore = score; }
        return (best, bestScore);
    }

    /// <summary>Open stories sharing an index key with the document, those sharing most first (at most MaxCandidates).</summary>
    public List<Story> Candidates(StoryFeatures f)
    {
        // Hits are counted on the stories themselves (stamped with this query), not in a dictionary.
        long query = ++_queries;
        var hit = new List<Story>();
        int most = 0;
        foreach (var key in QueryKeys(f, _o))
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            for (int i = list.Count - 1, seen = 0; i >= 0 && seen < _o.MaxPosting; i--, seen++)
            {
                var s = list[i];
                if (s.HitQuery != query) { s.HitQuery = query; s.Hits = 0; hit.Add(s); }
                most = Math.Max(most, ++s.Hits);
            }
        }
        if (hit.Count > _o.MaxCandidates)
        {
            // Counts are small (at most one per query key): the cut is the least count still among the first
            // MaxCandidates; all above it are kept, and of those at it the oldest — what a full sort would keep.
            var atLeast = new int[most + 2];
            foreach (var s in hit) atLeast[s.Hits]++;
            for (int h = most - 1; h >= 0; h--) atLeast[h] += atLeast[h + 1];
            int cut = most;
            while (atLeast[cut] < _o.MaxCandidates) cut--;
            var kept = new List<Story>(_o.MaxCandidates);
            var atCut = new List<Story>();
            foreach (var s in hit) (s.Hits > cut ? kept : s.Hits == cut ? atCut : null)?.Add(s);
            // Of those at the cut, the stories nearest the document's date first (a stream need not come in date order:
            // an older story left open must not crowd out the one the document's days belong to), then the oldest.
            int day = f.Date?.DayNumber ?? 0;
            atCut.Sort((a, b) => f.Date is null ? a.Seq.CompareTo(b.Seq) : DayGap(a, day) != DayGap(b, day) ? DayGap(a, day).CompareTo(DayGap(b, day)) : a.Seq.CompareTo(b.Seq));
            kept.AddRange(atCut.Take(_o.MaxCandidates - kept.Count));
            hit = kept;
        }
        hit.Sort(static (a, b) => a.Hits != b.Hits ? b.Hits.CompareTo(a.Hits) : a.Seq.CompareTo(b.Seq));
        return hit;
    }

    /// <summary>Days from a date to a story's [first, last] days (0 inside; undated stories last).</summary>
    private static int DayGap(Story s, int day) =>
        s.FirstDay is not { } first || s.LastDay is not { } last ? int.MaxValue : day < first ? first - day : day > last ? day - last : 0;

    /// <summary>The keys a document looks stories up by: its heaviest entity, stem and n-gram keys (also the offline merge's).</summary>
    internal static IEnumerable<ulong> QueryKeys(StoryFeatures f, StoryClusteringOptions o) =>
        f.Entities.HeaviestKeys(o.IndexKeys).Concat(f.Stems.HeaviestKeys(o.IndexKeys)).Concat(f.Grams.HeaviestKeys(o.IndexKeys));

    private string NewId(string documentId)
    {
        var id = Story.IdFor(documentId);
        // Practically never: two first documents with the same hash, or a re-used first document id.
        for (int i = 1; _open.ContainsKey(id); i++) id = Story.IdFor(documentId + "#" + i);
        return id;
    }

    private void Join(Story s, StoryFeatures f, double score, long position)
    {
        s.Join(f, score, position);
        Reindex(s);
    }

    /// <summary>Indexes the story under its heaviest entity, stem (per language) and n-gram keys, when they changed.</summary>
    private void Reindex(Story s)
    {
        var keys = new List<ulong>();
        keys.AddRange(s.Entities.HeaviestKeys(_o.IndexKeys));
        foreach (var c in s.Stems.Values) keys.AddRange(c.HeaviestKeys(_o.IndexKeys));
        keys.AddRange(s.Grams.HeaviestKeys(_o.IndexKeys));
        var distinct = keys.Distinct().ToList();
        if (distinct.Count == s.IndexedKeys.Count && !distinct.Except(s.IndexedKeys).Any()) return;
        Unindex(s);
        s.IndexStamp = ++_indexStamp;
        foreach (var k in distinct)
        {
            if (!_postings.TryGetValue(k, out var list)) _postings[k] = list = new List<Story>();
            list.Add(s);
        }
        s.IndexedKeys = distinct;
    }

    private void Unindex(Story s)
    {
        foreach (var k in s.IndexedKeys)
        {
            if (!_postings.TryGetValue(k, out var list)) continue;
            list.Remove(s);
            if (list.Count == 0) _postings.Remove(k);
        }
        s.IndexedKeys = new List<ulong>();
    }

    /// <summary>The creation order of a story made outside <see cref="Add"/> (the offline refinement's new stories).</summary>
    internal long NextStorySeq() => StoriesCreated++;

    private string? StoryOf(string documentId)
    {
        if (_recentDocs.TryGetValue(documentId, out var s)) return s;
        return StoryOfDocument?.Invoke(documentId);
    }

    private void Remember(string documentId, string storyId)
    {
        if (StoryOfDocument is not null) return; // the store answers
        if (_recentDocs.TryAdd(documentId, storyId)) _recentOrder.Enqueue(documentId);
        while (_recentOrder.Count > DuplicateMemory) _recentDocs.Remove(_recentOrder.Dequeue());
    }

    // ---- closing ----

    private void Tick(DateOnly? date)
    {
        if (date is { } d)
        {
            _clockRing[_clockCount++ % ClockWindow] = d.DayNumber;
            int n = Math.Min(_clockCount, ClockWindow);
            var window = _clockRing.AsSpan(0, n).ToArray();
            Array.Sort(window);
            _clock = window[(int)Math.Floor(0.9 * (n - 1))];
        }
        if (_o.IdleDays > 0 && _clock is { } clock && (_lastSweep is null || clock > _lastSweep))
        {
            _lastSweep = clock;
            var idle = _open.Values.Where(s => s.LastDay is { } last && last < clock - _o.IdleDays).OrderBy(s => s.Seq).ToList();
            foreach (var s in idle) Close(s);
        }
        if (_open.Count > _o.MaxOpenStories)
        {
            // Evict down to 90% of the cap at once (one sort per ~cap/10 new stories).
            int target = Math.Max(1, _o.MaxOpenStories * 9 / 10);
            var oldest = _open.Values.OrderBy(s => s.LastJoin).ThenBy(s => s.Seq).Take(_open.Count - target).ToList();
            foreach (var s in oldest) Close(s);
        }
    }

    private void Close(Story s)
    {
        Unindex(s);
        _open.Remove(s.Id);
        s.IsOpen = false;
        s.Dirty = true;
        _closed.Add(s);
    }

    /// <summary>Closes every open story (end of an offline run).</summary>
    public void CloseAll()
    {
        foreach (var s in _open.Values.OrderBy(s => s.Seq).ToList()) Close(s);
    }

    // ---- persistence ----

    /// <summary>Puts persisted open stories back (resuming a run), re-indexed in their original order.</summary>
    public void Restore(IEnumerable<Story> stories)
    {
        long counter = _indexStamp; // as persisted (RestoreState first): re-indexing here must not advance it
        foreach (var s in stories.OrderBy(s => s.IndexStamp).ThenBy(s => s.Seq))
        {
            _open[s.Id] = s;
            s.IsOpen = true;
            long stamp = s.IndexStamp;
            Reindex(s);
            s.IndexStamp = stamp;
            counter = Math.Max(counter, stamp);
            s.Dirty = false;
        }
        _indexStamp = counter;
    }

    /// <summary>The clusterer's own state (stream position, stories created, clock window) — not the stories or the statistics.</summary>
    public byte[] SerializeState()
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write((byte)1);
        w.Write(Position); w.Write(StoriesCreated); w.Write(_clockCount);
        foreach (var d in _clockRing) w.Write(d);
        w.Write(_clock ?? int.MinValue); w.Write(_lastSweep ?? int.MinValue); w.Write(_indexStamp);
        w.Flush();
        return ms.ToArray();
    }

    /// <summary>The stream position a <see cref="SerializeState"/> blob holds (documents clustered), without restoring it.</summary>
    public static long PositionIn(byte[] state)
    {
        if (state.Length < 9 || state[0] != 1) throw new InvalidDataException("clusterer state: unknown version");
        return BitConverter.ToInt64(state, 1);
    }

    public void RestoreState(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        if (r.ReadByte() != 1) throw new InvalidDataException("clusterer state: unknown version");
        Position = r.ReadInt64(); StoriesCreated = r.ReadInt64(); _clockCount = r.ReadInt32();
        for (int i = 0; i < ClockWindow; i++) _clockRing[i] = r.ReadInt32();
        int c = r.ReadInt32(), l = r.ReadInt32();
        _clock = c == int.MinValue ? null : c;
        _lastSweep = l == int.MinValue ? null : l;
        _indexStamp = Math.Max(_indexStamp, r.ReadInt64());
    }
}
