namespace Cronista.Stories;

/// <summary>
/// Running document frequencies of hashed features (entity ids, event signatures, stems, n-grams) over the stream, for
/// idf-style down-weighting of what every article mentions. A fixed table of 2^20 saturating 16-bit counters (2 MB,
/// collisions tolerated); when the document count reaches <see cref="HalvingPoint"/>, every count and the document count
/// are halved, so the statistics follow the stream (an exponential forgetting window) and stay within 16 bits.
/// <para>Text features (stems, n-grams) can be counted per language (<c>language</c> given): their key is counted in its
/// language's slots, against that language's document count. A word every Spanish article uses is then common, however
/// few Spanish articles the stream holds — without it, in a stream of mostly Italian articles, Spanish generic words look
/// rare and two Spanish articles look alike for their language alone.</para>
/// Persisted with the stories, so that a resumed run weighs exactly as one uninterrupted run.
/// </summary>
public sealed class FeatureStats
{
    public const int Bits = 20;
    public const int HalvingPoint = 60_000;
    private const int Mask = (1 << Bits) - 1;
    private const int TableBytes = 8 + (1 << Bits) * 2;
    private readonly ushort[] _df = new ushort[1 << Bits];
    private readonly SortedDictionary<string, long> _languages = new(StringComparer.Ordinal);

    public long Documents { get; private set; }

    /// <summary>Documents of one language seen (0 for a language not seen).</summary>
    public long LanguageDocuments(string language) => _languages.GetValueOrDefault(language);

    private static int Slot(ulong key) => (int)((key ^ (key >> 29)) & Mask);
    private static ulong Salt(string? language) => language is null ? 0 : Util.StableHash.Hash(language.AsSpan(), 0x1A46_0D0F);
    private static int Slot(ulong key, string? language) => Slot(key ^ Salt(language));

    public int DocumentFrequency(ulong key, string? language = null) => _df[Slot(key, language)];

    /// <summary>Smoothed inverse document frequency ln((N + 1 + prior) / (df + 0.5)), at least 0.01: what every document has
    /// weighs (almost) nothing, what few have weighs most. With <paramref name="language"/>, df and N are those of that
    /// language's documents. <paramref name="prior"/> adds that many documents that have none of the features.</summary>
    public double Idf(ulong key, double prior = 0, string? language = null) => Idf(key, prior, language, Salt(language));

    internal double Idf(ulong key, double prior, string? language, ulong salt) => Weigher(prior, language, salt).Idf(key);

    /// <summary>The idf of one language (or of all documents) at this point of the stream, for many keys: the document
    /// count and its logarithm are looked up once.</summary>
    internal IdfWeigher Weigher(double prior, string? language, ulong salt)
    {
        long n = language is null ? Documents : _languages.GetValueOrDefault(language);
        return new IdfWeigher(_df, Math.Log(n + 1.0 + prior), salt);
    }

    internal readonly struct IdfWeigher(ushort[] df, double logN, ulong salt)
    {
        public double Idf(ulong key) => IdfAt(Slot(key ^ salt));
        /// <summary>The idf of a key by its slot (<see cref="FeatureStats.Observe(ReadOnlySpan{KeyValuePair{ulong, double}}, ulong, Span{int})"/>).</summary>
        public double IdfAt(int slot) => Math.Max(0.01, logN - Math.Log(df[slot] + 0.5));
    }

    internal static ulong SaltOf(string? language) => Salt(language);

    // Lines share the table with the features: each is counted in two slots and read as the smaller count (a count-min
    // sketch), so that a line colliding with one common feature's slot is not taken for a repeated line.
    private const ulong LineSalt1 = 0x7A6E_11DE_0F0F, LineSalt2 = 0x3C1D_5B2A_9E77;

    /// <summary>Documents seen with a line of this hash (see <see cref="StoryFeatures.DropFurniture"/>).</summary>
    public int LineFrequency(ulong lineHash) => Math.Min(_df[Slot(lineHash ^ LineSalt1)], _df[Slot(Util.StableHash.Mix(lineHash ^ LineSalt2))]);

    /// <summary>Counts one document having these lines (hash 0: not counted; a line repeated within the document counts once).</summary>
    public void ObserveLines(ReadOnlySpan<ulong> lineHashes)
    {
        var seen = new HashSet<ulong>();
        foreach (var h in lineHashes)
            if (h != 0 && seen.Add(h))
            {
                int a = Slot(h ^ LineSalt1), b = Slot(Util.StableHash.Mix(h ^ LineSalt2));
                if (_df[a] < ushort.MaxValue) _df[a]++;
                if (b != a && _df[b] < ushort.MaxValue) _df[b]++;
            }
    }

    /// <summary>Counts one document having these (distinct) keys (in <paramref name="language"/>'s slots when given).</summary>
    public void Observe(ReadOnlySpan<ulong> keys, string? language = null)
    {
        ulong salt = Salt(language);
        foreach (var k in keys)
        {
            ref var c = ref _df[Slot(k ^ salt)];
            if (c < ushort.MaxValue) c++;
        }
    }

    /// <summary>Counts one document having these (distinct) keys, with <paramref name="salt"/> (<see cref="SaltOf"/>), and
    /// returns their slots: weighing the same keys right after reads the counters just touched (in cache) by slot,
    /// without hashing them again.</summary>
    internal void Observe(ReadOnlySpan<KeyValuePair<ulong, double>> keys, ulong salt, Span<int> slots)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = slots[i] = Slot(keys[i].Key ^ salt);
            ref var c = ref _df[slot];
            if (c < ushort.MaxValue) c++;
        }
    }

    /// <summary>Ends a document (of <paramref name="language"/>, counted in that language's documents too).</summary>
    public void EndDocument(string? language = null)
    {
        if (language is not null) _languages[language] = _languages.GetValueOrDefault(language) + 1;
        if (++Documents < HalvingPoint) return;
        for (int i = 0; i < _df.Length; i++) _df[i] >>= 1;
        Documents >>= 1;
        foreach (var l in _languages.Keys.ToList()) _languages[l] >>= 1;
    }

    public byte[] Serialize()
    {
        using var ms = new MemoryStream(TableBytes + 64);
        WriteTo(ms);
        return ms.ToArray();
    }

    /// <summary><see cref="Serialize"/>'s bytes written to <paramref name="output"/> (a buffer kept for the next time: the
    /// table is 2 MB, written at every commit, and fresh arrays of that size are collected only with the whole heap).</summary>
    public void WriteTo(Stream output)
    {
        using var w = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Documents);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_df.AsSpan()));
        w.Write(_languages.Count);
        foreach (var (l, n) in _languages) { w.Write(l); w.Write(n); }
    }

    /// <summary>Reads <see cref="Serialize"/>'s bytes; those of a version without per-language counts are read too (no language counted).</summary>
    public static FeatureStats Deserialize(byte[] bytes)
    {
        var s = new FeatureStats();
        if (bytes.Length < TableBytes) throw new InvalidDataException("story feature statistics: unexpected size");
        s.Documents = BitConverter.ToInt64(bytes, 0);
        bytes.AsSpan(8, TableBytes - 8).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s._df.AsSpan()));
        if (bytes.Length == TableBytes) return s;
        using var r = new BinaryReader(new MemoryStream(bytes, TableBytes, bytes.Length - TableBytes));
        for (int i = r.ReadInt32(); i > 0; i--) s._languages[r.ReadString()] = r.ReadInt64();
        return s;
    }
}
