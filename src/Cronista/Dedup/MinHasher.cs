using System.Numerics;
using Cronista.Model;
using Cronista.Text;
using Cronista.Util;

namespace Cronista.Dedup;

/// <summary>
/// MinHash signatures over word shingles (3 accent-folded, lower-cased words) by one-permutation hashing:
/// each shingle is hashed once, its top bits pick one of 128 bins and each bin keeps its minimum
/// (Li, Owen &amp; Zhang 2012); empty bins borrow from the next non-empty bin (rotation densification,
/// Shrivastava &amp; Li 2014). One hash per shingle instead of 128 keeps this stage cheap.
/// LSH: 16 bands of 8 rows, so a pair with Jaccard s becomes a candidate with probability 1-(1-s^8)^16
/// (0.96 at s=0.8, 0.25 at s=0.6); candidates are then checked on the estimated Jaccard.
/// </summary>
public sealed class MinHasher
{
    public const int Hashes = 128, Bands = 16, Rows = Hashes / Bands, ShingleSize = 3;
    private const int BinBits = 7; // 2^7 = 128 bins
    public static MinHasher Default { get; } = new();

    public const int MaxWordChars = 64; // longer words are hashed by their first 64 characters

    public uint[] Signature(string text, List<Token> tokens)
    {
        var hashes = new List<ulong>(tokens.Count);
        foreach (var t in tokens)
            if (t.Kind is TokenKind.Word or TokenKind.Number) hashes.Add(WordHash(text.AsSpan(t.Start, t.Length)));
        return Signature(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hashes));
    }

    /// <summary>The hash a word contributes to shingles: of its accent-folded, lower-cased first <see cref="MaxWordChars"/> characters.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWordChars];
        int n = Folding.Fold(word[..Math.Min(word.Length, MaxWordChars)], buf);
        return StableHash.Hash(buf[..n]);
    }

    /// <summary>The signature from the <see cref="WordHash"/> of each word and number token, in text order.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> wordHashes)
    {
        var sig = new uint[Hashes];
        Array.Fill(sig, uint.MaxValue);
        Span<bool> filled = stackalloc bool[Hashes];
        filled.Clear();
        for (int i = ShingleSize - 1; i < wordHashes.Length; i++) Add(sig, filled, ShingleHash(wordHashes.Slice(i + 1 - ShingleSize, ShingleSize)));
        if (wordHashes.Length is > 0 and < ShingleSize) Add(sig, filled, ShingleHash(wordHashes)); // very short texts: one shingle
        Densify(sig, filled);
        return sig;
    }

    private static ulong ShingleHash(ReadOnlySpan<ulong> words)
    {
        ulong h = 0;
        foreach (var w in words) h = StableHash.Combine(h, w);
        return StableHash.Mix(h);
    }

    private static void Add(uint[] sig, Span<bool> filled, ulong shingle)
    {
        int bin = (int)(shingle >> (64 - BinBits));
        uint v = (uint)shingle;
        if (v <= sig[bin]) { sig[bin] = v; filled[bin] = true; }
    }

    /// <summary>Empty bins take the value of the next non-empty bin to the right, offset by the distance so they stay distinct.</summary>
    private static void Densify(uint[] sig, ReadOnlySpan<bool> filled)
    {
        if (!filled.Contains(true)) return;
        for (int i = 0; i < Hashes; i++)
        {
            if (filled[i]) continue;
            int j = i, d = 0;
            do { j = (j + 1) % Hashes; d++; } while (!filled[j]);
            sig[i] = BitOperations.RotateLeft(sig[j], d) ^ (uint)(d * 0x9E3779B9);
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
