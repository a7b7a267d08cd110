using System.Text;
using Cronista.Resources;

namespace Cronista.LanguageId;

public readonly record struct LanguageGuess(string Language, double Confidence);

/// <summary>
/// Identifies the language of a text from character 1–5-grams (<see cref="CharNgrams"/>) scored by a naive Bayes
/// model (<see cref="LangIdModel"/>, embedded as Resources/LangId/model.bin and loaded once, lazily).
/// First pass: the dominant script family of the letters picks the candidate languages (one candidate for Greek,
/// Hebrew, Hangul, Thai...). Second pass: n-gram log-likelihoods for the candidates only.
/// <para>Confidence = posterior × agreement × script share, where posterior is the softmax over candidates of the
/// log-likelihoods divided by the model's temperature (fitted by the trainer on held-out text to minimise log-loss),
/// agreement is the letter-weighted mean, over ~<see cref="ChunkLetters"/>-letter chunks, of the winner's tempered likelihood
/// relative to the chunk's own best language (1 where the winner also wins the chunk; near 0 for chunks clearly in another
/// language, so mixed-language text lowers it), and script share is the share of letters in the dominant script.</para>
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Undetermined = "und";
    /// <summary>Letters per chunk for the agreement check.</summary>
    public const int ChunkLetters = 100;

    private readonly Lazy<LangIdModel> model;

    /// <summary>Identifier over the embedded model, read on first use (thread-safe).</summary>
    public static LanguageIdentifier Default { get; } = new(LoadEmbedded);

    /// <summary>Letters looked at in long texts.</summary>
    public int MaxLetters { get; init; } = 3000;
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
        int best = Score(m, text, probs, out double factor);
        if (best < 0) return new(Undetermined, 0);
        double conf = Math.Clamp(probs[best] * factor, 0, 1);
        return conf < MinConfidence ? new(Undetermined, conf) : new(m.Codes[best], conf);
    }

    /// <summary>Up to <paramref name="top"/> candidate languages, best first, with confidences as in <see cref="Identify"/> (no "und" cut-off).</summary>
    public IReadOnlyList<LanguageGuess> Rank(ReadOnlySpan<char> text, int top = 3)
    {
        var m = model.Value;
        var probs = new double[m.Codes.Length];
        if (Score(m, text, probs, out double factor) < 0) return [];
        var order = Enumerable.Range(0, probs.Length).Where(i => probs[i] > 0).OrderByDescending(i => probs[i]).Take(top);
        return order.Select(i => new LanguageGuess(m.Codes[i], Math.Clamp(probs[i] * factor, 0, 1))).ToList();
    }

    /// <summary>Fills <paramref name="probs"/> with candidate posteriors (0 for non-candidates); returns the best index or -1.</summary>
    private int Score(LangIdModel m, ReadOnlySpan<char> text, Span<double> probs, out double factor)
    {
        factor = 0;
        probs.Clear();
        int nLang = m.Codes.Length;

        // Pass 1: scripts of the first MaxLetters letters.
        Span<int> scriptCount = stackalloc int[(int)Script.Han + 1];
        int letters = 0, weighted = 0;
        for (int i = 0; i < text.Length && letters < MaxLetters;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var r, out int used) != System.Buffers.OperationStatus.Done) { i += Math.Max(used, 1); continue; }
            i += used;
            if (!Rune.IsLetter(r)) continue;
            var s = Family(CharNgrams.ScriptOf(Rune.ToLowerInvariant(r).Value));
            scriptCount[(int)s]++;
            letters++;
            weighted += s is Script.Han or Script.Hangul ? 2 : 1;
        }
        if (weighted < MinLetters) return -1;
        int dominant = 0;
        for (int s = 1; s < scriptCount.Length; s++) if (scriptCount[s] > scriptCount[dominant]) dominant = s;
        if (dominant == (int)Script.Other) return -1;
        Span<bool> candidate = stackalloc bool[nLang];
        int nCand = 0, only = -1;
        for (int l = 0; l < nLang; l++)
            if (Family(m.Scripts[l]) == (Script)dominant) { candidate[l] = true; nCand++; only = l; }
        if (nCand == 0) return -1;
        double scriptShare = (double)scriptCount[dominant] / letters;
        if (nCand == 1) { probs[only] = 1; factor = scriptShare; return only; }

        // Pass 2: n-gram evidence for the candidates, with per-chunk winners for the agreement factor.
        int cells = nLang * CharNgrams.MaxOrder;
        Span<int> buffer = stackalloc int[3 * cells + 2 * CharNgrams.MaxOrder];
        var sink = new Scorer(m, candidate, buffer[..cells], buffer.Slice(cells, cells), buffer.Slice(2 * cells, cells),
            buffer.Slice(3 * cells, CharNgrams.MaxOrder), buffer.Slice(3 * cells + CharNgrams.MaxOrder, CharNgrams.MaxOrder),
            stackalloc double[nLang], stackalloc double[nLang]);
        CharNgrams.Extract(text, MaxLetters, ref sink);
        sink.CloseChunk(final: true);

        Span<double> scores = stackalloc double[nLang];
        sink.Totals(scores);
        int best = -1;
        for (int l = 0; l < nLang; l++) if (candidate[l] && (best < 0 || scores[l] > scores[best])) best = l;
        double sum = 0;
        for (int l = 0; l < nLang; l++)
            if (candidate[l]) sum += probs[l] = Math.Exp((scores[l] - scores[best]) / m.Temperature);
        for (int l = 0; l < nLang; l++) probs[l] /= sum;
        factor = scriptShare * sink.Agreement(best);
        return best;
    }

    /// <summary>Kana and Han form one family (Japanese mixes them).</summary>
    private static Script Family(Script s) => s == Script.Kana ? Script.Han : s;

    private ref struct Scorer : INgramSink
    {
        private readonly LangIdModel m;
        private readonly ReadOnlySpan<bool> candidate;
        private readonly Span<int> q, q0, scratch, cnt, cnt0;
        private readonly Span<double> chunkScores, support;
        private int chunkLetters, chunks, weight, totalLetters;

        public Scorer(LangIdModel m, ReadOnlySpan<bool> candidate, Span<int> q, Span<int> q0, Span<int> scratch, Span<int> cnt, Span<int> cnt0, Span<double> chunkScores, Span<double> support)
        {
            this.m = m; this.candidate = candidate; this.q = q; this.q0 = q0; this.scratch = scratch;
            this.cnt = cnt; this.cnt0 = cnt0; this.chunkScores = chunkScores; this.support = support;
            q.Clear(); q0.Clear(); cnt.Clear(); cnt0.Clear(); support.Clear();
        }

        public void Letter(Script script) => chunkLetters++;

        // Capitalized words (mostly names, whose spelling follows their own language) count half.
        public void WordStart(bool capitalized) => weight = capitalized ? 1 : 2;

        public void Gram(uint key, int order)
        {
            var postings = m.Lookup(key);
            if (postings.IsEmpty) return;
            cnt[order - 1] += weight;
            foreach (ushort p in postings)
            {
                int lang = p >> 8;
                if (candidate[lang]) q[lang * CharNgrams.MaxOrder + order - 1] += weight * (p & 0xFF);
            }
        }

        public void WordEnd()
        {
            if (chunkLetters >= ChunkLetters) CloseChunk(final: false);
        }

        /// <summary>Adds, per language, the chunk's letters times its likelihood relative to the chunk's best language; a short final chunk is left out.</summary>
        public void CloseChunk(bool final)
        {
            if (final && chunkLetters < ChunkLetters / 2) return;
            for (int i = 0; i < q.Length; i++) scratch[i] = q[i] - q0[i];
            Span<int> dc = stackalloc int[CharNgrams.MaxOrder];
            for (int n = 0; n < dc.Length; n++) dc[n] = cnt[n] - cnt0[n];
            double max = double.NegativeInfinity;
            for (int l = 0; l < candidate.Length; l++)
                if (candidate[l]) max = Math.Max(max, chunkScores[l] = LogLikelihood(m, l, scratch, dc));
            for (int l = 0; l < candidate.Length; l++)
                if (candidate[l]) support[l] += chunkLetters * Math.Exp((chunkScores[l] - max) / m.Temperature);
            totalLetters += chunkLetters;
            chunkLetters = 0;
            q.CopyTo(q0);
            cnt.CopyTo(cnt0);
            chunks++;
        }

        public readonly void Totals(Span<double> scores)
        {
            for (int l = 0; l < candidate.Length; l++) if (candidate[l]) scores[l] = LogLikelihood(m, l, q, cnt);
        }

        /// <summary>Letter-weighted mean over chunks of P(chunk | lang) / P(chunk | chunk's best language), tempered; 1 for a single chunk.</summary>
        public readonly double Agreement(int lang) => chunks < 2 ? 1 : support[lang] / totalLetters;

        private static double LogLikelihood(LangIdModel m, int lang, ReadOnlySpan<int> q, ReadOnlySpan<int> cnt)
        {
            double s = 0;
            for (int n = 0; n < CharNgrams.MaxOrder; n++)
            {
                int c = lang * CharNgrams.MaxOrder + n;
                s += m.OrderWeights[n] * (cnt[n] * m.Unseen[c] + m.Step * q[c]);
            }
            return s;
        }
    }
}
