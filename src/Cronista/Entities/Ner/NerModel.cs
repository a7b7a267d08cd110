using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Cronista.Util;

namespace Cronista.Entities.Ner;

/// <summary>
/// A trained tagger: tags (O, then B-/I- per type), a hashed table of 2^Bits rows × tags of 16-bit weights
/// (averaged-perceptron weights × <see cref="Scale"/>), and the word clusters its features use. Saved compressed.
/// </summary>
internal sealed class NerModel
{
    public const int DynamicCount = 6;
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

    public int TagCount => Tags.Length;
    public int Shift => 64 - Bits;

    /// <summary>Whether tag <paramref name="t"/> may follow <paramref name="prev"/> in IOB2 (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int prev, int t) => t == 0 || (t & 1) == 1 || prev == t || prev == t - 1;

    /// <summary>Row indices of the tag-history features at token i (previous tags p1, p2; tag count = start of sentence).</summary>
    public static void DynamicRows(NerFeatures f, int i, int p1, int p2, int history, int shift, Span<int> rows)
    {
        // What this word was tagged as earlier in the document ("extended prediction history", Ratinov & Roth 2009).
        rows[4] = (int)(StableHash.Mix(NerHash.Combine(104, (ulong)(history + 2))) >> shift);
        rows[5] = (int)(StableHash.Mix(NerHash.Combine(105, (ulong)(history + 2), f.ShortShape[i])) >> shift);
        rows[0] = (int)(StableHash.Mix(NerHash.Combine(100, (ulong)p1)) >> shift);
        rows[1] = (int)(StableHash.Mix(NerHash.Combine(101, (ulong)p1, (ulong)p2)) >> shift);
        rows[2] = (int)(StableHash.Mix(NerHash.Combine(102, (ulong)p1, f.Lower[i])) >> shift);
        rows[3] = (int)(StableHash.Mix(NerHash.Combine(103, (ulong)p1, f.ShortShape[i])) >> shift);
    }

    /// <summary>Greedy left-to-right decoding with the IOB2 constraint; the tag per token and, for entity tokens, its softmax probability.</summary>
    public void Decode(NerFeatures f, NerDocumentContext? doc, Span<int> tags, Span<float> confidence)
    {
        int nt = TagCount, shift = Shift;
        float unit = 1f / Scale;
        Span<int> scores = stackalloc int[Stride];
        Span<int> dyn = stackalloc int[DynamicCount];
        ref short w0 = ref MemoryMarshal.GetArrayDataReference(Weights);
        int p1 = nt, p2 = nt;
        for (int i = 0; i < f.Count; i++)
        {
            Vector256<int> lo = Vector256<int>.Zero, hi = Vector256<int>.Zero;
            var rows = f.Static.AsSpan(i * NerFeatures.MaxStatic, f.StaticCount[i]);
            DynamicRows(f, i, p1, p2, History(doc, f, i), shift, dyn);
            foreach (var r in rows)
            {
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref w0, (nuint)r * Stride));
                lo += a; hi += b;
            }
            foreach (var r in dyn)
            {
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref w0, (nuint)r * Stride));
                lo += a; hi += b;
            }
            lo.CopyTo(scores);
            hi.CopyTo(scores[8..]);
            int best = 0;
            for (int t = 1; t < nt; t++)
                if (scores[t] > scores[best] && Allowed(p1, t)) best = t;
            float conf = 1;
            if (best != 0)
            {
                double sum = 0;
                for (int t = 0; t < nt; t++)
                    if (Allowed(p1, t)) sum += Math.Exp((scores[t] - scores[best]) * unit);
                conf = (float)(1 / sum);
            }
            tags[i] = best;
            confidence[i] = conf;
            Remember(doc, f, i, best);
            p2 = p1;
            p1 = best;
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
        w.Write(Magic); w.Write(1);
        w.Write(Language);
        w.Write(Tags.Length);
        foreach (var t in Tags) w.Write(t);
        w.Write(Bits); w.Write(Scale); w.Write(DocBlock);
        var entries = Clusters?.Entries() ?? [];
        w.Write(entries.Count);
        foreach (var (h, p, l) in entries) { w.Write(h); w.Write(p); w.Write(l); }
        // Tag-major: each tag's column is mostly zeros and small values, which compresses better than rows.
        int nt = Tags.Length, rows = 1 << Bits;
        for (int t = 0; t < nt; t++)
            for (int r = 0; r < rows; r++) w.Write(Weights[r * Stride + t]);
    }

    public static NerModel Load(Stream input)
    {
        using var z = new ZLibStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(z, 1 << 16), Encoding.UTF8);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != 1) throw new InvalidDataException("not a Cronista NER model");
        var lang = r.ReadString();
        var tags = new string[r.ReadInt32()];
        for (int i = 0; i < tags.Length; i++) tags[i] = r.ReadString();
        int bits = r.ReadInt32();
        float scale = r.ReadSingle();
        int docBlock = r.ReadInt32();
        int nc = r.ReadInt32();
        var entries = new List<(ulong, uint, byte)>(nc);
        for (int i = 0; i < nc; i++) entries.Add((r.ReadUInt64(), r.ReadUInt32(), r.ReadByte()));
        int nt = tags.Length, rows = 1 << bits;
        if (nt > Stride) throw new InvalidDataException($"at most {Stride} tags");
        var weights = new short[rows * Stride];
        for (int t = 0; t < nt; t++)
            for (int row = 0; row < rows; row++) weights[row * Stride + t] = r.ReadInt16();
        return new NerModel
        {
            Language = lang, Tags = tags, Bits = bits, Weights = weights, Scale = scale, DocBlock = docBlock,
            Clusters = nc > 0 ? new NerClusters(entries) : null,
        };
    }
}
