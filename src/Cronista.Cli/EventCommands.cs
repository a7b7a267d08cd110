using System.CommandLine;
using System.Text.Json;
using Cronista.Model;
using Cronista.Output;
using Cronista.Search;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary><c>cronista events</c>: stored events by actor, type, modality and date, with the evidence sentence.</summary>
internal static class EventCommands
{
    public static Command Events()
    {
        var actor = new Option<string?>("--actor") { Description = "Source or target: an entity id or name; country:XX also matches people and governments of XX" };
        var source = new Option<string?>("--source") { Description = "Who did it (id or name, as --actor)" };
        var target = new Option<string?>("--target") { Description = "To whom (id or name, as --actor)" };
        var type = new Option<string?>("--type") { Description = "PLOVER event type (CONSULT, AID, REJECT …)" };
        var modality = new Option<string?>("--modality") { Description = "asserted, reported, planned, hypothetical, question or denied" };
        var from = new Option<string?>("--from") { Description = "Events on or after (YYYY-MM-DD; the event's date interval overlaps --from … --to)" };
        var to = new Option<string?>("--to") { Description = "Events on or before (YYYY-MM-DD)" };
        var lang = new Option<string?>("--lang") { Description = "Only documents in this language" };
        var limit = new Option<int>("--limit") { Description = "Maximum number of events", DefaultValueFactory = _ => 50 };
        var dups = new Option<bool>("--include-duplicates") { Description = "Also list the events of near-duplicate copies" };
        var cmd = new Command("events", "Events extracted from the stored documents: who did what to whom, when, and the sentence that says so")
            { actor, source, target, type, modality, from, to, lang, limit, dups, CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            if (p.GetValue(limit) is < 1 or > 10_000) throw new UsageException("--limit must be between 1 and 10000");
            var mod = p.GetValue(modality) is { } m ? ParseModality(m) : (Modality?)null;
            var (fromDate, toDate) = (CliApp.ParseDate(p.GetValue(from), "--from"), CliApp.ParseDate(p.GetValue(to), "--to"));
            if (fromDate > toDate) throw new UsageException("--from is after --to");
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            string? Resolve(Option<string?> o) => p.GetValue(o) is { } v ? QueryCommands.ResolveEntityId(store, v.Trim()) : null;
            var events = store.Events(new EventQuery
            {
                Actor = Resolve(actor), Source = Resolve(source), Target = Resolve(target), Type = p.GetValue(type), Modality = mod,
                From = fromDate, To = toDate, Language = p.GetValue(lang)?.ToLowerInvariant(), IncludeDuplicates = p.GetValue(dups),
                Limit = p.GetValue(limit),
            });
            if (p.GetValue(CliApp.JsonOption))
            {
                foreach (var e in events) Console.WriteLine(JsonSerializer.Serialize(ToJson(e), JsonOut.Options));
                return CliApp.Ok;
            }
            if (events.Count == 0) { Console.Error.WriteLine("no events"); return CliApp.Ok; }
            Print(events);
            return CliApp.Ok;
        });
        return cmd;
    }

    /// <summary><c>cronista cues FILE --lang L</c>: each sentence's words with the cue flags the event lexicon gives them and
    /// the triggers that start there — for writing and checking a language's <c>events.txt</c>.</summary>
    public static Command Cues()
    {
        var file = new Argument<string>("file") { Description = "A text file (UTF-8)" };
        var lang = new Option<string>("--lang") { Description = "Language code (it, es, en, fr)", Required = true };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD)" };
        var cmd = new Command("cues", "Show how the event lexicon reads each sentence: words, cue flags, triggers") { file, lang, date };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            var doc = Pipeline.DocumentPipeline.Default.Run(new RawDocument
            {
                Source = path, Text = File.ReadAllText(path), Language = p.GetValue(lang)!.ToLowerInvariant(),
                Published = CliApp.ParseDate(p.GetValue(date), "--date"),
            });
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                Console.WriteLine($"[{s}] {doc.Text[doc.Sentences[s].Start..doc.Sentences[s].End]}");
                Console.WriteLine("    " + string.Join("  ", Cronista.Events.EventExtractor.Explain(doc, s)));
            }
            return CliApp.Ok;
        });
        return cmd;
    }

    private static Modality ParseModality(string s)
    {
        // Names only: Enum.TryParse would also take numbers.
        var name = Enum.GetNames<Modality>().FirstOrDefault(n => n.Equals(s.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null ? Enum.Parse<Modality>(name)
            : throw new UsageException($"--modality: '{s}' is not one of {string.Join(", ", Enum.GetValues<Modality>().Select(AnnotationJson.ModalityName))}");
    }

    private static object? Arg(StoredEventArgument? a) => a is null ? null : new { id = a.Id, name = a.Name, country = a.Country };

    private static object ToJson(StoredEvent e) => new
    {
        doc_id = e.DocumentId, title = e.Title, lang = e.Language, published = e.Published?.ToString("yyyy-MM-dd"),
        published_inferred = e.PublishedInferred?.ToString("yyyy-MM-dd"),
        id = e.Id, type = e.Type, mode = e.Mode, cameo = e.Cameo, source = Arg(e.Source), target = Arg(e.Target), location = Arg(e.Location),
        date = e.DateStart is null ? null : new { start = e.DateStart, end = e.DateEnd, value = e.DateValue, from_document_date = e.DateFromDocument },
        quantity = e.Quantity, quantity_unit = e.QuantityUnit, modality = AnnotationJson.ModalityName(e.Modality), attributed_to = Arg(e.AttributedTo),
        negated = e.Negated, denies = e.Denies, sentence = e.SentenceIndex, start = e.Start, end = e.End, trigger = e.Trigger, evidence = e.Sentence,
        confidence = e.Confidence, rule = e.Rule,
    };

    /// <summary>One row per event: its date; what, who → whom, the claim and the document; the sentence with the trigger marked.
    /// The middle cell stacks its lines so that the evidence keeps most of the width.</summary>
    private static void Print(IReadOnlyList<StoredEvent> events)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("date").NoWrap()).AddColumn("event").AddColumn("evidence");
        foreach (var e in events)
        {
            string date = e.DateStart is null ? "-" : e.DateEnd is { } end && end != e.DateStart ? $"{e.DateStart}–{end}" : e.DateStart;
            if (e.DateFromDocument) date += "\n(doc date)"; // no time expression: the publication date stood in
            static string Name(StoredEventArgument? a) => a is null ? "–" : IngestCommands.Truncate(a.Name, 28);
            string claim = AnnotationJson.ModalityName(e.Modality) + (e.AttributedTo is { } by ? $" ({Name(by)})" : "") +
                           (e.Negated ? " NEG" : "") + (e.Denies is { } d ? $" denies {d}" : "");
            table.AddRow(
                Markup.Escape(date),
                $"[bold]{Markup.Escape(e.Type + (e.Mode is null ? "" : "/" + e.Mode))}[/] {Markup.Escape(claim)}\n" +
                $"{Markup.Escape(Name(e.Source))} → {Markup.Escape(Name(e.Target))}\n[grey]{Markup.Escape(e.DocumentId)} {Markup.Escape(e.Id)}[/]",
                // The trigger with some context (--json has the whole sentence).
                QueryCommands.Highlight(Snippets.Around(e.Sentence, e.TriggerStart, e.TriggerEnd, contextChars: 80)));
        }
        AnsiConsole.Write(table);
    }
}
