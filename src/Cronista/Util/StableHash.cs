using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Cronista.Util;

/// <summary>
/// A fast 64-bit hash that is stable across processes and machines (unlike <see cref="HashCode"/>),
/// for content hashes, ids and MinHash shingles. Not cryptographic.
/// </summary>
public static class StableHash
{
    private const ulong P1 = 0x9E3779B185EBCA87UL, P2 = 0xC2B2AE3D27D4EB4FUL, P3 = 0x165667B19E3779F9UL;

    public static ulong Hash(ReadOnlySpan<char> text, ulong seed = 0) => Hash(MemoryMarshal.AsBytes(text), seed);

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        ulong h = seed ^ P3 ^ ((ulong)data.Length * P1);
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(data[i..]));
        if (i < data.Length)
        {
            ulong tail = 0;
            for (int k = data.Length - 1; k >= i; k--) tail = (tail << 8) | data[k];
            h = Round(h, tail);
        }
        return Mix(h);
    }

    /// <summary>Combines a running hash with one more 64-bit value (e.g. word hashes into a shingle hash).</summary>
    public static ulong Combine(ulong h, ulong value) => Round(h, value);

    public static ulong Mix(ulong h)
    {
        h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P3; h ^= h >> 32;
        return h;
    }

    private static ulong Round(ulong h, ulong v) => BitOperations.RotateLeft(h ^ (v * P2), 31) * P1;

    public static string ToId(ulong h) => h.ToString("x16");
}
