namespace Cronista.Stories;

/// <summary>
/// Running document frequencies of hashed features (entity ids, event signatures, stems, n-grams) over the stream, for
/// idf-style down-weighting of what every article mentions. A fixed table of 2^20 saturating 16-bit counters (2 MB,
/// collisions tolerated); when the document count reaches <see cref="HalvingPoint"/>, every count and the document count
/// are halved, so the statistics follow the stream (an exponential forgetting window) and stay within 16 bits.
/// Persisted with the stories, so that a resumed run weighs exactly as one uninterrupted run.
/// </summary>
public sealed class FeatureStats
{
    public const int Bits = 20;
    public const int HalvingPoint = 60_000;
    private const int Mask = (1 << Bits) - 1;
    private readonly ushort[] _df = new ushort[1 << Bits];

    public long Documents { get; private set; }

    private static int Slot(ulong key) => (int)((key ^ (key >> 29)) & Mask);

    public int DocumentFrequency(ulong key) => _df[Slot(key)];

    /// <summary>Smoothed inverse document frequency ln((N + 1) / (df + 0.5)), at least 0.01: what every document has
    /// weighs (almost) nothing, what few have weighs most.</summary>
    public double Idf(ulong key) => Math.Max(0.01, Math.Log((Documents + 1.0) / (_df[Slot(key)] + 0.5)));

    /// <summary>Counts one document having these (distinct) keys.</summary>
    public void Observe(ReadOnlySpan<ulong> keys)
    {
        foreach (var k in keys)
        {
            ref var c = ref _df[Slot(k)];
            if (c < ushort.MaxValue) c++;
        }
    }

    public void EndDocument()
    {
        if (++Documents < HalvingPoint) return;
        for (int i = 0; i < _df.Length; i++) _df[i] >>= 1;
        Documents >>= 1;
    }

    public byte[] Serialize()
    {
        var bytes = new byte[8 + _df.Length * 2];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), Documents);
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(_df.AsSpan()).CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    public static FeatureStats Deserialize(byte[] bytes)
    {
        var s = new FeatureStats();
        if (bytes.Length != 8 + s._df.Length * 2) throw new InvalidDataException("story feature statistics: unexpected size");
        s.Documents = BitConverter.ToInt64(bytes, 0);
        bytes.AsSpan(8).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s._df.AsSpan()));
        return s;
    }
}
