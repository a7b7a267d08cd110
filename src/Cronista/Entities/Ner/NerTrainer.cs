using Cronista.Evaluation;
using Cronista.Model;

namespace Cronista.Entities.Ner;

/// <summary>Options of <see cref="NerTrainer.Train"/>.</summary>
public sealed record NerTrainOptions
{
    public int Epochs { get; init; } = 12;
    /// <summary>log2 of the number of weight rows.</summary>
    public int Bits { get; init; } = 20;
    public int Seed { get; init; } = 1;
    public NerClusters? Clusters { get; init; }
    public NerGazetteer? Gazetteer { get; init; }
    public int DocBlock { get; init; } = 25;
    /// <summary>With 2 or more: a stacked second stage trained on first-stage labels from this many jackknife folds.</summary>
    public int Folds { get; init; }
    /// <summary>Names from a silver-labelled corpus whose matches become features (stored in the model).</summary>
    public NerGazetteer? Silver { get; init; }
    /// <summary>How the weights are updated on a training sentence decoded wrongly (default: the perceptron's ±1).</summary>
    public NerUpdate Update { get; init; } = NerUpdate.Perceptron;
    /// <summary>Aggressiveness C of the passive-aggressive (PA-I) update: the largest step.</summary>
    public float PaC { get; init; } = 1f;
    /// <summary>With <see cref="NerUpdate.PassiveAggressive"/>: decode training sentences cost-augmented (+1 for every
    /// non-gold tag of each token), so that the update asks for a margin of the Hamming loss over the most violating path.</summary>
    public bool CostAugmented { get; init; }
}

/// <summary>Update rule of <see cref="NerTrainer"/>.</summary>
public enum NerUpdate
{
    /// <summary>Structured perceptron: +1 on the gold path's features, −1 on the predicted path's.</summary>
    Perceptron,
    /// <summary>PA-I / 1-best MIRA: the same directions scaled by τ = min(C, (loss − margin) / ‖Δφ‖²), loss = tokens tagged wrongly.</summary>
    PassiveAggressive,
}

/// <summary>
/// Trains the tagger as an averaged structured perceptron (Collins 2002): Viterbi-decodes each training sentence with
/// the current weights and updates the features where the predicted path differs from the gold one. With a dev file, keeps the epoch whose averaged weights score best on it.
/// <see cref="NerTrainOptions.Update"/> = <see cref="NerUpdate.PassiveAggressive"/> scales each sentence's update by the PA-I step
/// (experimental, not used for the shipped models).
/// </summary>
public static class NerTrainer
{
    private static readonly string[] TypeOrder = ["PER", "ORG", "LOC", "MISC"];

    private sealed class Sentence
    {
        public required int[] Rows;   // static feature rows, MaxStatic per token
        public required int[] Counts;
        public required int[] Gold;
        public required ulong[] Lower, ShortShape; // for the tag-history features
        public required byte[] Flags;
    }

    private readonly struct FloatRows(float[] w, int nt)
    {
        public void AddRow(int row, Span<float> scores)
        {
            var r = w.AsSpan(row * nt, nt);
            for (int t = 0; t < r.Length; t++) scores[t] += r[t];
        }
    }

    public static NerTagger Train(string lang, IReadOnlyList<ConllFile> train, ConllFile? dev, NerTrainOptions options, Action<string>? log = null)
    {
        var gaz = options.Gazetteer ?? NerGazetteer.Default;
        var types = train.SelectMany(f => f.Sentences).SelectMany(s => s.Tags).Select(NerScore.TypeOf).OfType<string>().Distinct()
            .OrderBy(t => Array.IndexOf(TypeOrder, t) is var i && i < 0 ? int.MaxValue : i).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var tags = new List<string> { "O" };
        foreach (var t in types) { tags.Add("B-" + t); tags.Add("I-" + t); }
        var tagArray = tags.ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);

        var (data, docs) = Prepare(train, tagIndex, gaz, options, null);
        log?.Invoke($"{data.Count} sentences, {data.Sum(d => d.Gold.Length)} tokens, tags {string.Join(' ', tags)}");
        var all = Enumerable.Range(0, docs.Count).ToArray();
        Func<NerModel, NerTagger> single = m => new NerTagger(m, gaz);
        var (stage1, epochs1) = RunEpochs(lang, tagArray, data, docs, all, options, options.Epochs, dev, single, log);
        if (options.Folds < 2) return single(stage1);

        // Stacking: the second stage sees the first stage's labels of each word over the whole document. Its training
        // documents get them from first-stage models trained without those documents (jackknife), so that they are
        // as noisy as at tagging time.
        var foldTaggers = new NerTagger[options.Folds];
        for (int k = 0; k < options.Folds; k++)
        {
            var rest = all.Where(d => d % options.Folds != k).ToArray();
            log?.Invoke($"fold {k + 1}/{options.Folds}: first stage on {rest.Length} of {docs.Count} documents, {epochs1} epochs");
            var fold = RunEpochs(lang, tagArray, data, docs, rest, options, epochs1, null, single, null).Model;
            foldTaggers[k] = new NerTagger(fold.WithStage1(fold), gaz); // only its first stage is run
        }
        var (data2, docs2) = Prepare(train, tagIndex, gaz, options, (d, ctx, sents) => foldTaggers[d % options.Folds].RunFirstStage(ctx, sents));
        log?.Invoke("second stage:");
        Func<NerModel, NerTagger> stacked = m => new NerTagger(m.WithStage1(stage1), gaz);
        var (stage2, _) = RunEpochs(lang, tagArray, data2, docs2, all, options, options.Epochs, dev, stacked, log);
        return stacked(stage2);
    }

    private static (List<Sentence> Data, List<(int From, int To)> Docs) Prepare(IReadOnlyList<ConllFile> train, Dictionary<string, int> tagIndex,
        NerGazetteer gaz, NerTrainOptions options, Action<int, NerDocumentContext, IEnumerable<(string Text, Token[] Tokens)>>? firstStage)
    {
        int shift = 64 - options.Bits;
        // Static features once, with the same document statistics as at tagging time.
        var data = new List<Sentence>();
        var docs = new List<(int From, int To)>(); // sentence ranges of data per document
        var f = new NerFeatures();
        foreach (var file in train)
            foreach (var (from, to) in NerTagger.Documents(file, options.DocBlock))
            {
                var ctx = new NerDocumentContext();
                var sents = Enumerable.Range(from, to - from).Select(s => NerTagger.AsText(file.Sentences[s].Tokens)).ToArray();
                for (int s = from; s < to; s++) if (!file.Sentences[s].IsDocStart) ctx.AddSentence(sents[s - from].Text, sents[s - from].Tokens);
                firstStage?.Invoke(docs.Count, ctx, Enumerable.Range(from, to - from).Where(s => !file.Sentences[s].IsDocStart).Select(s => sents[s - from]));
                for (int s = from; s < to; s++)
                {
                    if (file.Sentences[s].IsDocStart) continue;
                    var (text, toks) = sents[s - from];
                    f.Extract(text, toks, ctx, gaz, options.Clusters, shift, options.Silver);
                    int n = toks.Length;
                    data.Add(new Sentence
                    {
                        Rows = f.Static.AsSpan(0, n * NerFeatures.MaxStatic).ToArray(),
                        Counts = f.StaticCount.AsSpan(0, n).ToArray(),
                        Gold = ConllFile.ToIob2(file.Sentences[s].Tags).Select(t => tagIndex.GetValueOrDefault(t)).ToArray(),
                        Lower = f.Lower.AsSpan(0, n).ToArray(),
                        ShortShape = f.ShortShape.AsSpan(0, n).ToArray(),
                        Flags = f.Flags.AsSpan(0, n).ToArray(),
                    });
                }
                docs.Add((docs.Count == 0 ? 0 : docs[^1].To, data.Count));
            }
        return (data, docs);
    }

    /// <summary>Averaged structured perceptron over the documents <paramref name="subset"/>; with a dev file, the
    /// epoch scoring best on it (and its number), else the last.</summary>
    private static (NerModel Model, int Epoch) RunEpochs(string lang, string[] tags, List<Sentence> data, List<(int From, int To)> docs, int[] subset,
        NerTrainOptions options, int epochs, ConllFile? dev, Func<NerModel, NerTagger> tagger, Action<string>? log)
    {
        int nt = tags.Length, shift = 64 - options.Bits;
        int size = nt << options.Bits;
        var w = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int clock = 1;
        void Update(int row, int tag, float delta)
        {
            int k = row * nt + tag;
            totals[k] += (double)(clock - stamps[k]) * w[k];
            stamps[k] = clock;
            w[k] += delta;
        }

        // Documents in random order, sentences in text order (the prediction history runs through each document).
        // Structured perceptron: Viterbi over the sentence with the current weights, update where the path differs.
        var order = subset.ToArray();
        var history = new NerDocumentContext();
        var rng = new Random(options.Seed);
        Span<int> dyn = stackalloc int[Math.Max(NerModel.HistoryCount, NerModel.TransitionCount)];
        int maxN = data.Count == 0 ? 1 : data.Max(d => d.Gold.Length);
        var emit = new float[maxN * nt];
        var trans = new float[maxN * nt * (nt + 1)];
        var delta = new float[maxN * nt];
        var back = new int[maxN * nt];
        var pred = new int[maxN];
        var hist = new int[maxN];
        var probe = new NerFeatures();
        var rowsOf = new FloatRows(w, nt);
        bool pa = options.Update == NerUpdate.PassiveAggressive;
        var coef = new Dictionary<int, int>();
        int steps = 0, clipped = 0;
        double tauSum = 0;
        var aug = options.CostAugmented ? new int[maxN] : null;
        var augEmit = options.CostAugmented ? new float[emit.Length] : null;
        var dynPa = new int[Math.Max(NerModel.HistoryCount, NerModel.TransitionCount)];

        // PA-I step on sentence s, whose static, history and transition scores are in emit/trans and its Viterbi path
        // in pred (this path, not the cost-augmented one, feeds the document history, as at tagging time). Returns the
        // tokens tagged wrongly by pred.
        int PassiveAggressive(Sentence s, int n)
        {
            int wrong = 0;
            for (int i = 0; i < n; i++) if (pred[i] != s.Gold[i]) wrong++;
            var guessPath = pred;
            if (aug is not null)
            {
                // Loss-augmented decoding: +1 for every tag but the gold one at each token.
                emit.AsSpan(0, n * nt).CopyTo(augEmit!);
                for (int i = 0; i < n; i++)
                    for (int t = 0; t < nt; t++) if (t != s.Gold[i]) augEmit![i * nt + t] += 1;
                NerModel.Viterbi(augEmit, trans, n, nt, aug, delta, back);
                guessPath = aug;
            }
            int loss = 0;
            double margin = 0; // score(gold) − score(guess), current weights
            for (int i = 0; i < n; i++)
            {
                int gold = s.Gold[i], guess = guessPath[i];
                int gp = i == 0 ? nt : s.Gold[i - 1], pp = i == 0 ? nt : guessPath[i - 1];
                if (gold != guess) loss++;
                margin += emit[i * nt + gold] + trans[(i * (nt + 1) + gp) * nt + gold];
                margin -= emit[i * nt + guess] + trans[(i * (nt + 1) + pp) * nt + guess];
            }
            if (loss > 0)
            {
                // Net coefficient of every (row, tag) in φ(gold) − φ(guess).
                coef.Clear();
                void Add(int row, int tag, int c)
                {
                    int k = row * nt + tag;
                    coef[k] = coef.GetValueOrDefault(k) + c;
                }
                for (int i = 0; i < n; i++)
                {
                    int gold = s.Gold[i], guess = guessPath[i];
                    int gp = i == 0 ? nt : s.Gold[i - 1], pp = i == 0 ? nt : guessPath[i - 1];
                    if (guess != gold)
                    {
                        foreach (var r in s.Rows.AsSpan(i * NerFeatures.MaxStatic, s.Counts[i])) { Add(r, gold, 1); Add(r, guess, -1); }
                        NerModel.HistoryRows(probe, i, hist[i], shift, dynPa);
                        foreach (var r in dynPa.AsSpan(0, NerModel.HistoryCount)) { Add(r, gold, 1); Add(r, guess, -1); }
                    }
                    if (guess != gold || gp != pp)
                    {
                        NerModel.TransitionRows(probe, i, gp, shift, dynPa);
                        foreach (var r in dynPa.AsSpan(0, NerModel.TransitionCount)) Add(r, gold, 1);
                        NerModel.TransitionRows(probe, i, pp, shift, dynPa);
                        foreach (var r in dynPa.AsSpan(0, NerModel.TransitionCount)) Add(r, guess, -1);
                    }
                }
                double norm = 0;
                foreach (var c in coef.Values) norm += (double)c * c;
                if (norm > 0)
                {
                    double tau = Math.Min(options.PaC, (loss - margin) / norm);
                    steps++; tauSum += tau;
                    if (tau == options.PaC) clipped++;
                    if (tau > 0)
                        foreach (var (k, c) in coef)
                            if (c != 0) Update(k / nt, k % nt, (float)(tau * c));
                }
            }
            for (int i = 0; i < n; i++) NerModel.Remember(history, probe, i, pred[i]);
            return wrong;
        }

        NerModel? best = null;
        int bestEpoch = 0;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (var di in order)
            for (int si = docs[di].From; si < docs[di].To; si++)
            {
                if (si == docs[di].From) history.ClearHistory();
                var s = data[si];
                int n = s.Gold.Length;
                probe.Lower = s.Lower; probe.ShortShape = s.ShortShape; probe.Flags = s.Flags;
                for (int i = 0; i < n; i++)
                {
                    var sc = emit.AsSpan(i * nt, nt);
                    sc.Clear();
                    foreach (var r in s.Rows.AsSpan(i * NerFeatures.MaxStatic, s.Counts[i])) rowsOf.AddRow(r, sc);
                    hist[i] = NerModel.History(history, probe, i);
                    NerModel.HistoryRows(probe, i, hist[i], shift, dyn);
                    foreach (var r in dyn[..NerModel.HistoryCount]) rowsOf.AddRow(r, sc);
                    for (int p = i == 0 ? nt : 0; p <= (i == 0 ? nt : nt - 1); p++)
                    {
                        var tr = trans.AsSpan((i * (nt + 1) + p) * nt, nt);
                        tr.Clear();
                        NerModel.TransitionRows(probe, i, p, shift, dyn);
                        foreach (var r in dyn[..NerModel.TransitionCount]) rowsOf.AddRow(r, tr);
                    }
                }
                NerModel.Viterbi(emit, trans, n, nt, pred, delta, back);
                if (pa)
                {
                    errors += PassiveAggressive(s, n);
                    tokens += n;
                    clock++;
                    continue;
                }
                for (int i = 0; i < n; i++)
                {
                    int gold = s.Gold[i], guess = pred[i];
                    int gp = i == 0 ? nt : s.Gold[i - 1], pp = i == 0 ? nt : pred[i - 1];
                    if (guess != gold)
                    {
                        errors++;
                        foreach (var r in s.Rows.AsSpan(i * NerFeatures.MaxStatic, s.Counts[i])) { Update(r, gold, 1); Update(r, guess, -1); }
                        NerModel.HistoryRows(probe, i, hist[i], shift, dyn);
                        foreach (var r in dyn[..NerModel.HistoryCount]) { Update(r, gold, 1); Update(r, guess, -1); }
                    }
                    if (guess != gold || gp != pp)
                    {
                        NerModel.TransitionRows(probe, i, gp, shift, dyn);
                        foreach (var r in dyn[..NerModel.TransitionCount]) Update(r, gold, 1);
                        NerModel.TransitionRows(probe, i, pp, shift, dyn);
                        foreach (var r in dyn[..NerModel.TransitionCount]) Update(r, guess, -1);
                    }
                    NerModel.Remember(history, probe, i, guess);
                }
                tokens += n;
                clock++;
            }
            var model = Quantize(lang, tags, options, w, totals, stamps, clock);
            string msg = $"epoch {epoch}: training token errors {errors * 100.0 / tokens:F2}%";
            if (pa) { msg += $", PA steps {steps} (mean τ {tauSum / Math.Max(1, steps):G3}, {clipped * 100.0 / Math.Max(1, steps):F1}% at C)"; steps = clipped = 0; tauSum = 0; }
            if (dev is not null)
            {
                var score = Score(tagger(model), dev);
                msg += $", dev F1 {score.Overall.F1:F4} (P {score.Overall.Precision:F4} R {score.Overall.Recall:F4})";
                if (score.Overall.F1 > bestF1) { bestF1 = score.Overall.F1; best = model; bestEpoch = epoch; }
            }
            else { best = model; bestEpoch = epoch; }
            log?.Invoke(msg);
        }
        return (best!, bestEpoch);
    }

    /// <summary>Tags the gold file's tokens and scores the result against its tags.</summary>
    public static NerScore Score(NerTagger tagger, ConllFile gold)
    {
        var predicted = tagger.TagFile(gold);
        var score = new NerScore();
        for (int s = 0; s < gold.Sentences.Count; s++)
        {
            if (gold.Sentences[s].IsDocStart) continue;
            var g = gold.Sentences[s].Tags;
            // Score in the gold file's own scheme: IO files are compared as IO.
            score.Add(g, ConllFile.FromIob2(predicted[s], gold.Scheme), gold.Scheme);
        }
        return score;
    }

    private static NerModel Quantize(string lang, string[] tags, NerTrainOptions o, float[] w, double[] totals, int[] stamps, int clock)
    {
        var avg = new float[w.Length];
        float max = 0;
        for (int k = 0; k < w.Length; k++)
        {
            avg[k] = (float)((totals[k] + (double)(clock - stamps[k]) * w[k]) / clock);
            max = Math.Max(max, Math.Abs(avg[k]));
        }
        float scale = max == 0 ? 1 : 32767f / max;
        int nt = tags.Length;
        var q = new short[(w.Length / nt) * NerModel.Stride];
        for (int k = 0; k < w.Length; k++) q[k / nt * NerModel.Stride + k % nt] = (short)Math.Round(avg[k] * scale);
        return new NerModel { Language = lang, Tags = tags, Bits = o.Bits, Weights = q, Scale = scale, Clusters = o.Clusters, DocBlock = o.DocBlock, Silver = o.Silver };
    }

    /// <summary>Saves a trained tagger's model (the file <see cref="NerTagger.Load"/> and the embedded resources read).</summary>
    public static void Save(NerTagger tagger, string path)
    {
        using var s = File.Create(path);
        tagger.Model.Save(s);
    }
}
