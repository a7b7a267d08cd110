using System.Runtime.CompilerServices;
using Cronista.Util;

namespace Cronista.Entities.Ner;

/// <summary>Stable 64-bit hashes of token pieces, computed from spans without allocating (FNV-1a steps, mixed at the end).</summary>
internal static class NerHash
{
    public const ulong Seed = 0xCBF29CE484222325UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * 0x100000001B3UL;

    /// <summary>Hash of the lower-cased token (the key of gazetteer names, clusters and document statistics).</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (var c in s) h = Step(h, ToLower(c));
        return StableHash.Mix(h);
    }

    /// <summary><see cref="char.ToLowerInvariant"/>, without its call for ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c) => Cronista.Text.Folding.Lower(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => StableHash.Combine(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b, ulong c) => StableHash.Combine(StableHash.Combine(a, b), c);
}
