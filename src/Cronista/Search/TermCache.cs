using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Cronista.Search;

/// <summary>
/// Word → (term, MinHash word hash) for one thread, as an open-addressing table whose key and term characters sit side by side
/// in one char arena: a lookup touches one slot and one arena run (a Dictionary of strings touches bucket, entry, key and
/// value objects, which with a 100k-word news vocabulary are mostly cache misses).
/// </summary>
internal sealed class TermCache
{
    private struct Slot
    {
        public ulong WordHash;
        public uint Hash;       // 0 = empty
        public int Start;       // key at arena[Start..+KeyLength], term right after it
        public ushort KeyLength, TermLength;
    }

    private readonly int _maxEntries;
    private Slot[] _slots;
    private char[] _arena;
    private int _arenaUsed, _count;

    public TermCache(int capacity, int maxEntries)
    {
        _maxEntries = maxEntries;
        _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
        _arena = new char[capacity * 16];
    }

    public int Count => _count;

    /// <summary>
    /// Lower-cases <paramref name="word"/> into <paramref name="lower"/> exactly as <see cref="Text.Folding.Lower"/> does and
    /// returns the hash the result is looked up with (never 0). One pass, four ASCII characters at a time.
    /// </summary>
    public static uint LowerKey(ReadOnlySpan<char> word, Span<char> lower)
    {
        const ulong NonAscii = 0xFF80_FF80_FF80_FF80, Bit7 = 0x0080_0080_0080_0080;
        ulong h = (ulong)word.Length * P1;
        int i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            ulong v = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(i, 4)));
            if ((v & NonAscii) == 0)
            {
                // Per 16-bit lane c < 0x80: bit 7 of (c + 0x3F) is c >= 'A', of (c + 0x25) is c > 'Z'; they differ for 'A'..'Z'.
                ulong upper = ((v + 0x003F_003F_003F_003F) ^ (v + 0x0025_0025_0025_0025)) & Bit7;
                v |= upper >> 2; // + 0x20
                MemoryMarshal.Write(MemoryMarshal.AsBytes(lower.Slice(i, 4)), in v);
            }
            else
            {
                for (int k = i; k < i + 4; k++) lower[k] = char.ToLowerInvariant(word[k]);
                v = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(lower.Slice(i, 4)));
            }
            h = BitOperations.RotateLeft(h ^ (v * P2), 31) * P1;
        }
        for (; i < word.Length; i++)
        {
            char c = word[i];
            c = Text.Folding.Lower(c);
            lower[i] = c;
            h = BitOperations.RotateLeft(h ^ (c * P2), 31) * P1;
        }
        return (uint)((h * P2) >> 32) | 1;
    }

    private const ulong P1 = 0x9E3779B185EBCA87UL, P2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>Finds <paramref name="key"/>: its term (empty for a stop word) and word hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> key, uint hash, out ReadOnlySpan<char> term, out ulong wordHash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            ref var s = ref slots[i];
            if (s.Hash == 0) break;
            if (s.Hash == hash && s.KeyLength == key.Length && _arena.AsSpan(s.Start, key.Length).SequenceEqual(key))
            {
                term = _arena.AsSpan(s.Start + s.KeyLength, s.TermLength);
                wordHash = s.WordHash;
                return true;
            }
        }
        term = default;
        wordHash = 0;
        return false;
    }

    /// <summary>Adds a key that <see cref="TryGet"/> did not find; starts over when full.</summary>
    public void Add(ReadOnlySpan<char> key, uint hash, ReadOnlySpan<char> term, ulong wordHash)
    {
        if (_count >= _maxEntries) { Array.Clear(_slots); _arenaUsed = 0; _count = 0; }
        if ((_count + 1) * 2 > _slots.Length) Grow();
        int need = key.Length + term.Length;
        if (_arenaUsed + need > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + need));
        key.CopyTo(_arena.AsSpan(_arenaUsed));
        term.CopyTo(_arena.AsSpan(_arenaUsed + key.Length));
        Insert(_slots, new Slot { WordHash = wordHash, Hash = hash, Start = _arenaUsed, KeyLength = (ushort)key.Length, TermLength = (ushort)term.Length });
        _arenaUsed += need;
        _count++;
    }

    private static void Insert(Slot[] slots, in Slot slot)
    {
        int mask = slots.Length - 1;
        int i = (int)slot.Hash & mask;
        while (slots[i].Hash != 0) i = (i + 1) & mask;
        slots[i] = slot;
    }

    private void Grow()
    {
        var bigger = new Slot[_slots.Length * 2];
        foreach (ref readonly var s in _slots.AsSpan()) if (s.Hash != 0) Insert(bigger, s);
        _slots = bigger;
    }
}
