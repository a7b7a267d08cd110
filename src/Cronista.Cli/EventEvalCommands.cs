using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cronista.Evaluation;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary>
/// <c>cronista tag events --in FILE --out FILE.jsonl [--lang L]</c>: runs the document pipeline over each record of a
/// PETRARCH validation XML file (text and date only) and writes one JSON line of predicted events per record.
/// <c>cronista eval events GOLD.xml [--pred FILE.jsonl] [--errors FILE] [--json]</c>: event-type P/R/F1 per sentence and
/// source/target text agreement of matched events (rules in docs/QUALITY.md, "Events"); without --pred the file is tagged first.
/// </summary>
internal static class EventEvalCommands
{
    private static readonly Option<string?> LangOption = new("--lang") { Description = "Language of the records (default: es when the file says spanish, else identified per record)" };

    public static Command Tag()
    {
        var input = new Option<string>("--in") { Description = "PETRARCH validation XML (<Sentence> records with <Text>)", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the predictions JSONL ('-' = stdout)", Required = true };
        var cmd = new Command("events", "Tag events (PLOVER/CAMEO, source, target) in PETRARCH validation records") { input, output, LangOption };
        cmd.SetAction(p =>
        {
            var file = ReadGold(p.GetValue(input)!);
            var sw = Stopwatch.StartNew();
            var lines = EventEvaluation.Tag(file.Records, TagLanguage(file, p.GetValue(LangOption)), file.Path);
            var path = p.GetValue(output)!;
            if (path == "-") EventPredictions.Write(lines, Console.Out);
            else { using var w = new StreamWriter(path, false, new UTF8Encoding(false)); EventPredictions.Write(lines, w); }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged {lines.Count} records, {lines.Sum(l => l.Events.Count)} events in {sw.Elapsed.TotalSeconds:F1} s"));
            return Status(file);
        });
        return cmd;
    }

    public static Command Eval()
    {
        var gold = new Argument<string>("gold") { Description = "PETRARCH validation XML with gold <EventCoding> (PLOVER, or CAMEO scored through the crosswalk)" };
        var pred = new Option<string?>("--pred") { Description = "Predictions JSONL from 'tag events'; default: tag the gold file's texts now" };
        var errors = new Option<string?>("--errors") { Description = "Write every record with events, gold and predicted, marked correct/missed/false, to this file" };
        var cmd = new Command("events", "Event-type P/R/F1 per sentence (per PLOVER type) and source/target text agreement") { gold, pred, LangOption, errors, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var file = ReadGold(p.GetValue(gold)!);
            var lang = p.GetValue(LangOption);
            IReadOnlyDictionary<string, IReadOnlyList<PredictedEvent>> predictions;
            if (p.GetValue(pred) is { } predPath)
            {
                if (!File.Exists(predPath)) throw new UsageException($"no such file: {predPath}");
                try { predictions = EventPredictions.Read(predPath); }
                catch (InvalidDataException ex) { throw new UsageException(ex.Message); }
            }
            else predictions = EventEvaluation.Tag(file.Records, TagLanguage(file, lang), file.Path).ToDictionary(l => l.Id, l => l.Events);
            var scoreLang = EventEvaluation.LanguageOf(file, lang);
            var score = EventEvaluation.Score(file, predictions, scoreLang);
            if (p.GetValue(errors) is { } ep)
            {
                using var w = new StreamWriter(ep, false, new UTF8Encoding(false));
                EventEvaluation.WriteErrors(score, scoreLang, w);
            }
            if (score.UnknownIds > 0) Console.Error.WriteLine($"warning: {score.UnknownIds} prediction ids name no record of {file.Path} (ignored)");
            if (p.GetValue(CliApp.JsonOption)) Console.WriteLine(JsonSerializer.Serialize(Json(score, scoreLang), JsonOut.Options));
            else Print(score, scoreLang);
            return Status(file);
        });
        return cmd;
    }

    /// <summary>Reads the gold file; reader issues go to stderr (the rest of the file is used).</summary>
    private static PetrarchFile ReadGold(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        var file = PetrarchRecords.Read(path);
        foreach (var issue in file.Issues) Console.Error.WriteLine($"{(issue.RecordSkipped ? "error" : "warning")}: {issue}");
        if (file.Records.Count == 0) throw new UsageException($"{path}: no <Sentence> records with a <Text>");
        return file;
    }

    /// <summary>1 when the reader skipped records (the rest was processed), as for rejected inputs elsewhere.</summary>
    private static int Status(PetrarchFile file) => file.Issues.Any(i => i.RecordSkipped) ? CliApp.InputErrors : CliApp.Ok;

    /// <summary>--lang, else the language the file declares; null lets the pipeline identify each record.</summary>
    private static string? TagLanguage(PetrarchFile file, string? lang) =>
        string.IsNullOrWhiteSpace(lang) ? file.DeclaredLanguage : lang.Trim().ToLowerInvariant();

    private static double R(double x) => Math.Round(x, 4);

    private static object Json(EventScore s, string lang)
    {
        object Counts(EventCounts c) => new { gold = c.Gold, predicted = c.Predicted, matched = c.Matched, precision = R(c.Precision), recall = R(c.Recall), f1 = R(c.F1) };
        object Args(ArgumentCounts a) => new { n = a.Total, lenient = a.Lenient, strict = a.Strict, lenient_rate = R(a.LenientRate), strict_rate = R(a.StrictRate) };
        return new
        {
            language = lang, records = s.Records, evaluated = s.Evaluated, no_prediction = s.NoPrediction, unknown_ids = s.UnknownIds,
            overall = Counts(s.Overall),
            types = s.Types.ToDictionary(kv => kv.Key, kv => Counts(kv.Value)),
            source = Args(s.Source), target = Args(s.Target),
        };
    }

    private static void Print(EventScore s, string lang)
    {
        var inv = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLine(string.Create(inv,
            $"records: {s.Records} ({s.Evaluated} evaluated, {s.Records - s.Evaluated} with evaluate=\"false\"), [bold]{s.NoPrediction}[/] evaluated records without any prediction; text language {lang}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumns("type", "gold", "predicted", "matched", "P", "R", "F1");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        void Row(string name, EventCounts c) => table.AddRow(name, c.Gold.ToString(inv), c.Predicted.ToString(inv), c.Matched.ToString(inv),
            c.Precision.ToString("F3", inv), c.Recall.ToString("F3", inv), c.F1.ToString("F3", inv));
        foreach (var (t, c) in s.Types) Row(Markup.Escape(t), c);
        Row("[bold]all[/]", s.Overall);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(inv, $"event type: P {s.Overall.Precision:F3}  R {s.Overall.Recall:F3}  [bold]F1 {s.Overall.F1:F3}[/]"));
        void Arg(string name, ArgumentCounts a) => AnsiConsole.MarkupLine(a.Total == 0
            ? $"{name} of matched events: n/a (no gold {name} texts among them)"
            : string.Create(inv, $"{name} of matched events: [bold]lenient {a.LenientRate:P1}[/] ({a.Lenient}/{a.Total}), strict {a.StrictRate:P1} ({a.Strict}/{a.Total})"));
        Arg("source", s.Source);
        Arg("target", s.Target);
    }
}
