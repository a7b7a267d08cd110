using Cronista.Model;
using Cronista.Text;
using Cronista.Util;

namespace Cronista.Dedup;

/// <summary>
/// MinHash over word shingles (3 folded words), with LSH banding for candidate lookup.
/// 128 hashes in 16 bands of 8 rows: a pair with Jaccard s becomes a candidate with probability 1-(1-s^8)^16
/// (0.96 at s=0.8, 0.25 at s=0.6); candidates are then checked on the estimated Jaccard.
/// </summary>
public sealed class MinHasher
{
    public const int Hashes = 128, Bands = 16, Rows = Hashes / Bands, ShingleSize = 3;
    public static MinHasher Default { get; } = new();

    private readonly ulong[] _a = new ulong[Hashes], _b = new ulong[Hashes];

    public MinHasher(ulong seed = 0x5EED)
    {
        ulong s = seed;
        for (int i = 0; i < Hashes; i++)
        {
            s = StableHash.Mix(s + 0x9E3779B97F4A7C15UL); _a[i] = s | 1;
            s = StableHash.Mix(s + 0x9E3779B97F4A7C15UL); _b[i] = s;
        }
    }

    public uint[] Signature(string text, List<Token> tokens)
    {
        var sig = new uint[Hashes];
        Array.Fill(sig, uint.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleSize];
        Span<char> buf = stackalloc char[64];
        int words = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var w = text.AsSpan(t.Start, Math.Min(t.Length, 64));
            int n = Folding.Fold(w, buf);
            window[words % ShingleSize] = StableHash.Hash(buf[..n]);
            words++;
            if (words >= ShingleSize) Add(sig, ShingleHash(window, words));
        }
        if (words is > 0 and < ShingleSize) Add(sig, ShingleHash(window, words)); // very short texts: one shingle
        return sig;
    }

    private static ulong ShingleHash(ReadOnlySpan<ulong> window, int words)
    {
        ulong h = 0;
        int count = Math.Min(words, ShingleSize);
        for (int k = count; k > 0; k--) h = StableHash.Combine(h, window[(words - k) % ShingleSize]);
        return StableHash.Mix(h);
    }

    private void Add(uint[] sig, ulong shingle)
    {
        for (int i = 0; i < Hashes; i++)
        {
            uint v = (uint)((_a[i] * shingle + _b[i]) >> 32);
            if (v < sig[i]) sig[i] = v;
        }
    }

    public static double EstimatedJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>One LSH bucket key per band: documents sharing any key are near-duplicate candidates.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> sig)
    {
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            var band = System.Runtime.InteropServices.MemoryMarshal.AsBytes(sig.Slice(b * Rows, Rows));
            keys[b] = (long)StableHash.Hash(band, (ulong)b + 1);
        }
        return keys;
    }
}
