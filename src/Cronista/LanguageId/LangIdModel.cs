using System.IO.Compression;
using System.Text;

namespace Cronista.LanguageId;

/// <summary>
/// Naive Bayes character n-gram model: for each hashed n-gram kept in the vocabulary, the languages that saw it with
/// their log-probability above the language's "unseen" floor, quantized to a byte (<see cref="Step"/> nats per unit).
/// A text's log-likelihood for language l is Σ_n w_n·(cnt_n·Unseen[l,n] + Step·Σ q_l(g)) over its in-vocabulary n-grams.
/// <para>File format (Brotli-compressed, little-endian): "CLID", int version; int L; L × (string code, byte script,
/// float[MaxOrder] unseen); float step, float temperature, float[MaxOrder] order weights; int F;
/// F × 7-bit varint key deltas (keys ascending); F × varint posting counts; then the language byte of every posting
/// (features in key order), then the q byte of every posting in the same order.</para>
/// </summary>
public sealed class LangIdModel
{
    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "CLID"u8;

    public required string[] Codes { get; init; }
    public required Script[] Scripts { get; init; }
    /// <summary>Log-probability of an in-vocabulary n-gram the language did not keep, [lang * MaxOrder + order - 1].</summary>
    public required float[] Unseen { get; init; }
    public required float Step { get; init; }
    /// <summary>Divides summed log-likelihoods before the softmax that gives the confidence (fitted on held-out text).</summary>
    public float Temperature { get; set; } = 1;
    public required float[] OrderWeights { get; init; }

    // Open-addressing table key -> feature index; postings[offsets[f]..offsets[f+1]] = (lang << 8) | q.
    private ulong[] slots = [];
    private int mask;
    private int[] offsets = [];
    private ushort[] postings = [];

    public int FeatureCount => offsets.Length - 1;
    public int PostingCount => postings.Length;

    /// <summary>Builds the lookup table from features sorted by key, each with its (language, q) postings.</summary>
    public void SetFeatures(IReadOnlyList<(uint Key, IReadOnlyList<(byte Lang, byte Q)> Postings)> features)
    {
        int cap = 1;
        while (cap < features.Count * 2) cap <<= 1;
        slots = new ulong[cap];
        mask = cap - 1;
        offsets = new int[features.Count + 1];
        var list = new List<ushort>();
        for (int f = 0; f < features.Count; f++)
        {
            offsets[f] = list.Count;
            foreach (var (lang, q) in features[f].Postings) list.Add((ushort)(lang << 8 | q));
            Insert(features[f].Key, f);
        }
        offsets[^1] = list.Count;
        postings = list.ToArray();
    }

    private void Insert(uint key, int feature)
    {
        int i = (int)key & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = (ulong)key << 32 | (uint)(feature + 1);
    }

    /// <summary>Postings of a hashed n-gram, empty when it is not in the vocabulary.</summary>
    public ReadOnlySpan<ushort> Lookup(uint key)
    {
        int i = (int)key & mask;
        while (true)
        {
            ulong s = slots[i];
            if (s == 0) return default;
            if ((uint)(s >> 32) == key)
            {
                int f = (int)(uint)s - 1;
                return postings.AsSpan(offsets[f], offsets[f + 1] - offsets[f]);
            }
            i = (i + 1) & mask;
        }
    }

    public static LangIdModel Read(Stream stream)
    {
        using var br = new BinaryReader(new BrotliStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        if (!br.ReadBytes(4).AsSpan().SequenceEqual(Magic) || br.ReadInt32() != Version) throw new InvalidDataException("Not a Cronista language-id model.");
        int l = br.ReadInt32();
        var codes = new string[l];
        var scripts = new Script[l];
        var unseen = new float[l * CharNgrams.MaxOrder];
        for (int i = 0; i < l; i++)
        {
            codes[i] = br.ReadString();
            scripts[i] = (Script)br.ReadByte();
            for (int n = 0; n < CharNgrams.MaxOrder; n++) unseen[i * CharNgrams.MaxOrder + n] = br.ReadSingle();
        }
        float step = br.ReadSingle(), temperature = br.ReadSingle();
        var weights = new float[CharNgrams.MaxOrder];
        for (int n = 0; n < weights.Length; n++) weights[n] = br.ReadSingle();
        int f = br.ReadInt32();
        var keys = new uint[f];
        uint prev = 0;
        for (int i = 0; i < f; i++) keys[i] = prev += (uint)br.Read7BitEncodedInt();
        var model = new LangIdModel { Codes = codes, Scripts = scripts, Unseen = unseen, Step = step, Temperature = temperature, OrderWeights = weights };
        model.offsets = new int[f + 1];
        for (int i = 0; i < f; i++) model.offsets[i + 1] = model.offsets[i] + br.Read7BitEncodedInt();
        model.postings = new ushort[model.offsets[f]];
        for (int i = 0; i < model.postings.Length; i++) model.postings[i] = (ushort)(br.ReadByte() << 8);
        for (int i = 0; i < model.postings.Length; i++) model.postings[i] |= br.ReadByte();
        int cap = 1;
        while (cap < f * 2) cap <<= 1;
        model.slots = new ulong[cap];
        model.mask = cap - 1;
        for (int i = 0; i < f; i++) model.Insert(keys[i], i);
        return model;
    }

    public void Write(Stream stream)
    {
        using var bw = new BinaryWriter(new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true), Encoding.UTF8);
        bw.Write(Magic);
        bw.Write(Version);
        bw.Write(Codes.Length);
        for (int i = 0; i < Codes.Length; i++)
        {
            bw.Write(Codes[i]);
            bw.Write((byte)Scripts[i]);
            for (int n = 0; n < CharNgrams.MaxOrder; n++) bw.Write(Unseen[i * CharNgrams.MaxOrder + n]);
        }
        bw.Write(Step);
        bw.Write(Temperature);
        foreach (var w in OrderWeights) bw.Write(w);
        var byKey = new List<(uint Key, int Feature)>();
        foreach (var s in slots) if (s != 0) byKey.Add(((uint)(s >> 32), (int)(uint)s - 1));
        byKey.Sort();
        bw.Write(byKey.Count);
        uint prev = 0;
        foreach (var (key, _) in byKey) { bw.Write7BitEncodedInt((int)(key - prev)); prev = key; }
        foreach (var (_, f) in byKey) bw.Write7BitEncodedInt(offsets[f + 1] - offsets[f]);
        foreach (var (_, f) in byKey)
            for (int p = offsets[f]; p < offsets[f + 1]; p++) bw.Write((byte)(postings[p] >> 8));
        foreach (var (_, f) in byKey)
            for (int p = offsets[f]; p < offsets[f + 1]; p++) bw.Write((byte)postings[p]);
    }
}
