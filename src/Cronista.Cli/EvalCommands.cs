using System.CommandLine;
using System.Text.Json;
using Cronista.Evaluation;

namespace Cronista.Cli;

/// <summary><c>cronista eval …</c>: quality measured on gold files in the formats of ../shared/data (and of the held-out splits).</summary>
internal static class EvalCommands
{
    public static Command Eval()
    {
        var cmd = new Command("eval", "Measure quality against gold data");
        cmd.Add(LangId());
        cmd.Add(QuantityEvalCommand.Create());
        cmd.Add(NerCommands.EvalNer());
        cmd.Add(TimexCommands.Eval());
        cmd.Add(EventEvalCommands.Eval());
        cmd.Add(StoryCommands.EvalClusters());
        cmd.Add(Dates());
        return cmd;
    }

    private static Command Dates()
    {
        var dir = new Argument<string>("dir") { Description = "A folder of *.txt files under folders named by their publication date (…/YYYY-MM-DD/…), as ../shared/data/corpus/ml-crisis" };
        var cmd = new Command("dates", "How close the publication date inferred from a text's words comes to its true date, by the estimate's confidence") { dir, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var root = p.GetValue(dir)!;
            if (!Directory.Exists(root)) throw new UsageException($"no such folder: {root}");
            var result = DateInferenceEvaluation.Run(root);
            if (p.GetValue(CliApp.JsonOption))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    texts = result.Texts, no_estimate = result.NoEstimate, min_confidence = Time.DocumentDateInference.MinConfidence,
                    buckets = result.Buckets.Select(b => new { confidence = b.Confidence, texts = b.Texts, within_week = b.WithinWeek, within_month = b.WithinMonth, within_year = b.WithinYear, median_days = b.MedianDays }),
                }, JsonOut.Options));
            else Console.Write(result.ToString());
            return CliApp.Ok;
        });
        return cmd;
    }

    private static Command LangId()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "CoNLL-style token files named <lang>.*.conllu (idx TAB token TAB tag; blank line between sentences)",
            Arity = ArgumentArity.OneOrMore,
        };
        var paragraph = new Option<int>("--paragraph-chars") { Description = "Paragraphs join sentences until this many characters", DefaultValueFactory = _ => LangIdEvaluation.DefaultParagraphChars };
        var cmd = new Command("langid", "Language-identification accuracy on single sentences and on paragraphs") { files, paragraph, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var paths = p.GetValue(files)!;
            var missing = paths.Where(f => !File.Exists(f)).ToList();
            if (missing.Count > 0) throw new UsageException($"no such file: {string.Join(", ", missing)}");
            var result = LangIdEvaluation.RunConllu(paths, paragraphChars: p.GetValue(paragraph));
            if (p.GetValue(CliApp.JsonOption))
            {
                object Table(SortedDictionary<string, LangIdEvalResult.Counts> t, LangIdEvalResult.Counts all) =>
                    t.ToDictionary(kv => kv.Key, kv => (object)new { total = kv.Value.Total, accuracy = Math.Round(kv.Value.Accuracy, 5), und = Math.Round(kv.Value.UndRate, 5) })
                     .Append(new KeyValuePair<string, object>("all", new { total = all.Total, accuracy = Math.Round(all.Accuracy, 5), und = Math.Round(all.UndRate, 5) }))
                     .ToDictionary();
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    sentences = Table(result.Sentences, result.SentenceOverall),
                    paragraphs = Table(result.Paragraphs, result.ParagraphOverall),
                }, JsonOut.Options));
            }
            else Console.Write(result.ToString());
            return CliApp.Ok;
        });
        return cmd;
    }
}
