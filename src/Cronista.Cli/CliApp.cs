using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary>
/// The <c>cronista</c> command. Exit codes: 0 ok; 1 some inputs were rejected (the rest was processed);
/// 2 usage error (bad arguments, missing database); 3 the run failed (database or I/O error): every batch reported
/// as committed before it is kept, re-running completes the rest.
/// </summary>
public static class CliApp
{
    public const int Ok = 0, InputErrors = 1, UsageError = 2, Failed = 3;

    public static readonly Option<string> DbOption = new("--db")
    {
        Description = "SQLite database file (default: $CRONISTA_DB or ./cronista.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CRONISTA_DB") is { Length: > 0 } e ? e : "cronista.db",
    };
    public static readonly Option<bool> JsonOption = new("--json") { Description = "Machine-readable JSON output" };

    public static int Run(string[] args)
    {
        if (Console.IsOutputRedirected)
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out),
            });
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160; // files and pipes: don't wrap tables at 80 columns
        var root = new RootCommand("Cronista: multilingual news intelligence (ingest, analyse, search)");
        root.Add(IngestCommands.Ingest());
        root.Add(IngestCommands.Analyze());
        root.Add(QueryCommands.Search());
        root.Add(QueryCommands.Stats());
        root.Add(EntityCommands.Entity());
        root.Add(EventCommands.Events());
        root.Add(EventCommands.Cues());
        root.Add(TimelineCommands.Timeline());
        root.Add(ExportCommands.Export());
        root.Add(StoryCommands.Stories());
        root.Add(StoryCommands.Story());
        root.Add(StoryCommands.RefineStories());
        root.Add(StoryCommands.Similarity());
        root.Add(EvalCommands.Eval());
        root.Add(TagCommands.Tag());
        root.Add(TrainCommands.Train());
        root.Add(BenchCommand.Bench());
        root.Add(ServeCommand.Serve());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("Try 'cronista --help'.");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"failed: {ex.Message}");
            return Failed;
        }
    }

    public static DateOnly? ParseDate(string? s, string option)
    {
        if (string.IsNullOrEmpty(s)) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d)) return d;
        throw new UsageException($"{option}: '{s}' is not a date (expected YYYY-MM-DD)");
    }
}

/// <summary>A user mistake (exit code 2), reported without a stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
