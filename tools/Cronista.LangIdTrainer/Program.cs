using System.Diagnostics;
using System.Text.RegularExpressions;
using Cronista.Evaluation;
using Cronista.LangIdTrainer;
using Cronista.LanguageId;

// Builds src/Cronista/Resources/LangId/model.bin from local text (see README.md). Reads only the paths given.
var opts = ParseArgs(args);
if (!opts.TryGetValue("udhr", out var udhrDir) || !opts.TryGetValue("out", out var outPath))
{
    Console.Error.WriteLine("usage: Cronista.LangIdTrainer --udhr <udhr/package/declaration> [--shared <shared/data>] [--deb <extracted .deb root>] [--libreoffice <extracted libreoffice-help-* root>] --out <model.bin> [--cap <chars per source>] [--lang-cap <chars per language>]");
    return 2;
}
long cap = opts.TryGetValue("cap", out var capText) ? long.Parse(capText) : 2_500_000;
long langCap = opts.TryGetValue("lang-cap", out var langCapText) ? long.Parse(langCapText) : 4_000_000;
var sw = Stopwatch.StartNew();

// Clean sources: UDHR and the in-language corpora of ../shared/data. Noisy sources (Debian docs and fortunes:
// partly untranslated, code, quotes in other languages) are filtered by a first model trained on the clean ones.
var languages = Corpora.Udhr.Values.ToHashSet(StringComparer.Ordinal);
var clean = Capped(Corpora.ReadUdhr(udhrDir)
    .Concat(opts.TryGetValue("shared", out var shared) ? Corpora.ReadShared(shared).Concat(Corpora.ReadGazetteers(shared, languages)) : []), cap);
var noisy = Capped((opts.TryGetValue("deb", out var deb) ? Corpora.ReadDebian(deb) : [])
    .Concat(opts.TryGetValue("libreoffice", out var lo) ? Corpora.ReadLibreOfficeHelp(lo) : []), cap);
Console.WriteLine($"read {clean.Count} clean and {noisy.Count} noisy items in {sw.Elapsed.TotalSeconds:F1}s");

// Every 10th item of a non-UDHR source is held out for calibration and the dev report.
static bool IsDev(Item item, int index) => item.Source is not ("udhr" or "geonames" or "country-names") && index % 10 == 9;
var train = new List<Item>();
var dev = new List<Item>();
foreach (var list in new[] { clean, noisy })
    foreach (var group in list.GroupBy(i => (i.Lang, i.Source)))
        foreach (var (item, i) in group.Select((x, i) => (x, i)))
            (IsDev(item, i) ? dev : train).Add(item);

var options = new TrainOptions();
var bootstrap = new Trainer(options);
foreach (var item in train.Where(i => clean.Count > 0 && !IsNoisy(i) && !IsTranslated(i))) bootstrap.Add(item.Lang, item.Text);
var first = new LanguageIdentifier(bootstrap.Build());
// Clean sources still hold some foreign text (quotes, tweets): drop items confidently identified as another language.
// Translated documentation falls back to the English original for untranslated strings: drop what is identified as English
// (the bootstrap model knows many of these languages only from the UDHR, too little to require a positive identification).
bool Keep(Item i)
{
    if (i.Source is "udhr" or "geonames" or "country-names") return true;
    var guess = first.Identify(i.Text);
    if (IsNoisy(i)) return guess.Language == i.Lang;
    if (IsTranslated(i) && i.Lang != "en") return guess.Language != "en";
    return guess.Language == i.Lang || guess.Language == LanguageIdentifier.Undetermined || guess.Confidence < 0.9;
}
bool IsNoisy(Item i) => i.Source.StartsWith("fortunes", StringComparison.Ordinal) || i.Source.StartsWith("debian", StringComparison.Ordinal);
static bool IsTranslated(Item i) => i.Source == "libreoffice-help";
train = train.Where(Keep).ToList();
dev = dev.Where(Keep).ToList();

// Balance: at most langCap characters per language, sampled evenly over its sources.
train = Capped(train, langCap, byLanguage: true);
var trainer = new Trainer(options);
foreach (var item in train) trainer.Add(item.Lang, item.Text);
var devSentences = dev.GroupBy(i => i.Lang).OrderBy(g => g.Key, StringComparer.Ordinal)
    .Select(g => (Lang: g.Key, Sentences: (IReadOnlyList<string>)g.SelectMany(i => SentenceEnd().Split(i.Text)).Where(s => s.Length > 0).ToList())).ToList();

// Weight of whole-word features against the n-grams: the best macro-averaged top-1 accuracy on held-out sentences.
LangIdModel? model = null;
double bestAcc = -1;
foreach (var w in new[] { 0.5f, 1, 1.5f, 2, 3 })
{
    var weights = options.KindWeights.ToArray();
    weights[CharNgrams.WordKind - 1] = w;
    var candidate = trainer.Build(weights);
    var id = new LanguageIdentifier(candidate);
    double acc = devSentences.Average(d => d.Sentences.Take(2000).Average(s => id.Rank(s, 1) is [var g, ..] && g.Language == d.Lang ? 1.0 : 0.0));
    Console.WriteLine($"  word weight {w}: held-out macro accuracy {acc:P2}");
    if (acc > bestAcc) (bestAcc, model) = (acc, candidate);
}
Console.WriteLine($"word weight {model!.KindWeights[CharNgrams.WordKind - 1]}");
Console.WriteLine($"trained on {train.Count} items in {sw.Elapsed.TotalSeconds:F1}s: {model.Codes.Length} languages, {model.FeatureCount} features, {model.PostingCount} postings");
foreach (var g in train.GroupBy(i => i.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
    Console.WriteLine($"  {g.Key} [{model.Scripts[Array.IndexOf(model.Codes, g.Key)]}] {g.Sum(i => (long)i.Text.Length),10:N0} chars: "
        + string.Join(", ", g.GroupBy(i => i.Source).Select(s => $"{s.Key} {s.Sum(i => (long)i.Text.Length):N0}")));

// Temperature: minimise the log-loss of the gold language's posterior on held-out sentences, each loss capped at
// ln 100 so that the few mislabelled held-out lines (foreign quotes in a corpus) do not flatten every posterior.
var sample = devSentences.SelectMany(d => d.Sentences.Where(s => s.Count(char.IsLetter) >= 30).Take(400).Select(s => (d.Lang, s))).ToList();
var identifier = new LanguageIdentifier(model);
double bestLoss = double.MaxValue, bestT = 1;
foreach (var t in new[] { 1.0, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48, 64 })
{
    model.Temperature = (float)t;
    double loss = 0;
    foreach (var (lang, s) in sample)
    {
        var p = identifier.Rank(s, model.Codes.Length).FirstOrDefault(g => g.Language == lang).Confidence;
        loss -= Math.Log(Math.Max(p, 0.01));
    }
    loss /= Math.Max(1, sample.Count);
    Console.WriteLine($"  temperature {t,4}: log-loss {loss:F4}");
    if (loss < bestLoss) (bestLoss, bestT) = (loss, t);
}
model.Temperature = (float)bestT;
Console.WriteLine($"temperature {bestT} (log-loss {bestLoss:F4} on {sample.Count} held-out sentences)");

Console.WriteLine("held-out (dev) accuracy:");
Console.WriteLine(LangIdEvaluation.Evaluate(devSentences, identifier));

// Why held-out sentences end as "und": too short, or low confidence (by letters).
var undShort = 0; var undLow = new int[4]; var totalByLen = new int[4];
foreach (var (lang, sentences) in devSentences)
    foreach (var s in sentences)
    {
        int letters = s.Count(char.IsLetter), bucket = letters < 30 ? 0 : letters < 60 ? 1 : letters < 120 ? 2 : 3;
        totalByLen[bucket]++;
        var g = identifier.Identify(s);
        if (g.Language != LanguageIdentifier.Undetermined) continue;
        if (g.Confidence == 0) undShort++; else undLow[bucket]++;
    }
Console.WriteLine($"und: {undShort} too short; low confidence by letters <30/<60/<120/more: {string.Join(" / ", undLow.Zip(totalByLen, (u, t) => $"{u}/{t}"))}");

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
using (var fs = File.Create(outPath)) model.Write(fs);
Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes) in {sw.Elapsed.TotalSeconds:F1}s");
return 0;

// Keeps at most `cap` characters per (language, source) or per language, sampled evenly.
static List<Item> Capped(IEnumerable<Item> items, long cap, bool byLanguage = false)
{
    var result = new List<Item>();
    foreach (var group in items.GroupBy(i => (i.Lang, byLanguage ? "" : i.Source)))
    {
        var list = group.ToList();
        long size = list.Sum(i => (long)i.Text.Length);
        double keep = Math.Min(1, (double)cap / Math.Max(1, size)), acc = 0;
        foreach (var item in list)
        {
            acc += keep;
            if (acc >= 1) { result.Add(item); acc -= 1; }
        }
    }
    return result;
}

static Dictionary<string, string> ParseArgs(string[] args)
{
    var d = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < args.Length; i += 2) d[args[i].TrimStart('-')] = args[i + 1];
    return d;
}

internal static partial class Program
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
