using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Cronista.Entities.Ner;

/// <summary>
/// A cache of a model's scores per word spelling (used by one sentence at a time). Most of a token's feature rows
/// depend on one word only (its own spelling, or a neighbour's as "previous word", "next word", …), and so do its
/// transition scores (tag bigram, previous tag × word, previous tag × shape): summed once per spelling they cost one
/// look-up per token instead of ~30 rows scattered over the weight table and 2 more per previous tag. The sums are
/// integers, so the scores are exactly those of summing the rows each time. Direct-mapped; a colliding spelling
/// replaces the entry.
/// </summary>
internal sealed class NerWordCache
{
    private const int Bits = 15; // 32,768 spellings, ~19 MB with 9 tags
    /// <summary>An entry holds score vectors of one score per tag: the word's own rows, then what it gives the tokens
    /// at +1, +2, −1, −2 (<see cref="NerFeatures.NeighbourOffsets"/>), then (at <see cref="Transitions"/>) its
    /// transition scores as floats, (tags + 1) × tags: after each previous tag and at the sentence start. Entries are
    /// padded so that reading <see cref="NerModel.Stride"/> lanes from any vector stays inside the entry.</summary>
    public readonly int Transitions;
    private const int MaxRows = 64; // rows of one spelling: ≤ 17 own, 10 of neighbours, 2 per previous tag (≤ 17)

    private struct Key
    {
        public ulong Raw, Lower, ShortShape;
        public int Length; // 0: empty
        public byte Flags;
    }

    private readonly NerModel _model;
    private readonly Key[] _keys = new Key[1 << Bits];
    private readonly int[] _scores;
    private readonly int _stride;

    // Spellings of the current sentence not in the cache: token, then its rows (MaxRows each) and where each group ends.
    private ulong[] _raw = new ulong[256]; // per token of the sentence: the hash of its spelling
    private int _missing;
    private int[] _missTokens = new int[64], _missRows = new int[64 * MaxRows], _missEnds = new int[64 * 6];

    public NerWordCache(NerModel model)
    {
        _model = model;
        int tags = model.TagCount;
        Transitions = 5 * tags;
        _stride = (Math.Max(Transitions + (tags + 1) * tags, 4 * tags + NerModel.Stride) + NerModel.Stride - 1) / NerModel.Stride * NerModel.Stride;
        _scores = GC.AllocateUninitializedArray<int>(_stride << Bits);
    }

    private static int Slot(ulong raw) => (int)((raw * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    /// <summary>Starts a sentence: hashes its spellings and requests their entries from memory (the table is larger
    /// than the caches), so that the look-ups that follow wait for memory once per sentence rather than once per token.</summary>
    public void BeginSentence(ReadOnlySpan<char> text, ReadOnlySpan<Model.Token> tokens)
    {
        _missing = 0;
        if (_raw.Length < tokens.Length) _raw = new ulong[Math.Max(tokens.Length, _raw.Length * 2)];
        for (int i = 0; i < tokens.Length; i++)
        {
            ulong raw = _raw[i] = NerFeatures.RawHash(text.Slice(tokens[i].Start, tokens[i].Length));
            if (!Sse.IsSupported) continue;
            int slot = Slot(raw);
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _keys[slot]));
                ref int scores = ref _scores[slot * _stride];
                for (int k = 0; k < _stride; k += 16) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref scores, k)));
            }
        }
    }

    /// <summary>The entry of token i's spelling (<paramref name="length"/> characters), setting its pieces in
    /// <paramref name="f"/>; on a miss, false: its pieces are hashed, its rows listed and requested from memory, and
    /// <see cref="Fill"/> sums them later.</summary>
    public bool TryGet(ReadOnlySpan<char> word, int i, NerFeatures f, out int entry)
    {
        ulong raw = _raw[i];
        int slot = Slot(raw);
        ref var key = ref _keys[slot];
        entry = slot * _stride;
        if (key.Raw == raw && key.Length == word.Length)
        {
            f.SetWord(i, key.Lower, key.ShortShape, key.Length, key.Flags);
            return true;
        }
        f.Word(word, i);
        Plan(i, f);
        return false;
    }

    public ref int Scores(int entry) => ref _scores[entry];

    private void Plan(int i, NerFeatures f)
    {
        if (_missing == _missTokens.Length)
        {
            Array.Resize(ref _missTokens, _missing * 2);
            Array.Resize(ref _missRows, _missing * 2 * MaxRows);
            Array.Resize(ref _missEnds, _missing * 2 * 6);
        }
        var rows = _missRows.AsSpan(_missing * MaxRows, MaxRows);
        var ends = _missEnds.AsSpan(_missing * 6, 6);
        int c = f.WordRows(i, rows);
        ends[0] = c;
        var offsets = NerFeatures.NeighbourOffsets;
        for (int k = 0; k < offsets.Length; k++) ends[k + 1] = c += f.NeighbourRows(i, offsets[k], rows[c..]);
        Span<int> transition = stackalloc int[NerModel.TransitionCount];
        for (int p = 0; p <= _model.TagCount; p++)
        {
            NerModel.TransitionRows(f, i, p, _model.Shift, transition);
            transition[1..].CopyTo(rows[c..]);
            c += NerModel.TransitionCount - 1;
        }
        _missTokens[_missing++] = i;
        _model.Prefetch(rows[..c]);
    }

    /// <summary>Spellings of the current sentence not found by <see cref="TryGet"/>.</summary>
    public int Missing => _missing;

    public int MissingToken(int m) => _missTokens[m];

    /// <summary>Sums the rows of missing spelling m (token i = <see cref="MissingToken"/>) into its entry, keyed by the
    /// spelling and token i's pieces in <paramref name="f"/>; returns the entry.</summary>
    public int Fill(int m, ReadOnlySpan<char> word, NerFeatures f)
    {
        int i = _missTokens[m], nt = _model.TagCount;
        ulong raw = _raw[i];
        int slot = Slot(raw);
        _keys[slot] = new Key { Raw = raw, Lower = f.Lower[i], ShortShape = f.ShortShape[i], Length = word.Length, Flags = f.Flags[i] };
        ref int scores = ref _scores[slot * _stride];
        var rows = _missRows.AsSpan(m * MaxRows, MaxRows);
        var ends = _missEnds.AsSpan(m * 6, 6);
        for (int k = 0, from = 0; k < 5; from = ends[k++])
            Sum(rows[from..ends[k]], MemoryMarshal.CreateSpan(ref Unsafe.Add(ref scores, k * nt), nt));
        var bigram = _model.Bigram();
        Span<int> sum = stackalloc int[NerModel.Stride];
        var transitions = MemoryMarshal.CreateSpan(ref Unsafe.As<int, float>(ref Unsafe.Add(ref scores, Transitions)), (nt + 1) * nt);
        for (int p = 0, r = ends[4]; p <= nt; p++, r += NerModel.TransitionCount - 1)
        {
            // The tag bigram (the first transition row) is the same for every word: its weights come from Bigram().
            var lo = Vector256.Create(bigram, p * NerModel.Stride);
            var hi = Vector256.Create(bigram, p * NerModel.Stride + 8);
            foreach (var row in rows.Slice(r, NerModel.TransitionCount - 1)) _model.AddRow(row, ref lo, ref hi);
            lo.CopyTo(sum); hi.CopyTo(sum[8..]);
            for (int t = 0; t < nt; t++) transitions[p * nt + t] = sum[t];
        }
        return slot * _stride;
    }

    private void Sum(ReadOnlySpan<int> rows, Span<int> into)
    {
        Vector256<int> lo = Vector256<int>.Zero, hi = Vector256<int>.Zero;
        foreach (var r in rows) _model.AddRow(r, ref lo, ref hi);
        Span<int> sum = stackalloc int[NerModel.Stride];
        lo.CopyTo(sum); hi.CopyTo(sum[8..]);
        sum[..into.Length].CopyTo(into);
    }
}
