using Cronista.Model;
using Cronista.Util;

namespace Cronista.Entities.Ner;

/// <summary>
/// Per-sentence feature extraction (a reusable scratch object, one per thread): token pieces are hashed from spans, then
/// combined per template and mapped to rows of the hashed weight table. No strings are built.
/// Templates: lower-cased and raw word, prefixes and suffixes 1–4, word shape (runs capped at 4) and short shape (runs
/// collapsed), words ±2, short shapes ±1 and shape n-grams, word bigrams, sentence-initial shape, document case
/// statistics, gazetteer and silver-name matches (here and ±1), word-cluster prefixes (here and ±1), and for stacked
/// second stages the first stage's label of the word across the document. Tag-transition and document-history
/// features are added at decoding (<see cref="NerModel"/>).
/// </summary>
internal sealed class NerFeatures
{
    public const byte InitUpper = 1, AllUpper = 2, HasDigit = 4, HasLetter = 8;
    public const int MaxStatic = 48;
    private const ulong Bos = 0x5DEECE66DUL, Eos = 0xB5297A4DUL;

    public int Count;
    public ulong[] Lower = [], ShortShape = [];
    private ulong[] _raw = [], _shape = [], _pre = [], _suf = [];
    private int[] _len = [];
    public byte[] Flags = [];
    private byte[] _gazB = [], _gazI = [], _silB = [], _silI = [];
    private uint[] _cluster = [];
    private byte[] _clusterLen = [];
    /// <summary>Row indices of the static features: token i uses Static[i*MaxStatic .. + StaticCount[i]].</summary>
    public int[] Static = [];
    public int[] StaticCount = [];

    private void Ensure(int n)
    {
        if (Lower.Length >= n) return;
        int m = Math.Max(n, Lower.Length * 2);
        Lower = new ulong[m]; ShortShape = new ulong[m]; _raw = new ulong[m]; _shape = new ulong[m];
        _pre = new ulong[m * 4]; _suf = new ulong[m * 4]; _len = new int[m];
        Flags = new byte[m]; _gazB = new byte[m]; _gazI = new byte[m]; _silB = new byte[m]; _silI = new byte[m]; _cluster = new uint[m]; _clusterLen = new byte[m];
        Static = new int[m * MaxStatic]; StaticCount = new int[m];
    }

    private int _shift;
    private NerClusters? _clusters;

    /// <summary>Starts a sentence of <paramref name="n"/> tokens (rows are hashed to 64 − <paramref name="shift"/> bits).</summary>
    public void Begin(int n, int shift, NerClusters? clusters)
    {
        Count = n;
        Ensure(n);
        _shift = shift;
        _clusters = clusters;
    }

    /// <summary>All static feature rows of every token into <see cref="Static"/> (training; tagging caches the word rows,
    /// see <see cref="NerWordCache"/>).</summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? doc, NerGazetteer gazetteer, NerClusters? clusters, int shift, NerGazetteer? silver = null)
    {
        int n = tokens.Length;
        Begin(n, shift, clusters);
        for (int i = 0; i < n; i++) Word(text.Slice(tokens[i].Start, tokens[i].Length), i);
        ContextRows(text, tokens, doc, gazetteer, silver);
        Span<int> word = stackalloc int[MaxStatic];
        for (int i = 0; i < n; i++)
        {
            var f = Static.AsSpan(i * MaxStatic, MaxStatic);
            int c = StaticCount[i];
            foreach (var r in word[..WordRows(i, word)]) f[c++] = r;
            foreach (int d in NeighbourOffsets)
                foreach (var r in word[..NeighbourRows(i - d, d, word)]) f[c++] = r;
            StaticCount[i] = c;
        }
    }

    /// <summary>Offsets d of the neighbour features: token i has features of the word at i − d.</summary>
    public static ReadOnlySpan<int> NeighbourOffsets => [1, 2, -1, -2];

    private int Row(ulong h) => (int)(StableHash.Mix(h) >> _shift);

    /// <summary>Rows of the features of token i that depend on its spelling only.</summary>
    public int WordRows(int i, Span<int> f)
    {
        int c = 0;
        ulong ss = ShortShape[i];
        f[c++] = Row(1);
        f[c++] = Row(NerHash.Combine(2, Lower[i]));
        f[c++] = Row(NerHash.Combine(3, _raw[i]));
        int k = Math.Min(4, _len[i]);
        for (int j = 0; j < k; j++)
        {
            f[c++] = Row(NerHash.Combine(4 + (ulong)j, _pre[i * 4 + j]));
            f[c++] = Row(NerHash.Combine(8 + (ulong)j, _suf[i * 4 + j]));
        }
        f[c++] = Row(NerHash.Combine(12, _shape[i]));
        f[c++] = Row(NerHash.Combine(13, ss));
        if (_clusters is not null)
        {
            foreach (int p in NerClusters.Prefixes)
                if (_clusterLen[i] > 0) f[c++] = Row(NerHash.Combine(31, (ulong)p, NerClusters.Prefix(_cluster[i], _clusterLen[i], p)));
                else { f[c++] = Row(NerHash.Combine(31, (ulong)p, 0xFFFFFFFFUL)); break; }
            if (_clusterLen[i] > 0) f[c++] = Row(NerHash.Combine(38, NerClusters.Prefix(_cluster[i], _clusterLen[i], 11), ss));
        }
        return c;
    }

    /// <summary>Rows of the features that the word at j gives token j + d (d = 1, 2: it is the previous word or the one
    /// before; d = −1, −2: the next ones); j outside the sentence stands for its start or end.</summary>
    public int NeighbourRows(int j, int d, Span<int> f)
    {
        bool inside = j >= 0 && j < Count;
        ulong w = inside ? Lower[j] : d > 0 ? Bos : Eos, ss = inside ? ShortShape[j] : d > 0 ? Bos : Eos;
        bool cluster = inside && _clusters is not null && _clusterLen[j] > 0;
        int c = 0;
        switch (d)
        {
            case 1 or -1:
                // The previous word's features and the next word's are the same kinds, numbered one apart.
                ulong next = d == 1 ? 0UL : 1UL;
                f[c++] = Row(NerHash.Combine(14 + next, w));
                f[c++] = Row(NerHash.Combine(18 + next, ss));
                if (cluster)
                {
                    f[c++] = Row(NerHash.Combine(32 + next, 6, NerClusters.Prefix(_cluster[j], _clusterLen[j], 6)));
                    f[c++] = Row(NerHash.Combine(36 + next, NerClusters.Prefix(_cluster[j], _clusterLen[j], 20)));
                }
                break;
            case 2: f[c++] = Row(NerHash.Combine(16, w)); break;
            case -2: f[c++] = Row(NerHash.Combine(17, w)); break;
            default: throw new ArgumentOutOfRangeException(nameof(d));
        }
        return c;
    }

    /// <summary>
    /// The rows of every token that depend on more than one word, the position or the document (shape and word
    /// n-grams, capitalised runs, document statistics, gazetteer and silver-name matches) into <see cref="Static"/>.
    /// Needs <see cref="Lower"/>, <see cref="ShortShape"/>, <see cref="Flags"/> and the lengths of all tokens.
    /// </summary>
    public void ContextRows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? doc, NerGazetteer gazetteer, NerGazetteer? silver)
    {
        int n = Count;
        gazetteer.Match(Lower.AsSpan(0, n), Flags.AsSpan(0, n), _gazB.AsSpan(0, n), _gazI.AsSpan(0, n));
        if (silver is not null) silver.Match(Lower.AsSpan(0, n), Flags.AsSpan(0, n), _silB.AsSpan(0, n), _silI.AsSpan(0, n));

        for (int i = 0; i < n; i++)
        {
            var f = Static.AsSpan(i * MaxStatic, MaxStatic);
            int c = 0;
            void Add(Span<int> f, ulong h) => f[c++] = Row(h);
            ulong w = Lower[i], ss = ShortShape[i];
            ulong wm1 = i > 0 ? Lower[i - 1] : Bos, wp1 = i + 1 < n ? Lower[i + 1] : Eos;
            ulong sm1 = i > 0 ? ShortShape[i - 1] : Bos, sp1 = i + 1 < n ? ShortShape[i + 1] : Eos;
            Add(f, NerHash.Combine(20, sm1, ss));
            Add(f, NerHash.Combine(21, ss, sp1));
            Add(f, NerHash.Combine(NerHash.Combine(22, sm1), ss, sp1));
            Add(f, NerHash.Combine(23, wm1, w));
            Add(f, NerHash.Combine(24, w, wp1));
            if (i == 0) Add(f, NerHash.Combine(25, ss));
            if ((Flags[i] & InitUpper) != 0)
            {
                // Position in the run of capitalised tokens (multi-word names): run length and where this token sits.
                int a = i, b = i;
                while (a > 0 && (Flags[a - 1] & InitUpper) != 0) a--;
                while (b + 1 < n && (Flags[b + 1] & InitUpper) != 0) b++;
                ulong len = (ulong)Math.Min(b - a + 1, 4), pos = (ulong)((i == a ? 1 : 0) | (i == b ? 2 : 0));
                Add(f, NerHash.Combine(34, len, pos));
                Add(f, NerHash.Combine(35, len * 4 + pos, w));
                // The name this token belongs to, across short lower-case connectors ("Universidad de Navarra",
                // "Procura di Napoli"): its first and last capitalised words often carry the type.
                while (a > 1 && (Flags[a - 2] & InitUpper) != 0 && IsConnector(a - 1)) { a -= 2; while (a > 0 && (Flags[a - 1] & InitUpper) != 0) a--; }
                while (b + 2 < n && (Flags[b + 2] & InitUpper) != 0 && IsConnector(b + 1)) { b += 2; while (b + 1 < n && (Flags[b + 1] & InitUpper) != 0) b++; }
                if (a != i) Add(f, NerHash.Combine(43, Lower[a]));
                if (b != i) Add(f, NerHash.Combine(44, Lower[b]));
            }
            if (doc is not null && (Flags[i] & InitUpper) != 0)
            {
                int code = doc.Code(w, NerDocumentContext.CountsAsMid(text, tokens, i));
                ulong where = (ulong)((i == 0 ? 1 : 0) | ((Flags[i] & AllUpper) != 0 ? 2 : 0));
                Add(f, NerHash.Combine(26, (ulong)code, where));
                Add(f, NerHash.Combine(27, (ulong)code, ss));
            }
            if (doc is { PriorReady: true } && (Flags[i] & InitUpper) != 0)
            {
                // Stacked second stage: how the first stage labelled this word across the whole document.
                var (label, unanimous) = doc.PriorLabel(w);
                ulong pl = (ulong)(label + 2) * 2 + (unanimous ? 1UL : 0);
                Add(f, NerHash.Combine(45, pl));
                Add(f, NerHash.Combine(46, pl, ss));
                Add(f, NerHash.Combine(47, pl, (ulong)(i == 0 ? 1 : 0)));
            }
            if ((_gazB[i] | _gazI[i]) != 0) Add(f, NerHash.Combine(28, _gazB[i], _gazI[i]));
            if (i > 0 && (_gazB[i - 1] | _gazI[i - 1]) != 0) Add(f, NerHash.Combine(29, _gazB[i - 1], _gazI[i - 1]));
            if (i + 1 < n && (_gazB[i + 1] | _gazI[i + 1]) != 0) Add(f, NerHash.Combine(30, _gazB[i + 1], _gazI[i + 1]));
            if (silver is not null)
            {
                if ((_silB[i] | _silI[i]) != 0) Add(f, NerHash.Combine(39, _silB[i], _silI[i]));
                if (i > 0 && (_silB[i - 1] | _silI[i - 1]) != 0) Add(f, NerHash.Combine(40, _silB[i - 1], _silI[i - 1]));
                if (i + 1 < n && (_silB[i + 1] | _silI[i + 1]) != 0) Add(f, NerHash.Combine(41, _silB[i + 1], _silI[i + 1]));
            }
            StaticCount[i] = c;
        }
    }

    // A short lower-case word between two capitalised ones: "de", "del", "di", "of", "y", "e", "la".
    private bool IsConnector(int k) => (Flags[k] & (InitUpper | HasDigit)) == 0 && (Flags[k] & HasLetter) != 0 && _len[k] <= 3;

    /// <summary>The hash of a token's characters as written: the key of <see cref="NerWordCache"/>.</summary>
    public static ulong RawHash(ReadOnlySpan<char> s)
    {
        ulong raw = NerHash.Seed;
        foreach (char ch in s) raw = NerHash.Step(raw, ch);
        return raw;
    }

    /// <summary>Token i's pieces from a cache entry: enough for the context rows, not for <see cref="WordRows"/>.</summary>
    public void SetWord(int i, ulong lower, ulong shortShape, int length, byte flags)
    {
        Lower[i] = lower; ShortShape[i] = shortShape; _len[i] = length; Flags[i] = flags;
    }

    /// <summary>Hashes the pieces of token i (spelling <paramref name="s"/>): everything its features read.</summary>
    public void Word(ReadOnlySpan<char> s, int i)
    {
        ulong lower = NerHash.Seed, raw = NerHash.Seed, shape = NerHash.Seed, sshape = NerHash.Seed;
        char prevClass = '\0';
        int run = 0, upper = 0, letters = 0;
        byte flags = 0;
        for (int j = 0; j < s.Length; j++)
        {
            char ch = s[j];
            char lc = NerHash.ToLower(ch);
            lower = NerHash.Step(lower, lc);
            raw = NerHash.Step(raw, ch);
            if (j < 4) _pre[i * 4 + j] = lower;
            char cls;
            if (char.IsLetter(ch)) { letters++; if (lc != ch) { upper++; cls = 'X'; } else cls = char.IsUpper(ch) ? 'X' : 'x'; }
            else if (char.IsDigit(ch)) { cls = 'd'; flags |= HasDigit; }
            else cls = ch;
            if (cls == prevClass) run++; else { run = 1; sshape = NerHash.Step(sshape, cls); }
            if (run <= 4) shape = NerHash.Step(shape, cls);
            prevClass = cls;
        }
        ulong suf = NerHash.Seed ^ 0x9E37UL;
        for (int j = 0; j < 4 && j < s.Length; j++)
        {
            suf = NerHash.Step(suf, NerHash.ToLower(s[s.Length - 1 - j]));
            _suf[i * 4 + j] = suf;
        }
        if (letters > 0)
        {
            flags |= HasLetter;
            if (char.IsUpper(s[0])) flags |= InitUpper;
            if (upper == letters) flags |= AllUpper;
        }
        Lower[i] = StableHash.Mix(lower);
        _raw[i] = raw;
        _shape[i] = shape;
        ShortShape[i] = sshape;
        _len[i] = s.Length;
        Flags[i] = flags;
        if (_clusters is not null && _clusters.TryGet(Lower[i], out var path, out var len)) { _cluster[i] = path; _clusterLen[i] = len; }
        else _clusterLen[i] = 0;
    }
}
