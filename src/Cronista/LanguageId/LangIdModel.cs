using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Cronista.LanguageId;

/// <summary>
/// Naive Bayes model over hashed features (<see cref="CharNgrams"/>): for each feature kept in the vocabulary, the languages
/// that saw it with their weighted log-probability above the language's "unseen" floor, quantized to a byte (<see cref="Step"/>
/// nats per unit). A text's log-likelihood for language l is Σ_k cnt_k·Unseen[l,k] + Step·Σ q_l(g) over its in-vocabulary
/// features (cnt_k: in-vocabulary features of kind k); kind weights are already folded into Unseen and q by the trainer.
/// <para>File format (Brotli-compressed, little-endian): "CLID", int version (2); int K (feature kinds); int L;
/// L × (string code, byte script, float[K] unseen); float step, float temperature, float[K] kind weights (informative);
/// int F; F × 7-bit varint key deltas (keys ascending); F × varint posting counts; then the language byte of every posting
/// (features in key order), then the q byte of every posting in the same order.</para>
/// <para>In memory the postings are compiled, per script family, into one flat open-addressing table whose slots hold the key
/// followed by one q byte per language of the family (0 = not kept), so that scoring a feature is one probe and one
/// vector add (<see cref="ScriptTable"/>).</para>
/// </summary>
public sealed class LangIdModel
{
    private const int Version = 2;
    private static ReadOnlySpan<byte> Magic => "CLID"u8;

    public required string[] Codes { get; init; }
    public required Script[] Scripts { get; init; }
    /// <summary>Weighted log-probability of an in-vocabulary feature the language did not keep, [lang * Kinds + kind - 1].</summary>
    public required float[] Unseen { get; init; }
    public required float Step { get; init; }
    /// <summary>Divides summed log-likelihoods before the softmax that gives the confidence (fitted on held-out text).</summary>
    public float Temperature { get; set; } = 1;
    /// <summary>Weights the trainer folded into q and Unseen per feature kind (kept for reference).</summary>
    public required float[] KindWeights { get; init; }

    private uint[] keys = [];      // ascending
    private int[] offsets = [0];   // postings of feature f: [offsets[f], offsets[f+1])
    private ushort[] postings = []; // (lang << 8) | q
    private ScriptTable?[] tables = [];

    public int FeatureCount => keys.Length;
    public int PostingCount => postings.Length;

    /// <summary>Kana and Han form one family (Japanese mixes them).</summary>
    public static Script Family(Script s) => s == Script.Kana ? Script.Han : s;

    /// <summary>The table of the languages of a script family, or null when fewer than two languages use it.</summary>
    public ScriptTable? Table(Script family) => tables[(int)family];

    /// <summary>Sets the features, sorted by key, each with its (language, q) postings, and compiles the lookup tables.</summary>
    public void SetFeatures(IReadOnlyList<(uint Key, IReadOnlyList<(byte Lang, byte Q)> Postings)> features)
    {
        keys = new uint[features.Count];
        offsets = new int[features.Count + 1];
        var list = new List<ushort>();
        for (int f = 0; f < features.Count; f++)
        {
            keys[f] = features[f].Key;
            foreach (var (lang, q) in features[f].Postings) list.Add((ushort)(lang << 8 | q));
            offsets[f + 1] = list.Count;
        }
        postings = list.ToArray();
        Compile();
    }

    private void Compile()
    {
        tables = new ScriptTable?[(int)Script.Han + 1];
        for (int s = 0; s < tables.Length; s++)
        {
            var langs = Enumerable.Range(0, Codes.Length).Where(l => Family(Scripts[l]) == (Script)s).ToArray();
            if (langs.Length >= 2 && s != (int)Script.Other) tables[s] = new ScriptTable(this, langs, keys, offsets, postings);
        }
    }

    public static LangIdModel Read(Stream stream)
    {
        // Decompressed into memory first: the postings are read a byte at a time (millions of reads), each a call
        // through the Brotli stream otherwise (~0.3 s of a process's start).
        var raw = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress)) brotli.CopyTo(raw);
        raw.Position = 0;
        using var br = new BinaryReader(raw, Encoding.UTF8);
        if (!br.ReadBytes(4).AsSpan().SequenceEqual(Magic) || br.ReadInt32() != Version) throw new InvalidDataException("Not a Cronista language-id model (version 2).");
        if (br.ReadInt32() != CharNgrams.Kinds) throw new InvalidDataException("Model built for other feature kinds.");
        int l = br.ReadInt32();
        var codes = new string[l];
        var scripts = new Script[l];
        var unseen = new float[l * CharNgrams.Kinds];
        for (int i = 0; i < l; i++)
        {
            codes[i] = br.ReadString();
            scripts[i] = (Script)br.ReadByte();
            for (int k = 0; k < CharNgrams.Kinds; k++) unseen[i * CharNgrams.Kinds + k] = br.ReadSingle();
        }
        float step = br.ReadSingle(), temperature = br.ReadSingle();
        var weights = new float[CharNgrams.Kinds];
        for (int k = 0; k < weights.Length; k++) weights[k] = br.ReadSingle();
        int f = br.ReadInt32();
        var model = new LangIdModel { Codes = codes, Scripts = scripts, Unseen = unseen, Step = step, Temperature = temperature, KindWeights = weights };
        model.keys = new uint[f];
        uint prev = 0;
        for (int i = 0; i < f; i++) model.keys[i] = prev += (uint)br.Read7BitEncodedInt();
        model.offsets = new int[f + 1];
        for (int i = 0; i < f; i++) model.offsets[i + 1] = model.offsets[i] + br.Read7BitEncodedInt();
        model.postings = new ushort[model.offsets[f]];
        byte[] high = br.ReadBytes(model.postings.Length), low = br.ReadBytes(model.postings.Length);
        if (low.Length != model.postings.Length) throw new EndOfStreamException();
        for (int i = 0; i < model.postings.Length; i++) model.postings[i] = (ushort)(high[i] << 8 | low[i]);
        model.Compile();
        return model;
    }

    public void Write(Stream stream)
    {
        using var bw = new BinaryWriter(new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true), Encoding.UTF8);
        bw.Write(Magic);
        bw.Write(Version);
        bw.Write(CharNgrams.Kinds);
        bw.Write(Codes.Length);
        for (int i = 0; i < Codes.Length; i++)
        {
            bw.Write(Codes[i]);
            bw.Write((byte)Scripts[i]);
            for (int k = 0; k < CharNgrams.Kinds; k++) bw.Write(Unseen[i * CharNgrams.Kinds + k]);
        }
        bw.Write(Step);
        bw.Write(Temperature);
        foreach (var w in KindWeights) bw.Write(w);
        bw.Write(keys.Length);
        uint prev = 0;
        foreach (var key in keys) { bw.Write7BitEncodedInt((int)(key - prev)); prev = key; }
        for (int f = 0; f < keys.Length; f++) bw.Write7BitEncodedInt(offsets[f + 1] - offsets[f]);
        foreach (var p in postings) bw.Write((byte)(p >> 8));
        foreach (var p in postings) bw.Write((byte)p);
    }
}

/// <summary>
/// Lookup table of one script family: open addressing (linear probing) over slots of <see cref="Stride"/> bytes, each the
/// 4-byte key followed by one q byte per language of the family (lane 4 + j for <see cref="Languages"/>[j]), so a probe
/// that hits also brings the whole score row into cache.
/// </summary>
public sealed class ScriptTable
{
    public const int KeyBytes = 4;
    /// <summary>Model language index of each lane (lane = KeyBytes + position).</summary>
    public int[] Languages { get; }
    /// <summary>Bytes per slot: a multiple of 16, at least KeyBytes + languages.</summary>
    public int Stride { get; }
    /// <summary>Unseen[j * Kinds + kind - 1] for Languages[j].</summary>
    public float[] Unseen { get; }
    internal readonly byte[] Slots;
    internal readonly int Mask;

    internal ScriptTable(LangIdModel model, int[] languages, uint[] keys, int[] offsets, ushort[] postings)
    {
        Languages = languages;
        Stride = (KeyBytes + languages.Length + 15) / 16 * 16;
        Unseen = languages.SelectMany(l => model.Unseen.AsSpan(l * CharNgrams.Kinds, CharNgrams.Kinds).ToArray()).ToArray();
        var lane = new int[model.Codes.Length];
        Array.Fill(lane, -1);
        for (int j = 0; j < languages.Length; j++) lane[languages[j]] = KeyBytes + j;
        var used = new List<int>();
        for (int f = 0; f < keys.Length; f++)
            for (int p = offsets[f]; p < offsets[f + 1]; p++)
                if (lane[postings[p] >> 8] >= 0) { used.Add(f); break; }
        int cap = 16;
        while (cap < used.Count * 3 / 2) cap <<= 1; // load factor 0.375..0.67
        Mask = cap - 1;
        Slots = new byte[(long)cap * Stride];
        foreach (int f in used)
        {
            int i = (int)keys[f] & Mask;
            while (MemoryMarshal.Read<uint>(Slots.AsSpan(i * Stride)) != 0) i = (i + 1) & Mask;
            var slot = Slots.AsSpan(i * Stride, Stride);
            MemoryMarshal.Write(slot, keys[f]);
            for (int p = offsets[f]; p < offsets[f + 1]; p++)
                if (lane[postings[p] >> 8] is int ln and >= 0) slot[ln] = (byte)postings[p];
        }
    }

    /// <summary>Byte offset of the slot holding <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(uint key)
    {
        ref byte slots = ref MemoryMarshal.GetArrayDataReference(Slots);
        int i = (int)key & Mask;
        while (true)
        {
            int at = i * Stride;
            uint k = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref slots, at));
            if (k == key) return at;
            if (k == 0) return -1;
            i = (i + 1) & Mask;
        }
    }
}
