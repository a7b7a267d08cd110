using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Cronista.Model;
using Cronista.Util;

namespace Cronista.Entities.Ner;

/// <summary>
/// A trained tagger: tags (O, then B-/I- per type), a hashed table of 2^Bits rows × tags of 16-bit weights
/// (averaged-perceptron weights × <see cref="Scale"/>), and the word clusters its features use. Saved compressed.
/// </summary>
internal sealed class NerModel
{
    public const int HistoryCount = 2, TransitionCount = 3;
    private const uint Magic = 0x52454E43; // "CNER"

    public required string Language { get; init; }
    public required string[] Tags { get; init; }
    public required int Bits { get; init; }
    /// <summary>Row r, tag t at [r * <see cref="Stride"/> + t]: rows padded to 16 lanes for one 256-bit load each.</summary>
    public required short[] Weights { get; init; }
    public const int Stride = 16;
    public required float Scale { get; init; }
    public NerClusters? Clusters { get; init; }
    /// <summary>Pseudo-document size (sentences) used for document statistics when a file has no -DOCSTART- lines.</summary>
    public int DocBlock { get; init; } = 25;
    /// <summary>Stacked models: the first stage, run over the whole document before this model (same tags, rows, clusters).</summary>
    public NerModel? Stage1 { get; init; }
    /// <summary>Names labelled in a silver corpus (their matches are features besides the shared gazetteer's).</summary>
    public NerGazetteer? Silver { get; init; }

    public NerModel WithStage1(NerModel stage1) => new()
    {
        Language = Language, Tags = Tags, Bits = Bits, Weights = Weights, Scale = Scale, Clusters = Clusters, DocBlock = DocBlock, Stage1 = stage1, Silver = Silver,
    };

    public int TagCount => Tags.Length;
    public int Shift => 64 - Bits;

    /// <summary>Whether tag <paramref name="t"/> may follow <paramref name="prev"/> in IOB2 (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int prev, int t) => t == 0 || (t & 1) == 1 || prev == t || prev == t - 1;

    /// <summary>Rows of the document-history features of token i: what this word was tagged as earlier in the document
    /// ("extended prediction history", Ratinov &amp; Roth 2009).</summary>
    public static void HistoryRows(NerFeatures f, int i, int history, int shift, Span<int> rows)
    {
        rows[0] = (int)(StableHash.Mix(NerHash.Combine(104, (ulong)(history + 2))) >> shift);
        rows[1] = (int)(StableHash.Mix(NerHash.Combine(105, (ulong)(history + 2), f.ShortShape[i])) >> shift);
    }

    /// <summary>Rows of the first-order features of token i given the previous tag p (tag count = start of sentence).</summary>
    public static void TransitionRows(NerFeatures f, int i, int p, int shift, Span<int> rows)
    {
        rows[0] = (int)(StableHash.Mix(NerHash.Combine(100, (ulong)p)) >> shift);
        rows[1] = (int)(StableHash.Mix(NerHash.Combine(102, (ulong)p, f.Lower[i])) >> shift);
        rows[2] = (int)(StableHash.Mix(NerHash.Combine(103, (ulong)p, f.ShortShape[i])) >> shift);
    }

    /// <summary>
    /// Best IOB2-valid tag sequence (first-order Viterbi). emit[i*nt + t]: score of tag t at token i;
    /// trans[(i*(nt+1) + p)*nt + t]: score of t after p (p = nt: sentence start, used at i = 0 only).
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emit, ReadOnlySpan<float> trans, int n, int nt, Span<int> tags, Span<float> delta, Span<int> back)
    {
        if (n == 0) return;
        for (int t = 0; t < nt; t++) delta[t] = Allowed(nt, t) ? emit[t] + trans[nt * nt + t] : float.NegativeInfinity;
        // One vector of all tags per previous tag (the same additions and comparisons, in the same order, as the scalar
        // loop), when the buffers have room for the last vector.
        bool vector = Vector512.IsHardwareAccelerated && nt <= Stride
            && emit.Length >= n * nt + Stride && trans.Length >= n * (nt + 1) * nt + Stride && delta.Length >= n * nt + Stride && back.Length >= n * nt + Stride;
        for (int i = 1; i < n; i++)
        {
            var prev = delta.Slice((i - 1) * nt, nt);
            if (vector)
            {
                ref float tr = ref Unsafe.Add(ref MemoryMarshal.GetReference(trans), i * (nt + 1) * nt);
                var best = Vector512.Create(float.NegativeInfinity);
                var arg = Vector512<int>.Zero;
                for (int p = 0; p < nt; p++)
                {
                    var v = Vector512.Create(prev[p]) + Vector512.LoadUnsafe(ref tr, (nuint)(p * nt)) + Forbidden[p];
                    var gt = Vector512.GreaterThan(v, best);
                    best = Vector512.ConditionalSelect(gt, v, best);
                    arg = Vector512.ConditionalSelect(gt.AsInt32(), Vector512.Create(p), arg);
                }
                (best + Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(emit), (nuint)(i * nt))).StoreUnsafe(ref MemoryMarshal.GetReference(delta), (nuint)(i * nt));
                arg.StoreUnsafe(ref MemoryMarshal.GetReference(back), (nuint)(i * nt));
                continue;
            }
            for (int t = 0; t < nt; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < nt; p++)
                {
                    if (!Allowed(p, t)) continue;
                    float v = prev[p] + trans[(i * (nt + 1) + p) * nt + t];
                    if (v > best) { best = v; arg = p; }
                }
                delta[i * nt + t] = best + emit[i * nt + t];
                back[i * nt + t] = arg;
            }
        }
        int last = 0;
        for (int t = 1; t < nt; t++) if (delta[(n - 1) * nt + t] > delta[(n - 1) * nt + last]) last = t;
        for (int i = n - 1; i >= 0; i--) { tags[i] = last; if (i > 0) last = back[i * nt + last]; }
    }

    // Per previous tag, 0 for the tags that may follow it and −∞ for the others (IOB2), added to a vector of scores.
    private static readonly Vector512<float>[] Forbidden = Enumerable.Range(0, Stride)
        .Select(p => Vector512.Create(Enumerable.Range(0, Stride).Select(t => Allowed(p, t) ? 0f : float.NegativeInfinity).ToArray())).ToArray();

    private int[]? _bigram;

    /// <summary>Weights of the tag-bigram feature (row 0 of <see cref="TransitionRows"/>) per previous tag, widened; computed once.</summary>
    internal int[] Bigram()
    {
        if (_bigram is { } b) return b;
        b = new int[(TagCount + 1) * Stride];
        for (int p = 0; p <= TagCount; p++)
        {
            int row = (int)(StableHash.Mix(NerHash.Combine(100, (ulong)p)) >> Shift);
            for (int t = 0; t < Stride; t++) b[p * Stride + t] = Weights[row * Stride + t];
        }
        return _bigram = b;
    }

    /// <summary>Adds row <paramref name="row"/>'s weights, widened, to the lanes lo (tags 0–7) and hi (8–15).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRow(int row, ref Vector256<int> lo, ref Vector256<int> hi)
    {
        var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(Weights), (nuint)row * Stride));
        lo += a; hi += b;
    }

    /// <summary>Requests rows of the weight table from memory (it is far larger than the caches) before they are summed.</summary>
    public void Prefetch(ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported) return;
        ref short w0 = ref MemoryMarshal.GetArrayDataReference(Weights);
        foreach (var r in rows) unsafe { Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref w0, r * Stride))); }
    }

    [ThreadStatic] private static float[]? t_emit, t_trans, t_delta;
    [ThreadStatic] private static int[]? t_back, t_sums;
    // Word caches (~19 MB each) are taken per sentence and given back, so there are as many as sentences tagged at once
    // (about the cores), not one per thread that ever tagged; the bag hands a thread back the one it gave.
    private readonly ConcurrentBag<NerWordCache> _words = new();

    /// <summary>
    /// Tags one sentence: Viterbi decoding with the IOB2 constraint; the tag per token and, for entity tokens, its
    /// softmax probability given the chosen previous tag. Document history is read before and updated after the
    /// sentence. The word-level scores come from a <see cref="NerWordCache"/>; only the context rows
    /// (<see cref="NerFeatures.ContextRows"/>) and the history rows are summed per token.
    /// </summary>
    public void Decode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? doc, NerGazetteer gazetteer, NerFeatures f,
        Span<int> tags, Span<float> confidence)
    {
        int n = tokens.Length;
        f.Begin(n, Shift, Clusters);
        if (n == 0) return;
        if (t_emit is null || t_emit.Length < n * Stride)
        {
            int m = Math.Max(256, n) * Stride;
            t_emit = new float[m]; t_delta = new float[m]; t_back = new int[m]; t_trans = new float[m * (Stride + 1)]; t_sums = new int[m];
        }
        if (!_words.TryTake(out var words)) words = new NerWordCache(this);
        try { Decode(text, tokens, doc, gazetteer, f, tags, confidence, words); }
        finally { _words.Add(words); }
    }

    private void Decode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? doc, NerGazetteer gazetteer, NerFeatures f,
        Span<int> tags, Span<float> confidence, NerWordCache words)
    {
        int nt = TagCount, shift = Shift, n = tokens.Length;
        float unit = 1f / Scale;
        var emit = t_emit!; var trans = t_trans!; var sums = t_sums!;
        Array.Clear(sums, 0, n * Stride);
        words.BeginSentence(text, tokens);
        // Cached spellings add their scores now; the rows of the others and the context rows are requested from memory
        // first and summed after.
        for (int i = 0; i < n; i++)
            if (words.TryGet(text.Slice(tokens[i].Start, tokens[i].Length), i, f, out int entry)) AddWordScores(words, i, entry, n, sums, trans);
        f.ContextRows(text, tokens, doc, gazetteer, Silver);
        for (int i = 0; i < n; i++) Prefetch(f.Static.AsSpan(i * NerFeatures.MaxStatic, f.StaticCount[i]));
        for (int m = 0; m < words.Missing; m++)
        {
            int i = words.MissingToken(m);
            AddWordScores(words, i, words.Fill(m, text.Slice(tokens[i].Start, tokens[i].Length), f), n, sums, trans);
        }
        var offsets = NerFeatures.NeighbourOffsets;
        Span<int> dyn = stackalloc int[HistoryCount], rows = stackalloc int[NerFeatures.MaxStatic];
        for (int i = 0; i < n; i++)
        {
            ref int sum = ref sums[i * Stride];
            Vector256<int> lo = Vector256.LoadUnsafe(ref sum), hi = Vector256.LoadUnsafe(ref sum, 8);
            foreach (var r in f.Static.AsSpan(i * NerFeatures.MaxStatic, f.StaticCount[i])) AddRow(r, ref lo, ref hi);
            foreach (int d in offsets) // neighbours beyond the sentence: its start or end stands in for them
                if ((uint)(i - d) >= (uint)n)
                    foreach (var r in rows[..f.NeighbourRows(i - d, d, rows)]) AddRow(r, ref lo, ref hi);
            HistoryRows(f, i, History(doc, f, i), shift, dyn);
            foreach (var r in dyn) AddRow(r, ref lo, ref hi);
            lo.StoreUnsafe(ref sum); hi.StoreUnsafe(ref sum, 8);
            for (int t = 0; t < nt; t++) emit[i * nt + t] = sums[i * Stride + t];
        }
        Viterbi(emit, trans, n, nt, tags, t_delta, t_back);
        for (int i = 0; i < n; i++)
        {
            int best = tags[i], prev = i == 0 ? nt : tags[i - 1];
            float conf = 1;
            if (best != 0)
            {
                int o = (i * (nt + 1) + prev) * nt;
                float top = emit[i * nt + best] + trans[o + best];
                double sum = 0;
                for (int t = 0; t < nt; t++)
                    if (Allowed(prev, t)) sum += Math.Exp((emit[i * nt + t] + trans[o + t] - top) * unit);
                conf = (float)(1 / sum);
            }
            confidence[i] = conf;
            Remember(doc, f, i, best);
        }
    }

    /// <summary>Adds a cached spelling's scores at token i: its own and its neighbours' emission sums, its transitions.</summary>
    private void AddWordScores(NerWordCache words, int i, int entry, int n, int[] sums, float[] trans)
    {
        ref int e = ref words.Scores(entry);
        // Vectors are one score per tag apart: the lanes beyond the tag count pick up the next vector's scores, and
        // those lanes of the sums are never read.
        Add16(ref sums[i * Stride], ref e);
        var offsets = NerFeatures.NeighbourOffsets;
        for (int k = 0; k < offsets.Length; k++)
            if ((uint)(i + offsets[k]) < (uint)n) Add16(ref sums[(i + offsets[k]) * Stride], ref Unsafe.Add(ref e, (k + 1) * TagCount));
        int size = (TagCount + 1) * TagCount;
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<int, float>(ref Unsafe.Add(ref e, words.Transitions)), size).CopyTo(trans.AsSpan(i * size, size));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add16(ref int into, ref int from)
    {
        if (Vector512.IsHardwareAccelerated)
            (Vector512.LoadUnsafe(ref into) + Vector512.LoadUnsafe(ref from)).StoreUnsafe(ref into);
        else
        {
            (Vector256.LoadUnsafe(ref into) + Vector256.LoadUnsafe(ref from)).StoreUnsafe(ref into);
            (Vector256.LoadUnsafe(ref into, 8) + Vector256.LoadUnsafe(ref from, 8)).StoreUnsafe(ref into, 8);
        }
    }

    /// <summary>History label of token i: -2 not capitalised (or no document), -1 not seen before, else the label index.</summary>
    public static int History(NerDocumentContext? doc, NerFeatures f, int i) =>
        doc is null || (f.Flags[i] & NerFeatures.InitUpper) == 0 ? -2 : doc.HistoryLabel(f.Lower[i]);

    public static void Remember(NerDocumentContext? doc, NerFeatures f, int i, int tag)
    {
        if (doc is not null && (f.Flags[i] & NerFeatures.InitUpper) != 0) doc.AddHistory(f.Lower[i], (tag + 1) / 2);
    }

    public void Save(Stream output)
    {
        using var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(z, Encoding.UTF8);
        bool v2 = Stage1 is not null || Silver is not null;
        w.Write(Magic); w.Write(v2 ? 2 : 1);
        w.Write(Language);
        w.Write(Tags.Length);
        foreach (var t in Tags) w.Write(t);
        w.Write(Bits); w.Write(Scale); w.Write(DocBlock);
        var entries = Clusters?.Entries() ?? [];
        w.Write(entries.Count);
        foreach (var (h, p, l) in entries) { w.Write(h); w.Write(p); w.Write(l); }
        if (v2)
        {
            // Version 2: flags (1 = stacked first stage, 2 = silver gazetteer), then the silver names.
            w.Write((Stage1 is null ? 0 : 1) | (Silver is null ? 0 : 2));
            var names = Silver?.Entries().ToList() ?? [];
            if (Silver is not null) { w.Write(names.Count); foreach (var (h, m) in names) { w.Write(h); w.Write(m); } }
        }
        // Tag-major: each tag's column is mostly zeros and small values, which compresses better than rows.
        WriteWeights(w, Weights);
        if (Stage1 is not null) { w.Write(Stage1.Scale); WriteWeights(w, Stage1.Weights); }
    }

    private void WriteWeights(BinaryWriter w, short[] weights)
    {
        int nt = Tags.Length, rows = 1 << Bits;
        for (int t = 0; t < nt; t++)
            for (int r = 0; r < rows; r++) w.Write(weights[r * Stride + t]);
    }

    private static short[] ReadWeights(BinaryReader r, int nt, int bits)
    {
        int rows = 1 << bits;
        var weights = new short[rows * Stride];
        // One tag's column per read (was one ReadInt16 call per weight: ~1.5 s of CPU per model load).
        var column = new short[rows];
        var bytes = MemoryMarshal.AsBytes(column.AsSpan());
        for (int t = 0; t < nt; t++)
        {
            r.BaseStream.ReadExactly(bytes); // BinaryReader keeps no read-ahead, so its stream is at the column
            if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(column, column);
            for (int row = 0; row < rows; row++) weights[row * Stride + t] = column[row];
        }
        return weights;
    }

    public static NerModel Load(Stream input)
    {
        using var z = new ZLibStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(z, 1 << 16), Encoding.UTF8);
        int version = r.ReadUInt32() == Magic ? r.ReadInt32() : -1;
        if (version is not (1 or 2)) throw new InvalidDataException("not a Cronista NER model");
        var lang = r.ReadString();
        var tags = new string[r.ReadInt32()];
        for (int i = 0; i < tags.Length; i++) tags[i] = r.ReadString();
        int bits = r.ReadInt32();
        float scale = r.ReadSingle();
        int docBlock = r.ReadInt32();
        int nc = r.ReadInt32();
        var entries = new List<(ulong, uint, byte)>(nc);
        for (int i = 0; i < nc; i++) entries.Add((r.ReadUInt64(), r.ReadUInt32(), r.ReadByte()));
        int nt = tags.Length;
        if (nt > Stride) throw new InvalidDataException($"at most {Stride} tags");
        var clusters = nc > 0 ? new NerClusters(entries) : null;
        int flags = version == 2 ? r.ReadInt32() : 0;
        NerGazetteer? silver = null;
        if ((flags & 2) != 0)
        {
            var names = new (ulong, byte)[r.ReadInt32()];
            for (int i = 0; i < names.Length; i++) names[i] = (r.ReadUInt64(), r.ReadByte());
            silver = new NerGazetteer(names);
        }
        var weights = ReadWeights(r, nt, bits);
        NerModel? stage1 = null;
        if ((flags & 1) != 0)
        {
            float scale1 = r.ReadSingle();
            stage1 = new NerModel { Language = lang, Tags = tags, Bits = bits, Weights = ReadWeights(r, nt, bits), Scale = scale1, DocBlock = docBlock, Clusters = clusters, Silver = silver };
        }
        return new NerModel
        {
            Language = lang, Tags = tags, Bits = bits, Weights = weights, Scale = scale, DocBlock = docBlock,
            Clusters = clusters, Stage1 = stage1, Silver = silver,
        };
    }
}
