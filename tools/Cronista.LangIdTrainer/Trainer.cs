using System.Runtime.InteropServices;
using Cronista.LanguageId;

namespace Cronista.LangIdTrainer;

/// <summary>Training settings (see README for the values used for the committed model).</summary>
internal sealed record TrainOptions
{
    /// <summary>Most frequent n-grams kept per language and order (1..MaxOrder).</summary>
    public int[] Keep { get; init; } = [int.MaxValue, int.MaxValue, 12000, 14000, 12000];
    public float[] OrderWeights { get; init; } = [1, 1, 1, 1, 1];
    /// <summary>Nats per quantization unit of a stored log-probability.</summary>
    public float Step { get; init; } = 0.08f;
    /// <summary>Smallest stored q (log-probability above the floor, in steps).</summary>
    public int MinQ { get; init; } = 3;
}

/// <summary>Counts hashed n-grams per language and order, then builds a pruned, quantized <see cref="LangIdModel"/>.</summary>
internal sealed class Trainer(TrainOptions options)
{
    private const int Orders = CharNgrams.MaxOrder;
    private readonly Dictionary<string, Dictionary<uint, int>[]> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> scripts = new(StringComparer.Ordinal);

    public void Add(string lang, string text)
    {
        if (!counts.TryGetValue(lang, out var c))
        {
            counts[lang] = c = Enumerable.Range(0, Orders).Select(_ => new Dictionary<uint, int>()).ToArray();
            scripts[lang] = new int[(int)Script.Han + 1];
        }
        var sink = new CountSink(c, scripts[lang]);
        CharNgrams.Extract(text, int.MaxValue, ref sink);
    }

    public LangIdModel Build()
    {
        var langs = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        if (langs.Length > 255) throw new InvalidOperationException("At most 255 languages.");
        // Prune: keep the most frequent n-grams per (language, order).
        var kept = new Dictionary<uint, int>[langs.Length, Orders];
        var types = new long[langs.Length, Orders];
        var total = new long[langs.Length, Orders];
        var vocab = new HashSet<uint>[Orders];
        for (int n = 0; n < Orders; n++) vocab[n] = [];
        for (int l = 0; l < langs.Length; l++)
            for (int n = 0; n < Orders; n++)
            {
                var all = counts[langs[l]][n];
                total[l, n] = all.Values.Sum(v => (long)v);
                var top = all.Count <= options.Keep[n] ? all : all.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(options.Keep[n]).ToDictionary();
                kept[l, n] = top;
                types[l, n] = all.Count;
                vocab[n].UnionWith(top.Keys);
            }

        // Witten-Bell estimates: a kept n-gram gets c / (N + T) (N tokens, T types of that order in the language);
        // the remaining mass (unseen and pruned types) is spread evenly over the vocabulary entries the language did not keep.
        var unseen = new float[langs.Length * Orders];
        var postings = new Dictionary<uint, List<(byte, byte)>>();
        for (int l = 0; l < langs.Length; l++)
            for (int n = 0; n < Orders; n++)
            {
                double denom = total[l, n] + types[l, n];
                double keptMass = kept[l, n].Values.Sum(c => (double)c) / denom;
                double floor = Math.Log(Math.Max(1 - keptMass, 1e-9) / Math.Max(1, vocab[n].Count - kept[l, n].Count));
                unseen[l * Orders + n] = (float)floor;
                foreach (var (key, c) in kept[l, n])
                {
                    double d = Math.Log(c / denom) - floor;
                    int q = (int)Math.Round(d / options.Step);
                    if (q < options.MinQ) continue; // too close to the floor to be worth storing
                    if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                    list.Add(((byte)l, (byte)Math.Min(q, 255)));
                }
            }

        var langScripts = langs.Select(lang =>
        {
            var s = scripts[lang];
            s[(int)Script.Han] += s[(int)Script.Kana]; // Japanese: Kana and Han are one family
            s[(int)Script.Kana] = 0;
            return (Script)Array.IndexOf(s, s.Max());
        }).ToArray();
        var model = new LangIdModel
        {
            Codes = langs, Scripts = langScripts, Unseen = unseen, Step = options.Step, OrderWeights = options.OrderWeights, Temperature = 1,
        };
        model.SetFeatures(postings.OrderBy(kv => kv.Key).Select(kv => (kv.Key, (IReadOnlyList<(byte, byte)>)kv.Value)).ToList());
        return model;
    }

    // Like the identifier, capitalized words (mostly names) count half: the model describes the language's common words.
    private struct CountSink(Dictionary<uint, int>[] counts, int[] scripts) : INgramSink
    {
        private int weight;
        public readonly void Letter(Script script) => scripts[(int)script]++;
        public readonly void Gram(uint key, int order) => CollectionsMarshal.GetValueRefOrAddDefault(counts[order - 1], key, out _) += weight;
        public void WordStart(bool capitalized) => weight = capitalized ? 1 : 2;
        public readonly void WordEnd() { }
    }
}
