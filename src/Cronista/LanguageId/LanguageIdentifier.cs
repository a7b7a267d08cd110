using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Cronista.Resources;

namespace Cronista.LanguageId;

public readonly record struct LanguageGuess(string Language, double Confidence);

/// <summary>
/// Identifies the language of a text from character 1–5-grams and whole words (<see cref="CharNgrams"/>) scored by a naive
/// Bayes model (<see cref="LangIdModel"/>, embedded as Resources/LangId/model.bin and loaded once, lazily).
/// First pass: the dominant script family of the letters picks the candidate languages (one candidate for Greek,
/// Hebrew, Hangul, Thai...). Second pass: log-likelihoods for the candidates only, from the family's flat table
/// (one probe and one vector add per feature).
/// <para>Long texts: at most <see cref="MaxLetters"/> letters are read, and reading stops earlier (sequential test, checked
/// every <see cref="ChunkLetters"/> letters once <see cref="MinStopLetters"/> are read) when the leader's tempered
/// log-odds against the runner-up reach <see cref="StopLogOdds"/> and every chunk so far agreed with it.</para>
/// <para>Confidence = posterior × agreement × script share, where posterior is the softmax over candidates of the
/// log-likelihoods divided by the model's temperature (fitted by the trainer on held-out text to minimise log-loss),
/// agreement is the letter-weighted mean, over ~<see cref="ChunkLetters"/>-letter chunks, of the winner's tempered likelihood
/// relative to the chunk's own best language (1 where the winner also wins the chunk; near 0 for chunks clearly in another
/// language, so mixed-language text lowers it), and script share is the share of letters in the dominant script.</para>
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Undetermined = "und";
    /// <summary>Letters per chunk for the agreement check and the stopping test.</summary>
    public const int ChunkLetters = 100;

    private readonly Lazy<LangIdModel> model;
    private const int MaxPendingGrams = 250; // 250 × 255 fits the 16-bit per-word sums

    /// <summary>Identifier over the embedded model, read on first use (thread-safe).</summary>
    public static LanguageIdentifier Default { get; } = new(LoadEmbedded);

    /// <summary>Letters looked at in long texts.</summary>
    public int MaxLetters { get; init; } = 1000;
    /// <summary>Letters read before the stopping test may end the reading.</summary>
    public int MinStopLetters { get; init; } = 300;
    /// <summary>Tempered log-odds of the leader against the runner-up that end the reading (10 ≈ posterior 0.99995).</summary>
    public double StopLogOdds { get; init; } = 10;
    /// <summary>Below this many letters the answer is "und" (ideographs and Hangul syllables count double).</summary>
    public int MinLetters { get; init; } = 10;
    /// <summary>Below this confidence the answer is "und".</summary>
    public double MinConfidence { get; init; } = 0.5;

    public LanguageIdentifier(LangIdModel model) => this.model = new Lazy<LangIdModel>(model);
    private LanguageIdentifier(Func<LangIdModel> load) => model = new Lazy<LangIdModel>(load, LazyThreadSafetyMode.ExecutionAndPublication);

    public LangIdModel Model => model.Value;
    public IReadOnlyCollection<string> Languages => model.Value.Codes;

    private static LangIdModel LoadEmbedded()
    {
        using var s = LanguageResources.Open("LangId/model.bin") ?? throw new InvalidOperationException("Embedded resource LangId/model.bin is missing.");
        return LangIdModel.Read(s);
    }

    /// <summary>Best language with a confidence in [0,1]; ("und", c) when too short, mixed or unsure.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var m = model.Value;
        Span<double> probs = stackalloc double[m.Codes.Length];
        int best = Score(m, text, probs, out double factor, out _);
        if (best < 0) return new(Undetermined, 0);
        double conf = Math.Clamp(probs[best] * factor, 0, 1);
        return conf < MinConfidence ? new(Undetermined, conf) : new(m.Codes[best], conf);
    }

    /// <summary>Up to <paramref name="top"/> candidate languages, best first, with confidences as in <see cref="Identify"/> (no "und" cut-off).</summary>
    public IReadOnlyList<LanguageGuess> Rank(ReadOnlySpan<char> text, int top = 3)
    {
        var m = model.Value;
        var probs = new double[m.Codes.Length];
        if (Score(m, text, probs, out double factor, out _) < 0) return [];
        var order = Enumerable.Range(0, probs.Length).Where(i => probs[i] > 0).OrderByDescending(i => probs[i]).Take(top);
        return order.Select(i => new LanguageGuess(m.Codes[i], Math.Clamp(probs[i] * factor, 0, 1))).ToList();
    }

    /// <summary>Letters of <paramref name="text"/> that identification reads (for measuring the stopping rule).</summary>
    public int LettersRead(ReadOnlySpan<char> text)
    {
        Span<double> probs = stackalloc double[model.Value.Codes.Length];
        Score(model.Value, text, probs, out _, out int read);
        return read;
    }

    /// <summary>Fills <paramref name="probs"/> with candidate posteriors (0 for non-candidates); returns the best index or -1.</summary>
    private int Score(LangIdModel m, ReadOnlySpan<char> text, Span<double> probs, out double factor, out int lettersRead)
    {
        factor = 0;
        lettersRead = 0;
        probs.Clear();

        // Pass 1: scripts of the first MaxLetters letters.
        Span<int> scriptCount = stackalloc int[(int)Script.Han + 1];
        int letters = 0, weighted = 0;
        for (int i = 0; i < text.Length && letters < MaxLetters;)
        {
            char c = text[i];
            Script s;
            if (c < 0x80)
            {
                i++;
                if ((uint)((c | 0x20) - 'a') > 'z' - 'a') continue;
                s = Script.Latin;
            }
            else if (!char.IsSurrogate(c))
            {
                i++;
                if (!char.IsLetter(c)) continue;
                s = LangIdModel.Family(CharNgrams.ScriptOf(char.ToLowerInvariant(c)));
            }
            else
            {
                if (Rune.DecodeFromUtf16(text[i..], out var r, out int used) != System.Buffers.OperationStatus.Done) { i += Math.Max(used, 1); continue; }
                i += used;
                if (!Rune.IsLetter(r)) continue;
                s = LangIdModel.Family(CharNgrams.ScriptOf(Rune.ToLowerInvariant(r).Value));
            }
            scriptCount[(int)s]++;
            letters++;
            weighted += s is Script.Han or Script.Hangul ? 2 : 1;
        }
        if (weighted < MinLetters) return -1;
        int dominant = 0;
        for (int s = 1; s < scriptCount.Length; s++) if (scriptCount[s] > scriptCount[dominant]) dominant = s;
        if (dominant == (int)Script.Other) return -1;
        double scriptShare = (double)scriptCount[dominant] / letters;
        var table = m.Table((Script)dominant);
        if (table is null)
        {
            for (int l = 0; l < m.Codes.Length; l++)
                if (LangIdModel.Family(m.Scripts[l]) == (Script)dominant) { probs[l] = 1; factor = scriptShare; lettersRead = letters; return l; }
            return -1;
        }

        // Pass 2: evidence for the family's languages, with per-chunk winners for the agreement factor and the stopping test.
        int nCand = table.Languages.Length;
        Span<int> ints = stackalloc int[2 * table.Stride + 3 * CharNgrams.Kinds];
        Span<double> doubles = stackalloc double[2 * nCand];
        var sink = new Scorer(this, table, m.Step, m.Temperature, stackalloc Vector128<ushort>[table.Stride / 8], ints, doubles,
            stackalloc uint[MaxPendingGrams], stackalloc byte[MaxPendingGrams]);
        lettersRead = CharNgrams.Extract(text, MaxLetters, ref sink);
        sink.CloseChunk(final: true);

        Span<double> scores = doubles[..nCand];
        sink.Totals(scores);
        int best = 0;
        for (int j = 1; j < nCand; j++) if (scores[j] > scores[best]) best = j;
        double sum = 0;
        for (int j = 0; j < nCand; j++) sum += probs[table.Languages[j]] = Math.Exp((scores[j] - scores[best]) / m.Temperature);
        for (int j = 0; j < nCand; j++) probs[table.Languages[j]] /= sum;
        factor = scriptShare * sink.Agreement(best);
        return table.Languages[best];
    }

    private ref struct Scorer : INgramSink
    {
        private readonly LanguageIdentifier owner;
        private readonly ScriptTable table;
        private readonly ref byte slots;
        private readonly float step, temperature;
        private readonly Span<Vector128<ushort>> wordQ;   // q sums of the current word, by lane
        private readonly Span<int> q, q0, cnt, cnt0, wordCnt; // weighted q sums by lane; in-vocabulary features by kind (totals, at the last chunk, current word)
        private readonly Span<double> chunkScores, support;
        private readonly Span<uint> pending;
        private readonly Span<byte> pendingKind;
        private int chunkLetters, chunks, weight, totalLetters, pendingCount;

        public Scorer(LanguageIdentifier owner, ScriptTable table, float step, float temperature, Span<Vector128<ushort>> wordQ, Span<int> ints, Span<double> doubles, Span<uint> pending, Span<byte> pendingKind)
        {
            this.pending = pending; this.pendingKind = pendingKind;
            this.owner = owner; this.table = table; this.step = step; this.temperature = temperature; this.wordQ = wordQ;
            slots = ref MemoryMarshal.GetArrayDataReference(table.Slots);
            int s = table.Stride, k = CharNgrams.Kinds, n = table.Languages.Length;
            ints.Clear(); wordQ.Clear(); doubles.Clear();
            q = ints[..s]; q0 = ints.Slice(s, s); cnt = ints.Slice(2 * s, k); cnt0 = ints.Slice(2 * s + k, k); wordCnt = ints.Slice(2 * s + 2 * k, k);
            chunkScores = doubles[..n]; support = doubles.Slice(n, n);
        }

        public void Letter(int codePoint) => chunkLetters++;

        // Capitalized words (mostly names, whose spelling follows their own language) count half.
        public void WordStart(bool capitalized) => weight = capitalized ? 1 : 2;

        // Keys are buffered per word and their slots prefetched, so that the cache misses of a word's lookups overlap.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Gram(uint key, int kind)
        {
            if (Sse.IsSupported) unsafe { Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref slots, ((int)key & table.Mask) * table.Stride))); }
            pending[pendingCount] = key;
            pendingKind[pendingCount] = (byte)kind;
            if (++pendingCount == pending.Length) Flush(); // also keeps the 16-bit sums from overflowing (q ≤ 255)
        }

        /// <summary>Looks up the buffered features and adds the word's sums, times its weight, to the totals.</summary>
        private void Flush()
        {
            for (int p = 0; p < pendingCount; p++)
            {
                int at = table.Find(pending[p]);
                if (at < 0) continue;
                wordCnt[pendingKind[p] - 1]++;
                ref byte row = ref Unsafe.Add(ref slots, at);
                for (int t = 0; t < wordQ.Length; t += 2)
                {
                    var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref row, (nuint)(t * 8)));
                    wordQ[t] += lo;
                    wordQ[t + 1] += hi;
                }
            }
            pendingCount = 0;
            var sums = MemoryMarshal.Cast<Vector128<ushort>, ushort>(wordQ);
            for (int i = ScriptTable.KeyBytes; i < sums.Length; i++) q[i] += weight * sums[i];
            for (int k = 0; k < wordCnt.Length; k++) cnt[k] += weight * wordCnt[k];
            wordQ.Clear();
            wordCnt.Clear();
        }

        public bool WordEnd()
        {
            Flush();
            return chunkLetters < ChunkLetters || CloseChunk(final: false);
        }

        /// <summary>
        /// Adds, per language, the chunk's letters times its likelihood relative to the chunk's best language (a short final
        /// chunk is left out); returns false when reading can stop.
        /// </summary>
        public bool CloseChunk(bool final)
        {
            if (final && chunkLetters < ChunkLetters / 2) return true;
            double max = double.NegativeInfinity;
            for (int j = 0; j < chunkScores.Length; j++)
                max = Math.Max(max, chunkScores[j] = LogLikelihood(j, q, q0, cnt, cnt0));
            for (int j = 0; j < chunkScores.Length; j++)
                support[j] += chunkLetters * Math.Exp((chunkScores[j] - max) / temperature);
            totalLetters += chunkLetters;
            chunkLetters = 0;
            q.CopyTo(q0);
            cnt.CopyTo(cnt0);
            chunks++;
            if (final || totalLetters < owner.MinStopLetters) return true;
            // Sequential test: stop once the leader is far ahead and no chunk disagreed.
            double first = double.NegativeInfinity, second = double.NegativeInfinity;
            int leader = 0;
            for (int j = 0; j < chunkScores.Length; j++)
            {
                double s = LogLikelihood(j, q, default, cnt, default);
                if (s > first) { second = first; first = s; leader = j; }
                else if (s > second) second = s;
            }
            return (first - second) / temperature < owner.StopLogOdds || support[leader] < 0.99 * totalLetters;
        }

        public readonly void Totals(Span<double> scores)
        {
            for (int j = 0; j < scores.Length; j++) scores[j] = LogLikelihood(j, q, default, cnt, default);
        }

        /// <summary>Letter-weighted mean over chunks of P(chunk | lang) / P(chunk | chunk's best language), tempered; 1 for a single chunk.</summary>
        public readonly double Agreement(int lane) => chunks < 2 ? 1 : support[lane] / totalLetters;

        /// <summary>Log-likelihood of the features counted since the snapshot (q0, cnt0; empty = from the start) for lane j.</summary>
        private readonly double LogLikelihood(int j, ReadOnlySpan<int> q, ReadOnlySpan<int> q0, ReadOnlySpan<int> cnt, ReadOnlySpan<int> cnt0)
        {
            int lane = ScriptTable.KeyBytes + j;
            double s = step * (q[lane] - (q0.IsEmpty ? 0 : q0[lane]));
            var unseen = table.Unseen.AsSpan(j * CharNgrams.Kinds, CharNgrams.Kinds);
            for (int k = 0; k < unseen.Length; k++) s += (cnt[k] - (cnt0.IsEmpty ? 0 : cnt0[k])) * unseen[k];
            return s;
        }
    }
}
