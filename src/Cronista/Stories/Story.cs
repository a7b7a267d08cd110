using Cronista.Entities;
using Cronista.Util;

namespace Cronista.Stories;

/// <summary>The title a story shows in one language: the article most similar to the story when it joined.</summary>
public sealed record StoryTitle(string DocumentId, string Title, double Score);

/// <summary>
/// An open story in memory: its centroids (running sums of its documents' unit vectors, per family; stems per language),
/// date range, languages, outlets, size and per-language title. Serialized whole (<see cref="Serialize"/>) into the
/// story's row while it is open, so that a later run continues it exactly.
/// </summary>
public sealed class Story
{
    public const int MaxOutlets = 32;

    internal Story(string id, long seq, string firstDocumentId, StoryClusteringOptions o)
    {
        Id = id;
        Seq = seq;
        FirstDocumentId = firstDocumentId;
        Entities = new Centroid(o.TopEntities * o.CentroidFactor);
        Events = new Centroid(o.TopEvents * o.CentroidFactor);
        Grams = new Centroid(o.TopGrams * o.CentroidFactor);
        StemBudget = o.TopStems * o.CentroidFactor;
        _memberCap = o.StoryMembers;
        Raw = o.ReweighCentroids;
    }

    /// <summary>The centroids sum raw term frequencies, weighed when scored (<see cref="StoryClusteringOptions.ReweighCentroids"/>).</summary>
    public bool Raw { get; private set; }

    /// <summary>"s" + the stable hash of the first document's id.</summary>
    public static string IdFor(string firstDocumentId) => "s" + StableHash.ToId(StableHash.Hash(firstDocumentId.AsSpan(), 0x5709));

    public string Id { get; }
    /// <summary>Creation order (ties and eviction order are decided by it and by <see cref="LastJoin"/>).</summary>
    public long Seq { get; }
    public string FirstDocumentId { get; }
    public int Size { get; internal set; }
    /// <summary>Day numbers (<see cref="DateOnly.DayNumber"/>) of the earliest and latest dated document; null when none is dated.</summary>
    public int? FirstDay { get; internal set; }
    public int? LastDay { get; internal set; }
    /// <summary>Stream position of the last document that joined.</summary>
    public long LastJoin { get; internal set; }
    public SortedDictionary<string, int> Languages { get; } = new(StringComparer.Ordinal);
    public List<string> Outlets { get; } = new();
    public SortedDictionary<string, StoryTitle> Titles { get; } = new(StringComparer.Ordinal);
    public Centroid Entities { get; private set; }
    public Centroid Events { get; private set; }
    public Centroid Grams { get; private set; }
    public SortedDictionary<string, Centroid> Stems { get; } = new(StringComparer.Ordinal);
    internal int StemBudget { get; }
    /// <summary>Months (year·12 + month − 1) of the event dates its documents' texts state, with how many documents state
    /// each (at most <see cref="MaxStatedMonths"/>: the least stated, then the earliest, are dropped).</summary>
    public SortedDictionary<int, int> StatedMonths { get; } = new();
    public const int MaxStatedMonths = 24;
    /// <summary>Its documents' country mentions, summed (<see cref="CountryMix"/>).</summary>
    public CountryMix Countries { get; } = new();
    /// <summary>The last documents that joined (at most <see cref="StoryClusteringOptions.StoryMembers"/>), oldest first.</summary>
    public List<StoryMember> Members { get; } = new();
    private readonly int _memberCap;
    /// <summary>Entity ids and event signatures behind the centroid keys.</summary>
    internal Dictionary<ulong, string> Names { get; } = new();
    internal List<ulong> IndexedKeys { get; set; } = new();
    /// <summary>When the story was last (re)indexed: posting lists are in this order, and a resumed run restores them so.</summary>
    internal long IndexStamp { get; set; }
    /// <summary>Scratch of <see cref="OnlineClusterer.Candidates"/>: the query that last hit the story and its index keys hit.</summary>
    internal long HitQuery;
    internal int Hits;
    public bool IsOpen { get; internal set; } = true;
    internal bool Dirty { get; set; } = true;

    public DateOnly? FirstSeen => FirstDay is { } d ? DateOnly.FromDayNumber(d) : null;
    public DateOnly? LastSeen => LastDay is { } d ? DateOnly.FromDayNumber(d) : null;

    /// <summary>The title in the language with most documents (ties: language code order).</summary>
    public string Title
    {
        get
        {
            string? best = null;
            foreach (var (lang, n) in Languages)
                if (Titles.ContainsKey(lang) && (best is null || n > Languages[best])) best = lang;
            return best is null ? "" : Titles[best].Title;
        }
    }

    internal void Join(StoryFeatures f, double score, long position)
    {
        Size++;
        LastJoin = position;
        Languages[f.Language] = Languages.GetValueOrDefault(f.Language) + 1;
        if (f.Outlet is { Length: > 0 } outlet && Outlets.Count < MaxOutlets && !Outlets.Contains(outlet)) Outlets.Add(outlet);
        if (f.Date is { } d)
        {
            int day = d.DayNumber;
            FirstDay = FirstDay is { } a ? Math.Min(a, day) : day;
            LastDay = LastDay is { } b ? Math.Max(b, day) : day;
        }
        if (!Titles.TryGetValue(f.Language, out var t) || score > t.Score) Titles[f.Language] = new StoryTitle(f.DocumentId, f.Title, score);
        var (entities, events, stemTf) = Raw && f.Member is { } raw ? (raw.Entities, raw.Events, raw.Stems) : (f.Entities, f.Events, f.Stems);
        Entities.Add(entities);
        Events.Add(events);
        Grams.Add(f.Grams); // weighed on joining, in its document's language (a story's n-grams mix languages)
        if (!Stems.TryGetValue(f.Language, out var stems)) Stems[f.Language] = stems = new Centroid(StemBudget);
        stems.Add(stemTf);
        foreach (var month in f.StatedMonths) StatedMonths[month] = StatedMonths.GetValueOrDefault(month) + 1;
        while (StatedMonths.Count > MaxStatedMonths)
            StatedMonths.Remove(StatedMonths.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key).First().Key);
        Countries.Add(f.Countries);
        if (_memberCap > 0 && f.Member is { } m)
        {
            while (Members.Count >= _memberCap) Members.RemoveAt(0);
            Members.Add(m);
        }
        foreach (var k in f.Entities.Keys) if (f.Names.TryGetValue(k, out var n)) Names.TryAdd(k, n);
        foreach (var k in f.Events.Keys) if (f.Names.TryGetValue(k, out var n)) Names.TryAdd(k, n);
        if (Names.Count > 4 * (Entities.Budget + Events.Budget)) PruneNames();
        Dirty = true;
    }

    /// <summary>The heaviest entity ids (or event signatures) with their share of the centroid's weight.</summary>
    public IReadOnlyList<(string Name, double Weight)> Top(Centroid c, int n)
    {
        var v = c.Vector;
        double total = 0;
        foreach (var w in v.Weights) total += w;
        var list = new List<(string, double)>();
        foreach (var k in v.HeaviestKeys(n))
            if (Names.TryGetValue(k, out var name)) list.Add((name, Math.Round(v.Weights[Array.BinarySearch(v.Keys, k)] / Math.Max(total, 1e-9), 4)));
        return list;
    }

    // ---- serialization ----

    private const byte Version = 4; // 2: stated months and members; 3: raw centroids flag; 4: country mentions

    public byte[] Serialize()
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(Version);
        w.Write(Id); w.Write(Seq); w.Write(FirstDocumentId); w.Write(Size); w.Write(Raw);
        w.Write(FirstDay ?? int.MinValue); w.Write(LastDay ?? int.MinValue); w.Write(LastJoin); w.Write(IndexStamp);
        w.Write(Languages.Count);
        foreach (var (l, n) in Languages) { w.Write(l); w.Write(n); }
        w.Write(Outlets.Count);
        foreach (var o in Outlets) w.Write(o);
        w.Write(Titles.Count);
        foreach (var (l, t) in Titles) { w.Write(l); w.Write(t.DocumentId); w.Write(t.Title); w.Write(t.Score); }
        WriteCentroid(w, Entities); WriteCentroid(w, Events); WriteCentroid(w, Grams);
        w.Write(Stems.Count);
        foreach (var (l, c) in Stems) { w.Write(l); WriteCentroid(w, c); }
        // Only the names still behind a centroid key.
        PruneNames();
        var nameKeys = Names.Keys.ToArray();
        Array.Sort(nameKeys); // a primitive sort (was LINQ OrderBy): a flush writes every changed story
        w.Write(nameKeys.Length);
        foreach (var k in nameKeys) { w.Write(k); w.Write(Names[k]); }
        w.Write(StatedMonths.Count);
        foreach (var (month, n) in StatedMonths) { w.Write(month); w.Write(n); }
        Countries.WriteTo(w);
        w.Write(Members.Count);
        foreach (var m in Members)
        {
            w.Write(m.Language);
            m.Entities.WriteTo(w); m.Events.WriteTo(w); m.Stems.WriteTo(w); m.Grams.WriteTo(w);
        }
        w.Flush();
        return ms.ToArray();
    }

    /// <summary>Forgets the names of keys no longer in the entity or event centroid.</summary>
    private void PruneNames()
    {
        var live = new HashSet<ulong>(Entities.Entries.Select(e => e.Key).Concat(Events.Entries.Select(e => e.Key)));
        foreach (var k in Names.Keys.Where(k => !live.Contains(k)).ToList()) Names.Remove(k);
    }

    private static void WriteCentroid(BinaryWriter w, Centroid c)
    {
        // By key, keys and weights sorted as two arrays (keys are unique, so the order is what OrderBy gave, but cheaper).
        var keys = new ulong[c.Count];
        var weights = new double[keys.Length];
        int i = 0;
        foreach (var (k, v) in c.Entries) { keys[i] = k; weights[i++] = v; }
        Array.Sort(keys, weights);
        w.Write(keys.Length);
        for (i = 0; i < keys.Length; i++) { w.Write(keys[i]); w.Write(weights[i]); }
    }


    private static void ReadCentroid(BinaryReader r, Centroid c)
    {
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++) c.Set(r.ReadUInt64(), r.ReadDouble());
    }

    public static Story Deserialize(byte[] bytes, StoryClusteringOptions o)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        byte version = r.ReadByte();
        if (version is not (1 or 2 or 3 or Version)) throw new InvalidDataException("story state: unknown version");
        var s = new Story(r.ReadString(), r.ReadInt64(), r.ReadString(), o) { Size = r.ReadInt32() };
        s.Raw = version >= 3 && r.ReadBoolean(); // earlier versions kept weighed centroids
        int first = r.ReadInt32(), last = r.ReadInt32();
        s.FirstDay = first == int.MinValue ? null : first;
        s.LastDay = last == int.MinValue ? null : last;
        s.LastJoin = r.ReadInt64();
        s.IndexStamp = r.ReadInt64();
        for (int i = r.ReadInt32(); i > 0; i--) s.Languages[r.ReadString()] = r.ReadInt32();
        for (int i = r.ReadInt32(); i > 0; i--) s.Outlets.Add(r.ReadString());
        for (int i = r.ReadInt32(); i > 0; i--)
        {
            var l = r.ReadString();
            s.Titles[l] = new StoryTitle(r.ReadString(), r.ReadString(), r.ReadDouble());
        }
        ReadCentroid(r, s.Entities); ReadCentroid(r, s.Events); ReadCentroid(r, s.Grams);
        for (int i = r.ReadInt32(); i > 0; i--)
        {
            var l = r.ReadString();
            var c = new Centroid(s.StemBudget);
            ReadCentroid(r, c);
            s.Stems[l] = c;
        }
        for (int i = r.ReadInt32(); i > 0; i--) s.Names[r.ReadUInt64()] = r.ReadString();
        if (version >= 2)
        {
            for (int i = r.ReadInt32(); i > 0; i--) s.StatedMonths[r.ReadInt32()] = r.ReadInt32();
            if (version >= 4) s.Countries.ReadInto(r);
            for (int i = r.ReadInt32(); i > 0; i--)
                s.Members.Add(new StoryMember(r.ReadString(), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r)));
        }
        s.Dirty = false;
        return s;
    }
}
