using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Cronista.Stories;

/// <summary>A compact sparse vector: hashed keys in ascending order with their weights, and its Euclidean norm.</summary>
public sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(ulong[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
        double s = 0;
        foreach (var w in weights) s += (double)w * w;
        Norm = Math.Sqrt(s);
    }

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public double Norm { get; }
    public int Count => Keys.Length;
    public bool IsEmpty => Keys.Length == 0 || Norm == 0;

    /// <summary>The <paramref name="topK"/> heaviest entries (ties by key, so the result is deterministic), keys sorted.</summary>
    /// <summary>Count, then (key, weight) pairs: the layout of story states and stored story features.</summary>
    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Count);
        for (int i = 0; i < Count; i++) { w.Write(Keys[i]); w.Write(Weights[i]); }
    }

    internal static SparseVector ReadFrom(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n == 0) return Empty;
        var keys = new ulong[n];
        var weights = new float[n];
        for (int i = 0; i < n; i++) { keys[i] = r.ReadUInt64(); weights[i] = r.ReadSingle(); }
        return new SparseVector(keys, weights);
    }

    public static SparseVector Top(List<KeyValuePair<ulong, double>> entries, int topK)
    {
        if (entries.Count == 0) return Empty;
        if (entries.Count > topK)
        {
            SelectFirst(CollectionsMarshal.AsSpan(entries), topK);
            entries.RemoveRange(topK, entries.Count - topK);
        }
        CollectionsMarshal.AsSpan(entries).Sort(default(ByKey));
        var keys = new ulong[entries.Count];
        var weights = new float[entries.Count];
        for (int i = 0; i < entries.Count; i++) { keys[i] = entries[i].Key; weights[i] = (float)entries[i].Value; }
        return new SparseVector(keys, weights);
    }

    public static SparseVector Top(Dictionary<ulong, double> entries, int topK)
    {
        var list = new List<KeyValuePair<ulong, double>>(entries.Count);
        foreach (var kv in entries) if (kv.Value > 0) list.Add(kv);
        return Top(list, topK);
    }

    /// <summary>Heaviest first, ties by key (struct comparers: the sorts are specialized, no delegate calls).</summary>
    internal readonly struct ByWeightDescending : IComparer<KeyValuePair<ulong, double>>
    {
        public int Compare(KeyValuePair<ulong, double> a, KeyValuePair<ulong, double> b) =>
            a.Value > b.Value ? -1 : a.Value < b.Value ? 1 : a.Key.CompareTo(b.Key);
    }

    /// <summary>Moves the <paramref name="k"/> heaviest entries (ties by key) to the front, in no particular order: a
    /// quickselect, O(n) instead of a full sort's O(n log n). The order is total (distinct keys), so the set is the sort's.</summary>
    internal static void SelectFirst(Span<KeyValuePair<ulong, double>> a, int k)
    {
        var cmp = default(ByWeightDescending);
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            if (hi - lo < 16) { a[lo..(hi + 1)].Sort(cmp); return; }
            // Median of three as the pivot, then a Hoare partition.
            int mid = lo + (hi - lo) / 2;
            if (cmp.Compare(a[mid], a[lo]) < 0) (a[mid], a[lo]) = (a[lo], a[mid]);
            if (cmp.Compare(a[hi], a[lo]) < 0) (a[hi], a[lo]) = (a[lo], a[hi]);
            if (cmp.Compare(a[hi], a[mid]) < 0) (a[hi], a[mid]) = (a[mid], a[hi]);
            var pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (cmp.Compare(a[i], pivot) < 0) i++;
                while (cmp.Compare(pivot, a[j]) < 0) j--;
                if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
            }
            if (k - 1 <= j) hi = j;
            else if (k - 1 >= i) lo = i;
            else return;
        }
    }

    internal readonly struct ByKey : IComparer<KeyValuePair<ulong, double>>
    {
        public int Compare(KeyValuePair<ulong, double> a, KeyValuePair<ulong, double> b) => a.Key.CompareTo(b.Key);
    }

    /// <summary>The dot product: the products of the weights of shared keys, summed in key order (<see cref="ForEachShared"/>).</summary>
    public double Dot(SparseVector other)
    {
        var dot = new DotSum(Weights, other.Weights);
        ForEachShared(Keys, other.Keys, ref dot);
        return dot.Sum;
    }

    private struct DotSum(float[] a, float[] b) : ISharedKeys
    {
        public double Sum;
        public void Shared(int i, int j) => Sum += (double)a[i] * b[j];
    }

    /// <summary>What <see cref="ForEachShared"/> calls for each key both sides have.</summary>
    internal interface ISharedKeys
    {
        void Shared(int i, int j);
    }

    /// <summary>
    /// Calls <paramref name="sink"/> for each key in both ascending arrays (a[i] == b[j]), in key order. Blocks of eight
    /// (AVX-512) or four keys of each side are compared all against all in one vector step (a broadcast compare per key
    /// of b), and the block with the smaller last key moves on; a plain merge does the rest. A key meets the other side's
    /// equal key in exactly one pair of blocks, and blocks move in key order, so the calls are those of the plain merge,
    /// in its order (sums over them are the same to the bit) — 3–4× faster: the plain merge waits for each comparison's
    /// loads before the next, and <see cref="StoryRefinement"/> and the online clusterer spend most of their time here.
    /// </summary>
    internal static void ForEachShared<T>(ulong[] a, ulong[] b, ref T sink) where T : struct, ISharedKeys
    {
        int i = 0, j = 0;
        ref ulong a0 = ref MemoryMarshal.GetArrayDataReference(a), b0 = ref MemoryMarshal.GetArrayDataReference(b);
        if (Vector512.IsHardwareAccelerated)
            while (i + 8 <= a.Length && j + 8 <= b.Length)
            {
                var va = Vector512.LoadUnsafe(ref a0, (nuint)i);
                var eq = (Vector512.Equals(va, Vector512.Create(b[j])) | Vector512.Equals(va, Vector512.Create(b[j + 1]))
                        | Vector512.Equals(va, Vector512.Create(b[j + 2])) | Vector512.Equals(va, Vector512.Create(b[j + 3])))
                       | (Vector512.Equals(va, Vector512.Create(b[j + 4])) | Vector512.Equals(va, Vector512.Create(b[j + 5]))
                        | Vector512.Equals(va, Vector512.Create(b[j + 6])) | Vector512.Equals(va, Vector512.Create(b[j + 7])));
                if (eq != Vector512<ulong>.Zero) Report(a, b, i, j, eq.ExtractMostSignificantBits(), ref sink);
                ulong lastA = Unsafe.Add(ref a0, i + 7), lastB = Unsafe.Add(ref b0, j + 7);
                i += lastA <= lastB ? 8 : 0;
                j += lastB <= lastA ? 8 : 0;
            }
        if (Vector256.IsHardwareAccelerated)
            while (i + 4 <= a.Length && j + 4 <= b.Length)
            {
                var va = Vector256.LoadUnsafe(ref a0, (nuint)i);
                var eq = Vector256.Equals(va, Vector256.Create(b[j])) | Vector256.Equals(va, Vector256.Create(b[j + 1]))
                       | Vector256.Equals(va, Vector256.Create(b[j + 2])) | Vector256.Equals(va, Vector256.Create(b[j + 3]));
                if (eq != Vector256<ulong>.Zero) Report(a, b, i, j, eq.ExtractMostSignificantBits(), ref sink);
                ulong lastA = Unsafe.Add(ref a0, i + 3), lastB = Unsafe.Add(ref b0, j + 3);
                i += lastA <= lastB ? 4 : 0;
                j += lastB <= lastA ? 4 : 0;
            }
        while (i < a.Length && j < b.Length)
        {
            // Advancing by comparison results (no branch on the key order, which the CPU cannot predict).
            ulong x = a[i], y = b[j];
            if (x == y) sink.Shared(i, j);
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
    }

    // The keys of a's block at i whose lanes are set in mask, each with its equal in b's block at j, in key order.
    private static void Report<T>(ulong[] a, ulong[] b, int i, int j, ulong mask, ref T sink) where T : struct, ISharedKeys
    {
        for (; mask != 0; mask &= mask - 1)
        {
            int x = i + System.Numerics.BitOperations.TrailingZeroCount(mask), y = j;
            while (b[y] != a[x]) y++;
            sink.Shared(x, y);
        }
    }

    private sealed record CoarseNorm(double Weight, double Norm2);
    private volatile CoarseNorm? _coarseNorm;

    /// <summary>The squared norm with coarse entity keys (<see cref="FeatureSeeds.IsCoarseKey"/>) scaled by
    /// <paramref name="coarse"/>, summed in key order; cached for the last weight asked (thread-safe).</summary>
    internal double CoarseNorm2(double coarse)
    {
        if (_coarseNorm is { } cached && cached.Weight == coarse) return cached.Norm2;
        double sum = 0;
        for (int i = 0; i < Keys.Length; i++)
        {
            double w = Weights[i] * (FeatureSeeds.IsCoarseKey(Keys[i]) ? coarse : 1);
            sum += w * w;
        }
        _coarseNorm = new CoarseNorm(coarse, sum);
        return sum;
    }

    public double Cosine(SparseVector other) => IsEmpty || other.IsEmpty ? 0 : Math.Clamp(Dot(other) / (Norm * other.Norm), 0, 1);

    /// <summary>Indices of the <paramref name="n"/> heaviest entries (ties by key).</summary>
    public IEnumerable<ulong> HeaviestKeys(int n)
    {
        if (Count <= n) return Keys;
        var entries = new KeyValuePair<ulong, double>[Count];
        for (int i = 0; i < Count; i++) entries[i] = new(Keys[i], Weights[i]);
        SelectFirst(entries, n);
        entries.AsSpan(0, n).Sort(default(ByWeightDescending));
        var top = new ulong[n];
        for (int i = 0; i < n; i++) top[i] = entries[i].Key;
        return top;
    }
}

/// <summary>
/// A story's running sum of unit-normalized document vectors (so every document counts the same), pruned to its heaviest
/// entries when it grows past twice its budget; <see cref="Vector"/> is the top of the sum, rebuilt when it changed.
/// </summary>
public sealed class Centroid
{
    private readonly Dictionary<ulong, double> _sum = new();
    private SparseVector? _vector;
    private (int N, IEnumerable<ulong> Keys)? _heaviest;

    public Centroid(int budget) => Budget = Math.Max(1, budget);

    public int Budget { get; }
    public int Count => _sum.Count;
    public IEnumerable<KeyValuePair<ulong, double>> Entries => _sum;

    public void Add(SparseVector v, double scale = 1)
    {
        if (v.IsEmpty) return;
        double f = scale / v.Norm;
        for (int i = 0; i < v.Count; i++)
            _sum[v.Keys[i]] = _sum.GetValueOrDefault(v.Keys[i]) + v.Weights[i] * f;
        if (_sum.Count > 2 * Budget) Prune(Budget);
        _vector = null;
        _heaviest = null;
    }

    public void Set(ulong key, double value) { _sum[key] = value; _vector = null; _heaviest = null; }

    /// <summary><see cref="Vector"/>'s heaviest keys, kept until the centroid changes (a story is re-indexed under all its
    /// centroids when one document joins one language's stems).</summary>
    public IEnumerable<ulong> HeaviestKeys(int n) =>
        _heaviest is { } h && h.N == n ? h.Keys : (_heaviest = (n, Vector.HeaviestKeys(n).ToArray())).Value.Keys;

    private void Prune(int keep)
    {
        var list = _sum.ToList();
        CollectionsMarshal.AsSpan(list).Sort(default(SparseVector.ByWeightDescending));
        for (int i = keep; i < list.Count; i++) _sum.Remove(list[i].Key);
    }

    public SparseVector Vector => _vector ??= SparseVector.Top(_sum, Budget);
}
