using System.CommandLine;
using System.Text.Json;
using Cronista.Output;
using Cronista.Search;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary><c>cronista timeline</c>: the deduplicated events of one actor, or between two, by event date.</summary>
internal static class TimelineCommands
{
    public static Command Timeline()
    {
        var actor = new Argument<string>("actor") { Description = "An entity id or name (country:XX also matches the people and governments of XX)" };
        var actor2 = new Argument<string?>("actor2") { Description = "A second actor: only events between the two, in either direction", Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<string?>("--from") { Description = "Events on or after (YYYY-MM-DD; the event's date interval overlaps --from … --to)" };
        var to = new Option<string?>("--to") { Description = "Events on or before (YYYY-MM-DD)" };
        var type = new Option<string?>("--type") { Description = "PLOVER event type (CONSULT, AID, REJECT …)" };
        var format = new Option<string>("--format") { Description = "table, json (one object per event) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var limit = new Option<int>("--limit") { Description = "Maximum number of events", DefaultValueFactory = _ => 100 };
        var scoped = new Option<bool>("--all") { Description = "Also events that cannot be placed across documents (no date, or no known source): each stays with its one document" };
        var cmd = new Command("timeline", "Deduplicated events of an actor or a pair, by event date: one line per real-world event, however many articles report it")
            { actor, actor2, from, to, type, format, limit, scoped, CliApp.DbOption };
        cmd.SetAction(p =>
        {
            if (p.GetValue(limit) is < 1 or > 10_000) throw new UsageException("--limit must be between 1 and 10000");
            var (fromDate, toDate) = (CliApp.ParseDate(p.GetValue(from), "--from"), CliApp.ParseDate(p.GetValue(to), "--to"));
            if (fromDate > toDate) throw new UsageException("--from is after --to");
            using var store = QueryCommands.OpenExisting(p.GetValue(CliApp.DbOption)!);
            var a = QueryCommands.ResolveEntityId(store, p.GetValue(actor)!.Trim());
            var b = p.GetValue(actor2) is { Length: > 0 } second ? QueryCommands.ResolveEntityId(store, second.Trim()) : null;
            var clusters = store.EventClusters(new EventClusterQuery
            {
                Actor = a, Actor2 = b, Type = p.GetValue(type), From = fromDate, To = toDate, Limit = p.GetValue(limit),
                IncludeDocumentScoped = p.GetValue(scoped),
            });
            // Every listed event's mentions in one query (was one per event: seconds for a long timeline).
            var mentions = store.ClusterEvents(clusters.Select(c => c.Id).ToList(), 100);
            switch (p.GetValue(format))
            {
                case "json":
                    foreach (var c in clusters) Console.WriteLine(JsonSerializer.Serialize(ToJson(c, mentions[c.Id]), JsonOut.Options));
                    break;
                case "csv":
                    WriteCsv(Console.Out, clusters, mentions);
                    break;
                default:
                    if (clusters.Count == 0) { Console.Error.WriteLine("no events"); return CliApp.Ok; }
                    Print(clusters, mentions);
                    break;
            }
            return CliApp.Ok;
        });
        return cmd;
    }

    /// <summary>"asserted; reported by US officials; planned by Government of Russia; denied by Government of Russia".</summary>
    internal static string ClaimSummary(StoredEventCluster c) => EventClusterText.ClaimSummary(c);

    internal static string DateText(StoredEventCluster c) =>
        c.DateStart is null ? "undated" : c.DateEnd is { } end && end != c.DateStart ? $"{c.DateStart}–{end}" : c.DateStart;

    private static object? Arg(StoredEventArgument? a) => a is null ? null : new { id = a.Id, name = a.Name, country = a.Country };

    internal static object ToJson(StoredEventCluster c, IReadOnlyList<StoredEvent> mentions) => new
    {
        event_cluster = c.Id, type = c.Type, mode = c.Mode, source = Arg(c.Source), target = Arg(c.Target),
        date = c.DateStart is null ? null : new { start = c.DateStart, end = c.DateEnd, from_document_date = c.DateFromDocument },
        first_reported = c.FirstReported?.ToString("yyyy-MM-dd"), mentions = c.Mentions, sources = c.Sources, languages = c.Languages,
        modalities = c.Modalities, claims = c.Claims.Select(x => new { modality = x.Modality, by = x.By }), summary = ClaimSummary(c),
        denies_cluster = c.DeniesCluster, denied_by = c.DeniedBy, document_scoped = c.DocumentScoped,
        evidence = mentions.Select(e => new
        {
            doc_id = e.DocumentId, title = e.Title, lang = e.Language, published = (e.Published ?? e.PublishedInferred)?.ToString("yyyy-MM-dd"),
            id = e.Id, type = e.Type, mode = e.Mode, modality = AnnotationJson.ModalityName(e.Modality), attributed_to = e.AttributedTo?.Name,
            negated = e.Negated, trigger = e.Trigger, sentence = e.Sentence,
        }),
    };

    /// <summary>At least one mention per language, then the others up to <paramref name="max"/>: mentions with a date of their
    /// own first (the most precise first), else in stored order.</summary>
    internal static List<StoredEvent> EvidencePerLanguage(IReadOnlyList<StoredEvent> mentions, int max)
    {
        static int Span(StoredEvent e) => e.DateStart is { } s && e.DateEnd is { } x && DateOnly.TryParse(s, out var a) && DateOnly.TryParse(x, out var b)
            ? b.DayNumber - a.DayNumber : int.MaxValue;
        var ordered = mentions.OrderBy(e => e.DateFromDocument).ThenBy(Span).ToList(); // stable: stored order within ties
        var picked = ordered.GroupBy(e => e.Language).Select(g => g.First()).OrderBy(e => e.Language, StringComparer.Ordinal).ToList();
        foreach (var e in ordered)
        {
            if (picked.Count >= max) break;
            if (!picked.Contains(e)) picked.Add(e);
        }
        return picked;
    }

    private static void WriteCsv(TextWriter w, IReadOnlyList<StoredEventCluster> clusters, IReadOnlyDictionary<long, IReadOnlyList<StoredEvent>> mentions)
    {
        Csv.WriteRow(w, ["event_cluster", "date_start", "date_end", "date_from_document", "type", "mode", "source_id", "source", "source_country",
            "target_id", "target", "target_country", "claims", "mentions", "sources", "languages", "first_reported", "evidence"]);
        foreach (var c in clusters)
        {
            var evidence = EvidencePerLanguage(mentions[c.Id], 0).Select(e => $"[{e.Language}] {e.Sentence.Trim()}");
            Csv.WriteRow(w, [c.Id, c.DateStart, c.DateEnd, c.DateFromDocument, c.Type, c.Mode, c.Source?.Id, c.Source?.Name, c.Source?.Country,
                c.Target?.Id, c.Target?.Name, c.Target?.Country, ClaimSummary(c), c.Mentions, c.Sources, string.Join(" ", c.Languages),
                c.FirstReported?.ToString("yyyy-MM-dd"), string.Join(" | ", evidence)]);
        }
        w.Flush();
    }

    private static void Print(IReadOnlyList<StoredEventCluster> clusters, IReadOnlyDictionary<long, IReadOnlyList<StoredEvent>> mentions)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("date").NoWrap()).AddColumn("event").AddColumn("evidence");
        foreach (var c in clusters)
        {
            string date = DateText(c) + (c.DateFromDocument ? "\n(doc date)" : "");
            static string Name(StoredEventArgument? a) => a is null ? "–" : IngestCommands.Truncate(a.Name, 28);
            var evidence = EvidencePerLanguage(mentions[c.Id], 0)
                .Select(e => $"[grey]{e.Language}[/] " + QueryCommands.Highlight(Snippets.Around(e.Sentence, e.TriggerStart, e.TriggerEnd, contextChars: 60)));
            table.AddRow(
                Markup.Escape(date),
                $"[bold]{Markup.Escape(c.Type + (c.Mode is null ? "" : "/" + c.Mode))}[/] {Markup.Escape(Name(c.Source))} → {Markup.Escape(Name(c.Target))}\n" +
                $"{Markup.Escape(ClaimSummary(c))}\n" +
                $"[grey]#{c.Id} · {c.Mentions} mention{(c.Mentions == 1 ? "" : "s")} · {c.Sources} source{(c.Sources == 1 ? "" : "s")} · {string.Join(" ", c.Languages)}[/]",
                string.Join("\n", evidence));
        }
        AnsiConsole.Write(table);
    }
}
