using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Cronista.Util;

/// <summary>
/// Scratch arrays from <see cref="ArrayPool{T}.Shared"/> up to 1 MB; larger ones are allocated and left to the GC. The shared
/// pool keeps every array given back to it, per thread and size class, for the rest of the process: the tables of one 2 MB
/// page (its characters, word hashes, a 64-byte entry per token) stayed there through a whole ingest (~200 MB of a
/// 30,000-article run, docs/BENCHMARKS.md "Memory").
/// </summary>
internal static class Scratch<T>
{
    /// <summary>Largest length pooled (a power of two, so that what <see cref="Rent"/> pools comes back to the pool).</summary>
    private static readonly int MaxPooled = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (1 << 20) / Unsafe.SizeOf<T>()));

    /// <summary>An array of at least <paramref name="length"/> elements (pooled ones may be longer and hold old values).</summary>
    public static T[] Rent(int length) => length <= MaxPooled ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    /// <summary>Gives back an array from <see cref="Rent"/> (a large one is simply dropped).</summary>
    public static void Return(T[] array, bool clear = false)
    {
        if (array.Length <= MaxPooled) ArrayPool<T>.Shared.Return(array, clear);
    }
}
