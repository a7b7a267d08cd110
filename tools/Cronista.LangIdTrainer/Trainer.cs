using System.Runtime.InteropServices;
using Cronista.LanguageId;

namespace Cronista.LangIdTrainer;

/// <summary>Training settings (see README for the values used for the committed model).</summary>
internal sealed record TrainOptions
{
    /// <summary>Most frequent features kept per language and kind (n-gram orders 1..MaxOrder, then whole words).</summary>
    public int[] Keep { get; init; } = [int.MaxValue, int.MaxValue, 12000, 14000, 12000, 8000];
    /// <summary>Weight of each feature kind in the log-likelihood (folded into q and the unseen floor).</summary>
    public float[] KindWeights { get; init; } = [1, 1, 1, 1, 1, 1];
    /// <summary>Nats per quantization unit of a stored log-probability.</summary>
    public float Step { get; init; } = 0.08f;
    /// <summary>Smallest stored q (weighted log-probability above the floor, in steps).</summary>
    public int MinQ { get; init; } = 3;
}

/// <summary>Counts hashed features per language and kind, then builds a pruned, quantized <see cref="LangIdModel"/>.</summary>
internal sealed class Trainer(TrainOptions options)
{
    private const int Kinds = CharNgrams.Kinds;
    private readonly Dictionary<string, Dictionary<uint, int>[]> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> scripts = new(StringComparer.Ordinal);

    public void Add(string lang, string text)
    {
        if (!counts.TryGetValue(lang, out var c))
        {
            counts[lang] = c = Enumerable.Range(0, Kinds).Select(_ => new Dictionary<uint, int>()).ToArray();
            scripts[lang] = new int[(int)Script.Han + 1];
        }
        var sink = new CountSink(c, scripts[lang]);
        CharNgrams.Extract(text, int.MaxValue, ref sink);
    }

    public IReadOnlyCollection<string> Languages => counts.Keys;

    /// <summary>Builds the model with the options' kind weights, or with <paramref name="weights"/> (pruning is done once).</summary>
    public LangIdModel Build(float[]? weights = null)
    {
        weights ??= options.KindWeights;
        var langs = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        if (langs.Length > 255) throw new InvalidOperationException("At most 255 languages.");
        var langScripts = langs.Select(lang =>
        {
            var s = (int[])scripts[lang].Clone();
            s[(int)Script.Han] += s[(int)Script.Kana]; // Japanese: Kana and Han are one family
            s[(int)Script.Kana] = 0;
            return (Script)Array.IndexOf(s, s.Max());
        }).ToArray();
        pruned ??= Prune(langs, langScripts);
        var (kept, types, total, vocab) = pruned.Value;

        // Witten-Bell estimates: a kept feature gets c / (N + T) (N tokens, T types of that kind in the language); the
        // remaining mass (unseen and pruned types) is spread evenly over the entries of the script family's vocabulary the
        // language did not keep (only those are ever looked up for it).
        var unseen = new float[langs.Length * Kinds];
        var postings = new Dictionary<uint, List<(byte, byte)>>();
        for (int l = 0; l < langs.Length; l++)
            for (int k = 0; k < Kinds; k++)
            {
                double denom = total[l, k] + types[l, k];
                double keptMass = kept[l, k].Values.Sum(c => (double)c) / denom;
                int vocabSize = vocab[(int)LangIdModel.Family(langScripts[l]), k].Count;
                double floor = Math.Log(Math.Max(1 - keptMass, 1e-9) / Math.Max(1, vocabSize - kept[l, k].Count));
                unseen[l * Kinds + k] = (float)(weights[k] * floor);
                foreach (var (key, c) in kept[l, k])
                {
                    double d = weights[k] * (Math.Log(c / denom) - floor);
                    int q = (int)Math.Round(d / options.Step);
                    if (q < options.MinQ) continue; // too close to the floor to be worth storing
                    if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                    list.Add(((byte)l, (byte)Math.Min(q, 255)));
                }
            }

        var model = new LangIdModel
        {
            Codes = langs, Scripts = langScripts, Unseen = unseen, Step = options.Step, KindWeights = weights, Temperature = 1,
        };
        model.SetFeatures(postings.OrderBy(kv => kv.Key).Select(kv => (kv.Key, (IReadOnlyList<(byte, byte)>)kv.Value)).ToList());
        return model;
    }

    private (Dictionary<uint, int>[,] Kept, long[,] Types, long[,] Total, HashSet<uint>[,] Vocab)? pruned;

    /// <summary>Keeps the most frequent features per (language, kind); the vocabulary is their union per script family.</summary>
    private (Dictionary<uint, int>[,], long[,], long[,], HashSet<uint>[,]) Prune(string[] langs, Script[] langScripts)
    {
        var kept = new Dictionary<uint, int>[langs.Length, Kinds];
        var types = new long[langs.Length, Kinds];
        var total = new long[langs.Length, Kinds];
        var vocab = new HashSet<uint>[(int)Script.Han + 1, Kinds];
        for (int s = 0; s < vocab.GetLength(0); s++)
            for (int k = 0; k < Kinds; k++) vocab[s, k] = [];
        for (int l = 0; l < langs.Length; l++)
            for (int k = 0; k < Kinds; k++)
            {
                var all = counts[langs[l]][k];
                total[l, k] = all.Values.Sum(v => (long)v);
                var top = all.Count <= options.Keep[k] ? all : all.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(options.Keep[k]).ToDictionary();
                kept[l, k] = top;
                types[l, k] = all.Count;
                vocab[(int)LangIdModel.Family(langScripts[l]), k].UnionWith(top.Keys);
            }
        return (kept, types, total, vocab);
    }

    // Like the identifier, capitalized words (mostly names) count half: the model describes the language's common words.
    private struct CountSink(Dictionary<uint, int>[] counts, int[] scripts) : INgramSink
    {
        private int weight;
        public readonly void Letter(int codePoint) => scripts[(int)CharNgrams.ScriptOf(codePoint)]++;
        public readonly void Gram(uint key, int kind) => CollectionsMarshal.GetValueRefOrAddDefault(counts[kind - 1], key, out _) += weight;
        public void WordStart(bool capitalized) => weight = capitalized ? 1 : 2;
        public readonly bool WordEnd() => true;
    }
}
