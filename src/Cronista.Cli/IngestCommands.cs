using System.CommandLine;
using System.Text.Json;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Output;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

internal static class IngestCommands
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files, directories (recursive) or '-' for JSONL on standard input",
        Arity = ArgumentArity.OneOrMore,
    };
    private static readonly Option<string?> DateOption = new("--date") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none" };
    private static readonly Option<string?> LangOption = new("--lang") { Description = "Language code for inputs that declare none (skips identification)" };
    private static readonly Option<int> BatchOption = new("--batch-size") { Description = "Documents per transaction", DefaultValueFactory = _ => 1000 };
    private static readonly Option<bool> NoRefineOption = new("--no-refine")
        { Description = "Skip the stories' refinements, during and at the end of the run (a later ingest or 'cronista refine-stories' does them)" };
    private static readonly Option<int> RefineWindowOption = new("--refine-window")
    {
        Description = "Documents whose stories a refinement takes, and how often a long run refines (the refinement's time and memory grow faster than the window)",
        DefaultValueFactory = _ => Stories.StoryClusteringOptions.Default.RefineWindowDocuments,
    };

    public static Command Ingest()
    {
        var cmd = new Command("ingest", "Read articles into the database (idempotent; safe to re-run after an interruption)")
            { Paths, CliApp.DbOption, DateOption, LangOption, BatchOption, EntityCommands.CatalogOption, NoRefineOption, RefineWindowOption, Skips.Option, CliApp.JsonOption };
        cmd.SetAction(p => Run(p, analyzeFormat: null));
        return cmd;
    }

    public static Command Analyze()
    {
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object per document) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var db = new Option<string?>("--db") { Description = "Keep the results in this database (default: a temporary one)" };
        var cmd = new Command("analyze", "Analyse articles and print what was found for each") { Paths, db, DateOption, LangOption, BatchOption, EntityCommands.CatalogOption, NoRefineOption, RefineWindowOption, Skips.Option, format };
        cmd.SetAction(p =>
        {
            var dbPath = p.GetValue(db);
            string? temp = null;
            if (dbPath is null) dbPath = temp = Path.Combine(Path.GetTempPath(), $"cronista-analyze-{Guid.NewGuid():N}.db");
            try { return Run(p, p.GetValue(format), dbPath, temporary: temp is not null); }
            finally
            {
                if (temp is not null)
                    foreach (var f in new[] { temp, temp + "-wal", temp + "-shm" }) File.Delete(f);
            }
        });
        return cmd;
    }

    private static int Run(ParseResult p, string? analyzeFormat, string? dbOverride = null, bool temporary = false)
    {
        var paths = p.GetValue(Paths)!;
        // A mistyped option lands among the paths ("--published 2024-06-17"): say so instead of reading it as a file.
        if (paths.FirstOrDefault(x => x.StartsWith("--", StringComparison.Ordinal) && !File.Exists(x) && !Directory.Exists(x)) is { } unknown)
            throw new UsageException($"unknown option '{unknown}' (see 'cronista {p.CommandResult.Command.Name} --help')");
        var readOptions = new ReadOptions
        {
            Date = CliApp.ParseDate(p.GetValue(DateOption), "--date"),
            Language = p.GetValue(LangOption) is { Length: > 0 } l ? l.ToLowerInvariant() : null,
        };
        var dbPath = dbOverride ?? p.GetValue(CliApp.DbOption)!;
        bool json = analyzeFormat is null && p.GetValue(CliApp.JsonOption);
        var err = Console.Error;

        using var store = new SqliteDocumentStore(dbPath);
        var table = analyzeFormat == "table" ? new List<(Document, StoreResult)>() : null;
        var stdout = Console.OpenStandardOutput();
        using var jsonl = analyzeFormat == "jsonl" ? new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : null;

        int batch = p.GetValue(BatchOption);
        if (batch < 1) throw new UsageException("--batch-size must be at least 1");
        // User catalogue files extend the built-in entity catalogue for this run.
        var builder = EntityCommands.PipelineWithCatalog(p.GetValue(EntityCommands.CatalogOption));
        var skips = Skips.Parse(p.GetValue(Skips.Option));
        var pipeline = builder is null && !skips.Events ? null : skips.Pipeline(builder);
        // The refinement ends a run that keeps its database (a temporary one is deleted: nothing would read it).
        int window = p.GetValue(RefineWindowOption);
        if (window < 1) throw new UsageException("--refine-window must be at least 1");
        var stories = temporary || p.GetValue(NoRefineOption)
            ? Stories.StoryClusteringOptions.WithoutRefinement
            : Stories.StoryClusteringOptions.Default with { RefineWindowDocuments = window };
        var runner = new IngestRunner(store, pipeline, options: new IngestOptions { BatchSize = batch, Stories = skips.StoryOptions(stories) })
        {
            OnDiagnostic = d => err.WriteLine(d.ToString()),
            OnStored = analyzeFormat is null ? null : (doc, r, story) =>
            {
                if (jsonl is not null)
                {
                    DocumentJson.Write(jsonl, doc, r, story);
                    jsonl.Flush();
                    stdout.WriteByte((byte)'\n');
                    jsonl.Reset();
                }
                table?.Add((doc, r));
            },
            OnCommitted = Progress.Update,
        };
        var items = InputReader.Read(paths, readOptions, paths.Contains("-") ? Console.In : null);
        IngestSummary summary = Progress.Run(analyzeFormat is null && !json, () => runner.RunAsync(items).GetAwaiter().GetResult());
        stdout.Flush();

        if (table is not null) PrintTable(table);
        var t = summary.Totals;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                db = dbPath, read = t.Read, committed = t.Committed, inserted = t.Inserted, near_duplicates = t.NearDuplicates,
                exact_duplicates = t.ExactDuplicates, already_present = t.AlreadyPresent, errors = t.Errors, warnings = t.Warnings,
                seconds = Math.Round(t.Elapsed.TotalSeconds, 3),
                stories_refined = summary.Refinement is { } r ? new { stories_before = r.StoriesBefore, stories_after = r.StoriesAfter, documents_moved = r.DocumentsMoved } : null,
                stories_refined_during = summary.InStreamRefinements.Select(r => new { documents = r.Documents, stories_before = r.StoriesBefore, stories_after = r.StoriesAfter, documents_moved = r.DocumentsMoved }),
            }));
        }
        else
        {
            double secs = Math.Max(t.Elapsed.TotalSeconds, 1e-6);
            err.WriteLine($"{t.Read} documents read in {t.Elapsed.TotalSeconds:F2}s ({t.Read / secs:F0}/s): {t.Inserted} new, {t.NearDuplicates} near-duplicates, " +
                          $"{t.ExactDuplicates} exact duplicates, {t.AlreadyPresent} already present; {t.Errors} errors, {t.Warnings} warnings → " +
                          (temporary ? "a temporary database (--db FILE keeps the results)" : dbPath));
            if (summary.InStreamRefinements is { Count: > 0 } during)
                err.WriteLine($"stories refined during the ingest (every {stories.RefineWindowDocuments:N0} documents, those of the last {stories.RefineWindowDocuments:N0}): " +
                              $"{(during.Count == 1 ? "once" : $"{during.Count} times")}, {during.Sum(r => r.DocumentsMoved):N0} documents moved ({during.Sum(r => r.Elapsed.TotalSeconds):F1} s, included above)");
            if (summary.Refinement is { } r)
                err.WriteLine($"stories refined: {r.StoriesBefore:N0} → {r.StoriesAfter:N0}, {r.DocumentsMoved:N0} documents moved ({r.Elapsed.TotalSeconds:F1} s)" +
                              (analyzeFormat == "jsonl" && r.DocumentsMoved > 0 ? "; the story ids printed above are those of the one pass, 'cronista stories' lists the refined ones" : ""));
        }
        return summary.HasErrors ? CliApp.InputErrors : CliApp.Ok;
    }

    private static void PrintTable(List<(Document Doc, StoreResult Result)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "id", "source", "lang", "conf", "published", "chars", "sents", "times", "qty", "entities", "duplicate_of" }) table.AddColumn(c);
        foreach (var (d, r) in rows)
        {
            // "~date" marks a publication date inferred from the text.
            var published = d.Published?.ToString("yyyy-MM-dd") ?? (d.PublishedInferred is { } pi ? "~" + pi.ToString("yyyy-MM-dd") : "-");
            var entities = d.Entities.Count == 0 ? "-"
                : $"{d.Entities.Count}: " + string.Join(", ", d.Entities.OrderByDescending(e => d.Mentions.Count(m => m.EntityId == e.Id)).Take(3).Select(e => e.Name));
            table.AddRow(Markup.Escape(r.DocumentId), Markup.Escape(Path.GetFileName(d.Raw.Source)), d.Language, d.LanguageConfidence.ToString("F2"),
                published, d.Text.Length.ToString(), d.Sentences.Count.ToString(), d.Times.Count.ToString(), d.Quantities.Count.ToString(),
                Markup.Escape(Truncate(entities, 48)), Markup.Escape(r.DuplicateOf ?? "-"));
        }
        AnsiConsole.Write(table);
    }

    internal static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}

/// <summary>A live progress line on an interactive terminal; silent otherwise.</summary>
internal static class Progress
{
    private static ProgressTask? _task;

    public static T Run<T>(bool show, Func<T> work)
    {
        if (!show || !AnsiConsole.Profile.Capabilities.Interactive || Console.IsErrorRedirected) return work();
        T result = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                _task = ctx.AddTask("reading…", autoStart: true, maxValue: double.MaxValue).IsIndeterminate();
                result = work();
                _task.StopTask();
            });
        _task = null;
        return result;
    }

    public static void Update(IngestProgress p)
    {
        if (_task is null) return;
        double rate = p.Committed / Math.Max(p.Elapsed.TotalSeconds, 1e-6);
        _task.Description = $"{p.Committed:N0} committed · {rate:N0} docs/s · {p.Errors} errors";
    }
}
