using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cronista.Entities.Ner;
using Cronista.Evaluation;
using Cronista.LanguageId;

namespace Cronista.Cli;

/// <summary><c>train ner</c>, <c>tag ner</c>, <c>eval ner</c>: the statistical NER tagger on CoNLL-style token files.</summary>
internal static partial class NerCommands
{
    private static readonly Option<string?> LangOption = new("--lang") { Description = "Language (default: from the file name, else identified from its text)" };
    private static readonly Option<string?> ModelOption = new("--model") { Description = "Model file (default: the embedded model of the language)" };

    public static Command TrainNer()
    {
        var lang = new Option<string>("--lang") { Description = "Language of the model", Required = true };
        var train = new Option<string[]>("--train") { Description = "Training files (CoNLL-style, IOB2 or IO)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "Dev file: the epoch scoring best on it is kept" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => 12 };
        var bits = new Option<int>("--bits") { Description = "log2 of the number of hashed weight rows", DefaultValueFactory = _ => 20 };
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters (bitpath TAB word lines) to use as features; stored in the model" };
        var docBlock = new Option<int>("--doc-block") { Description = "Sentences per pseudo-document (document statistics) in files without -DOCSTART- lines", DefaultValueFactory = _ => 25 };
        var folds = new Option<int>("--stack-folds") { Description = "Train a stacked second stage on first-stage labels from this many jackknife folds (0: single stage)" };
        var silver = new Option<string[]>("--silver-names") { Description = "Silver-labelled files whose entity names become gazetteer features (stored in the model as hashes)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write (src/Cronista/Resources/Ner/<lang>.bin to ship it)", Required = true };
        var update = new Option<string>("--update") { Description = "Update rule: perceptron, or pa (passive-aggressive PA-I / 1-best MIRA step)", DefaultValueFactory = _ => "perceptron" };
        var paC = new Option<float>("--pa-c") { Description = "Aggressiveness C of --update pa (largest step)", DefaultValueFactory = _ => 1f };
        var costAug = new Option<bool>("--cost-augmented") { Description = "With --update pa: cost-augmented (Hamming) decoding of the training sentences" };
        var seed = new Option<int>("--seed") { Description = "Seed of the training shuffle", DefaultValueFactory = _ => 1 };
        var cmd = new Command("ner", "Train the NER tagger (averaged perceptron)") { lang, train, dev, epochs, bits, clusters, docBlock, folds, silver, output, update, paC, costAug, seed };
        cmd.SetAction(p =>
        {
            var files = p.GetValue(train)!;
            var silverFiles = p.GetValue(silver) ?? [];
            foreach (var path in files.Concat(silverFiles).Append(p.GetValue(dev)).Append(p.GetValue(clusters)).OfType<string>())
                if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            if (p.GetValue(bits) is < 12 or > 24) throw new UsageException("--bits must be between 12 and 24");
            var rule = p.GetValue(update) switch
            {
                "perceptron" => NerUpdate.Perceptron,
                "pa" => NerUpdate.PassiveAggressive,
                var u => throw new UsageException($"--update must be perceptron or pa, not {u}"),
            };
            if (p.GetValue(paC) is not > 0) throw new UsageException("--pa-c must be positive");
            if (p.GetValue(costAug) && rule != NerUpdate.PassiveAggressive) throw new UsageException("--cost-augmented needs --update pa");
            var sw = Stopwatch.StartNew();
            NerClusters? cl = null;
            if (p.GetValue(clusters) is { } cp) { using var r = new StreamReader(cp); cl = NerClusters.Read(r); }
            var options = new NerTrainOptions { Epochs = p.GetValue(epochs), Bits = p.GetValue(bits), Clusters = cl, DocBlock = Math.Max(1, p.GetValue(docBlock)), Folds = p.GetValue(folds),
                Seed = p.GetValue(seed), Update = rule, PaC = p.GetValue(paC), CostAugmented = p.GetValue(costAug),
                Silver = silverFiles.Length == 0 ? null : NerGazetteer.FromLabelledFiles(silverFiles.Select(ConllFile.Read)) };
            var devFile = p.GetValue(dev) is { } d ? ConllFile.Read(d) : null;
            var tagger = NerTrainer.Train(p.GetValue(lang)!, files.Select(ConllFile.Read).ToList(), devFile, options, Console.Error.WriteLine);
            var outPath = p.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            NerTrainer.Save(tagger, outPath);
            Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1048576.0:F2} MB) in {sw.Elapsed.TotalSeconds:F0} s");
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command TagNer()
    {
        var input = new Option<string>("--in") { Description = "CoNLL-style file: idx TAB token TAB tag, or token TAB tag; blank line between sentences", Required = true };
        var docBlock = new Option<int>("--doc-block") { Description = "Sentences per pseudo-document (document statistics) in files without -DOCSTART- lines", DefaultValueFactory = _ => 25 };
        var output = new Option<string>("--out") { Description = "Output: the same file with the predicted tag in the last column (IOB2 or IO, as the input)", Required = true };
        var bench = new Option<int>("--bench") { Description = "Also time N passes of the sentence API over the file (one thread) and print tokens/s" };
        var cmd = new Command("ner", "Tag named entities (PER, ORG, LOC, MISC) in a token file") { input, output, LangOption, ModelOption, bench };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(input)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var file = ConllFile.Read(path);
            var tagger = Tagger(p.GetValue(ModelOption), p.GetValue(LangOption), path, file);
            var sw = Stopwatch.StartNew();
            var predicted = tagger.TagFile(file).Select(t => ConllFile.FromIob2(t, file.Scheme)).ToList();
            using (var w = new StreamWriter(p.GetValue(output)!, false, new UTF8Encoding(false)))
                file.Write(w, predicted);
            int tokens = file.Sentences.Sum(s => s.Tokens.Length);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagged {tokens:N0} tokens [{tagger.Language}] in {sw.Elapsed.TotalSeconds:F2} s"));
            if (p.GetValue(bench) is > 0 and var passes) Console.WriteLine(Bench(tagger, file, passes));
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command EvalNer()
    {
        var gold = new Argument<string>("file") { Description = "Gold CoNLL-style file (IOB2 or IO tags)" };
        var pred = new Option<string?>("--pred") { Description = "Predicted file to score (same tokens); default: tag the gold file's tokens" };
        var cmd = new Command("ner", "Entity-level precision, recall and F1 per type and overall (conlleval rules)") { gold, pred, LangOption, ModelOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(gold)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var goldFile = ConllFile.Read(path);
            NerScore score;
            if (p.GetValue(pred) is { } predPath)
            {
                if (!File.Exists(predPath)) throw new UsageException($"no such file: {predPath}");
                score = NerScore.Compare(goldFile, ConllFile.Read(predPath));
            }
            else score = NerTrainer.Score(Tagger(p.GetValue(ModelOption), p.GetValue(LangOption), path, goldFile), goldFile);
            if (p.GetValue(CliApp.JsonOption))
            {
                object Row(NerScore.Counts c) => new { gold = c.Gold, predicted = c.Predicted, correct = c.Correct, precision = Math.Round(c.Precision, 4), recall = Math.Round(c.Recall, 4), f1 = Math.Round(c.F1, 4) };
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    tokens = score.Tokens,
                    types = score.Types.ToDictionary(kv => kv.Key, kv => Row(kv.Value)),
                    overall = Row(score.Overall),
                }, JsonOut.Options));
            }
            else Console.Write(score.ToString());
            return CliApp.Ok;
        });
        return cmd;
    }

    /// <summary>Single-thread speed of <see cref="NerTagger.Tag(ReadOnlySpan{char}, ReadOnlySpan{Cronista.Model.Token}, NerDocumentContext?, List{NerSpan})"/>
    /// with document statistics (built per pass, included in the time), after one warm-up pass.</summary>
    private static string Bench(NerTagger tagger, ConllFile file, int passes)
    {
        var sents = file.Sentences.Where(s => !s.IsDocStart).Select(s => NerTagger.AsText(s.Tokens)).ToArray();
        long tokens = sents.Sum(s => (long)s.Tokens.Length);
        var spans = new List<NerSpan>();
        var ctx = new NerDocumentContext();
        double best = double.MaxValue, cpu = 0;
        var process = Process.GetCurrentProcess();
        for (int pass = 0; pass <= passes; pass++)
        {
            if (pass == 1) { process.Refresh(); cpu = process.TotalProcessorTime.TotalSeconds; }
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < sents.Length; i++)
            {
                if (i % 25 == 0)
                {
                    ctx.Clear();
                    for (int k = i; k < Math.Min(i + 25, sents.Length); k++) ctx.AddSentence(sents[k].Text, sents[k].Tokens);
                    tagger.RunFirstStage(ctx, sents.Skip(i).Take(25));
                }
                spans.Clear();
                tagger.Tag(sents[i].Text, sents[i].Tokens, ctx, spans);
            }
            if (pass > 0) best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        process.Refresh();
        cpu = (process.TotalProcessorTime.TotalSeconds - cpu) / passes;
        // CPU time as well as wall time: on a busy shared machine the wall clock counts time spent waiting for a core.
        return string.Create(CultureInfo.InvariantCulture,
            $"NER [{tagger.Language}]: {tokens / best:N0} tokens/s wall (best of {passes} passes), {tokens / cpu:N0} tokens per CPU-second (mean), one thread, {tokens:N0} tokens");
    }

    private static NerTagger Tagger(string? modelPath, string? lang, string path, ConllFile file)
    {
        if (modelPath is not null)
        {
            if (!File.Exists(modelPath)) throw new UsageException($"no such file: {modelPath}");
            return NerTagger.Load(modelPath);
        }
        lang ??= LanguageOf(path, file);
        return NerTagger.For(lang) ?? throw new UsageException($"no NER model for language '{lang}' (pass --lang or --model)");
    }

    /// <summary>The language named in the file path (conll2002 → es, conll2003 → en, kind/nermud → it, or a language code between separators), else identified from the tokens.</summary>
    internal static string LanguageOf(string path, ConllFile file)
    {
        var p = path.Replace('\\', '/').ToLowerInvariant();
        if (p.Contains("conll2002")) return "es";
        if (p.Contains("conll2003")) return "en";
        if (p.Contains("kind") || p.Contains("nermud")) return "it";
        if (LangCode().Match(Path.GetFileName(p)) is { Success: true } m) return m.Groups[1].Value;
        var text = string.Join(' ', file.Sentences.Where(s => !s.IsDocStart).SelectMany(s => s.Tokens).Take(2000));
        return LanguageIdentifier.Default.Identify(text).Language;
    }

    [GeneratedRegex(@"(?:^|[^a-z])(it|es|en|fr|de|pt)(?:[^a-z]|$)")]
    private static partial Regex LangCode();
}
