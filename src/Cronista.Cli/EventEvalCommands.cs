using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cronista.Evaluation;
using Cronista.Events;
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
    private static readonly Option<bool> RawOption = new("--raw") { Description = "Write the extractor's main events as they are, without the language's trained event coder" };
    private static readonly Option<string?> CoderOption = new("--coder") { Description = "Event coder model to use instead of the shipped one (from 'train events')" };

    public static Command Tag()
    {
        var input = new Option<string>("--in") { Description = "PETRARCH validation XML (<Sentence> records with <Text>)", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the predictions JSONL ('-' = stdout)", Required = true };
        var cmd = new Command("events", "Tag events (PLOVER/CAMEO, source, target) in PETRARCH validation records") { input, output, LangOption, RawOption, CoderOption };
        cmd.SetAction(p =>
        {
            var file = ReadGold(p.GetValue(input)!);
            var sw = Stopwatch.StartNew();
            var coder = Coder(p, file, EventEvaluation.LanguageOf(file, p.GetValue(LangOption)));
            var lines = EventEvaluation.Tag(file.Records, TagLanguage(file, p.GetValue(LangOption)), file.Path, coder: coder);
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
        var cmd = new Command("events", "Event-type P/R/F1 per sentence (per PLOVER type) and source/target text agreement") { gold, pred, LangOption, RawOption, CoderOption, errors, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var file = ReadGold(p.GetValue(gold)!);
            var lang = p.GetValue(LangOption);
            IReadOnlyDictionary<string, IReadOnlyList<PredictedEvent>> predictions = new Dictionary<string, IReadOnlyList<PredictedEvent>>();
            if (p.GetValue(pred) is { } predPath)
            {
                if (!File.Exists(predPath)) throw new UsageException($"no such file: {predPath}");
                try { predictions = EventPredictions.Read(predPath); }
                catch (InvalidDataException ex) { throw new UsageException(ex.Message); }
            }
            var scoreLang = EventEvaluation.LanguageOf(file, lang);
            if (p.GetValue(pred) is null)
                predictions = EventEvaluation.Tag(file.Records, TagLanguage(file, lang), file.Path, coder: Coder(p, file, scoreLang)).ToDictionary(l => l.Id, l => l.Events);
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

    /// <summary>
    /// The event coder for a tagging run: none with --raw, the --coder file, else the language's shipped model (if any).
    /// Says on stderr which one, and warns when the model was trained on this very file (its figures are then training-set
    /// figures, not a measure: the cross-validated ones come from 'train events --folds').
    /// </summary>
    private static EventCoder? Coder(ParseResult p, PetrarchFile file, string lang)
    {
        if (p.GetValue(RawOption)) { Console.Error.WriteLine("event coder: none (--raw)"); return null; }
        EventCoder? coder;
        string name;
        if (p.GetValue(CoderOption) is { } path)
        {
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            using var r = new StreamReader(path);
            try { coder = EventCoder.Load(r, path); }
            catch (FormatException ex) { throw new UsageException(ex.Message); }
            name = path;
        }
        else { coder = EventCoder.For(lang); name = $"shipped Events/Coder/{lang}.tsv"; }
        if (coder is null) { Console.Error.WriteLine($"event coder: none for '{lang}' (the extractor's main events)"); return null; }
        Console.Error.WriteLine($"event coder: {name}");
        if (coder.TrainedOn.Contains(Sha256(file.Path)))
            Console.Error.WriteLine($"warning: the event coder was trained on {file.Path}: these are training-set figures; see 'cronista train events --folds' for cross-validated ones, or use --raw");
        return coder;
    }

    internal static string Sha256(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(s));
    }

    /// <summary><c>cronista train events --gold FILE.xml --out MODEL [--folds K]</c>: trains the event coder on coded records.</summary>
    public static Command Train()
    {
        var gold = new Option<string[]>("--gold") { Description = "PETRARCH-style XML files with <EventCoding plover=…> and <EventText eventtext=…>", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Model file to write (src/Cronista/Resources/Events/Coder/<lang>.tsv to ship it); none: only cross-validate" };
        var folds = new Option<int>("--folds") { Description = "Also print K-fold cross-validated figures (records of one article stay in one fold; 0: none)", DefaultValueFactory = _ => 5 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples", DefaultValueFactory = _ => 15 };
        var errors = new Option<string?>("--errors") { Description = "Write the cross-validated predictions of every record, marked correct/missed/false, to this file (with --folds)" };
        var cmd = new Command("events", "Train the event coder (which extracted events a PLOVER coding keeps, and as which type)") { gold, output, folds, epochs, LangOption, errors, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var sw = Stopwatch.StartNew();
            var files = p.GetValue(gold)!.Select(ReadGold).ToList();
            var lang = EventEvaluation.LanguageOf(files[0], p.GetValue(LangOption));
            var records = files.SelectMany(f => f.Records).ToList();
            var docs = EventEvaluation.Analyze(records, lang, "train");
            var labels = EventCoderTraining.Labels(records);
            int k = p.GetValue(folds), n = p.GetValue(epochs);
            if (k == 1 || k < 0) throw new UsageException("--folds must be 0 or at least 2");
            if (k >= 2)
            {
                var gold1 = new PetrarchFile { Path = string.Join(",", files.Select(f => f.Path)), Records = records, Issues = [] };
                var cv = EventCoderTraining.CrossValidate(records, docs, lang, k, n, labels);
                var raw = records.Select((r, i) => (r.Id, Events: EventEvaluation.Predictions(docs[i], null))).ToDictionary(x => x.Id, x => (IReadOnlyList<PredictedEvent>)x.Events);
                var before = EventEvaluation.Score(gold1, raw, lang);
                // What a perfect coder could reach: every event labelled as the gold alignment labels it.
                var text = new EventTextMatch(lang);
                var reachable = records.Select((r, i) => (r.Id, Events: (IReadOnlyList<PredictedEvent>)EventCoderTraining.Align(r, docs[i], text)
                    .Select((l, e) => (l, e)).Where(x => x.l != EventCoder.None)
                    .Select(x => PredictedEvent.From(docs[i].Events[x.e], docs[i].Text) with { Plover = x.l }).ToList())).ToDictionary(x => x.Id, x => x.Events);
                var best = EventEvaluation.Score(gold1, reachable, lang);
                var score = EventEvaluation.Score(gold1, cv, lang);
                if (p.GetValue(errors) is { } ep)
                {
                    using var ew = new StreamWriter(ep, false, new UTF8Encoding(false));
                    EventEvaluation.WriteErrors(score, lang, ew);
                }
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"extractor alone: P {before.Overall.Precision:F3} R {before.Overall.Recall:F3} F1 {before.Overall.F1:F3}; source lenient {before.Source.LenientRate:P1}\n" +
                    $"a perfect coder of the extractor's {docs.Sum(d => d.Events.Count)} events: P {best.Overall.Precision:F3} R {best.Overall.Recall:F3} F1 {best.Overall.F1:F3}"));
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{k}-fold cross-validated coder:[/]"));
                if (p.GetValue(CliApp.JsonOption)) Console.WriteLine(JsonSerializer.Serialize(Json(score, lang), JsonOut.Options));
                else Print(score, lang);
            }
            if (p.GetValue(output) is { } outPath)
            {
                var coder = EventCoder.Train(EventCoderTraining.Examples(records, docs, lang), labels, n);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
                using (var w = new StreamWriter(outPath, false, new UTF8Encoding(false)))
                    coder.Save(w, [
                        $"Cronista event coder ({lang}): multinomial logistic regression, {n} epochs; see Resources/Events/README.md.",
                        $"Trained by: cronista train events --gold {string.Join(' ', files.Select(f => Path.GetFileName(f.Path)))} --epochs {n} --lang {lang}",
                        .. files.Select(f => $"trained-on-sha256 {Sha256(f.Path)} {Path.GetFileName(f.Path)}"),
                    ]);
                Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0:F0} KB)");
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {sw.Elapsed.TotalSeconds:F1} s"));
            return files.Any(f => f.Issues.Any(i => i.RecordSkipped)) ? CliApp.InputErrors : CliApp.Ok;
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
