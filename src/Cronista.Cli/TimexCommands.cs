using System.CommandLine;
using System.Text.Json;
using Cronista.Evaluation;
using Cronista.Time;

namespace Cronista.Cli;

/// <summary>
/// <c>cronista tag timex --in FILE --out FILE [--lang L]</c>: tags a TempEval-style token TSV (token, BIO-TYPE, value;
/// <c>*!-DCTVALUE="…"-!*</c> line per document) and writes the same layout with predicted tags and values.
/// <c>cronista eval timex GOLD [--pred PRED] [--lang L]</c>: TempEval-3 scores; without --pred the gold file is tagged first.
/// The language comes from --lang or is identified from the tokens.
/// </summary>
internal static class TimexCommands
{
    private static readonly Option<string?> LangOption = new("--lang") { Description = "Language (it, es, en); default: identified from the text" };

    public static Command Tag()
    {
        var input = new Option<string>("--in") { Description = "Token TSV to tag", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the tagged TSV ('-' = stdout)", Required = true };
        var cmd = new Command("timex", "Tag temporal expressions (TIMEX3) in a TempEval-style token TSV") { input, output, LangOption };
        cmd.SetAction(p =>
        {
            var docs = ReadFile(p.GetValue(input)!);
            var tagged = TimexEvaluation.Tag(docs, Lang(p.GetValue(LangOption), docs));
            var path = p.GetValue(output)!;
            if (path == "-") TimexTsv.Write(tagged, Console.Out);
            else { using var w = new StreamWriter(path); TimexTsv.Write(tagged, w); }
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command Eval()
    {
        var gold = new Argument<string>("gold") { Description = "Gold token TSV (token TAB BIO-TYPE TAB value), or TimeML: a *.timeml file or a directory of them" };
        var pred = new Option<string?>("--pred") { Description = "Predicted TSV (same tokens); default: tag the gold file's tokens now" };
        var errors = new Option<string?>("--errors") { Description = "Write the disagreements (missed, different, false) to this file" };
        var cmd = new Command("timex", "TempEval-3 scores: strict/relaxed extent P/R/F1, type and value accuracy and F1") { gold, pred, LangOption, errors, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var g = ReadFile(p.GetValue(gold)!);
            var predPath = p.GetValue(pred);
            var s = predPath is null ? TimexEvaluation.Tag(g, Lang(p.GetValue(LangOption), g)) : ReadFile(predPath);
            if (s.Count != g.Count) throw new UsageException($"--pred has {s.Count} documents, gold {g.Count}");
            var score = TimexEvaluation.Score(g, s);
            if (p.GetValue(errors) is { } ep) File.WriteAllLines(ep, TimexEvaluation.Differences(g, s));
            if (p.GetValue(CliApp.JsonOption))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    gold = score.Gold, system = score.System,
                    strict = new { p = R(score.StrictP), r = R(score.StrictR), f1 = R(score.StrictF1) },
                    relaxed = new { p = R(score.RelaxedP), r = R(score.RelaxedR), f1 = R(score.RelaxedF1) },
                    type = new { accuracy = R(score.TypeAccuracy), f1 = R(score.TypeF1) },
                    value = new { accuracy = R(score.ValueAccuracy), f1 = R(score.ValueF1) },
                }, JsonOut.Options));
            else Console.Write(score.ToString());
            return CliApp.Ok;
        });
        return cmd;
    }

    private static double R(double x) => Math.Round(x, 4);

    /// <summary>A TSV file, or TimeML (*.timeml file or a directory of them, DCT from a YYYY-MM-DD folder).</summary>
    private static List<TimexTsvDocument> ReadFile(string path) =>
        Directory.Exists(path) || (File.Exists(path) && path.EndsWith(".timeml", StringComparison.OrdinalIgnoreCase)) ? TimexTimeMl.Read(path)
        : File.Exists(path) ? TimexTsv.Read(path) : throw new UsageException($"no such file: {path}");

    private static string Lang(string? lang, IReadOnlyList<TimexTsvDocument> docs)
    {
        var l = string.IsNullOrWhiteSpace(lang) ? TimexEvaluation.IdentifyLanguage(docs) : lang.Trim().ToLowerInvariant();
        if (TimexTagger.For(l) is null)
            throw new UsageException($"no temporal lexicon for language '{l}' (have: {string.Join(", ", TimexTagger.Languages.Order())})");
        return l;
    }
}
