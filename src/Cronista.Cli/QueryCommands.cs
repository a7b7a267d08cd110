using System.CommandLine;
using System.Text.Json;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

internal static class QueryCommands
{
    public static Command Search()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words (all must match), \"a phrase\", a OR b, -excluded (may be omitted with --entity)",
            Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "",
        };
        var entity = new Option<string?>("--entity") { Description = "Only documents mentioning this entity (an id such as shown by 'cronista entity', or a name)" };
        var lang = new Option<string?>("--lang") { Description = "Only documents in this language" };
        var from = new Option<string?>("--from") { Description = "Published on or after (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Published on or before (YYYY-MM-DD)" };
        var limit = new Option<int>("--limit") { Description = "Maximum number of results", DefaultValueFactory = _ => 20 };
        var dups = new Option<bool>("--include-duplicates") { Description = "Also list near-duplicate copies" };
        var eventType = new Option<string?>("--event-type") { Description = "Only documents with an event of this PLOVER type (CONSULT, AID …)" };
        var cmd = new Command("search", "Full-text search (stemmed, accent-insensitive, per language)") { query, entity, eventType, CliApp.DbOption, lang, from, to, limit, dups, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            if (p.GetValue(limit) is < 1 or > 10_000) throw new UsageException("--limit must be between 1 and 10000");
            if (string.IsNullOrWhiteSpace(p.GetValue(query)) && p.GetValue(entity) is null && p.GetValue(eventType) is null)
                throw new UsageException("give a query, --entity, --event-type, or several");
            using var store = OpenExisting(p.GetValue(CliApp.DbOption)!);
            var entityId = p.GetValue(entity) is { } e ? ResolveEntityId(store, e.Trim()) : null;
            var hits = store.Search(new SearchRequest
            {
                Query = p.GetValue(query)!, EntityId = entityId, Language = p.GetValue(lang)?.ToLowerInvariant(),
                From = CliApp.ParseDate(p.GetValue(from), "--from"), To = CliApp.ParseDate(p.GetValue(to), "--to"),
                Limit = p.GetValue(limit), IncludeDuplicates = p.GetValue(dups), EventType = p.GetValue(eventType),
            });
            if (p.GetValue(CliApp.JsonOption))
            {
                foreach (var h in hits)
                    Console.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = h.Id, source = h.Source, title = h.Title, lang = h.Language, published = h.Published?.ToString("yyyy-MM-dd"), published_inferred = h.PublishedInferred?.ToString("yyyy-MM-dd"),
                        score = h.Score, copies = h.Copies, snippet = h.Snippet,
                    }, JsonOut.Options));
                return CliApp.Ok;
            }
            if (hits.Count == 0) { Console.Error.WriteLine("no results"); return CliApp.Ok; }
            foreach (var h in hits)
            {
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(h.Title ?? "(untitled)")}[/]  [grey]{h.Language} · {h.Published?.ToString("yyyy-MM-dd") ?? (h.PublishedInferred is { } pi ? "~" + pi.ToString("yyyy-MM-dd") : "undated")} · score {h.Score:G3}{(h.Copies > 1 ? $" · {h.Copies} copies" : "")}[/]");
                AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(h.Id)} · {Markup.Escape(h.Source)}[/]");
                AnsiConsole.MarkupLine("  " + Highlight(h.Snippet));
            }
            return CliApp.Ok;
        });
        return cmd;
    }

    public static Command Stats()
    {
        var cmd = new Command("stats", "What the database holds") { CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(CliApp.DbOption)!;
            using var store = OpenExisting(path);
            var s = store.Stats();
            // Documents clustered into stories, and how many of them the last refinement had seen (0: never refined).
            var (clustered, refined) = store.HasTable("stories") ? Stories.StoredStoryRefinement.Progress(store) : (0, 0);
            long bytes = new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            if (p.GetValue(CliApp.JsonOption))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    db = path, bytes, schema_version = s.SchemaVersion, documents = s.Documents, near_duplicates = s.NearDuplicates,
                    sources = s.Sources, by_language = s.ByLanguage, first_published = s.FirstPublished?.ToString("yyyy-MM-dd"),
                    last_published = s.LastPublished?.ToString("yyyy-MM-dd"), undated = s.UndatedDocuments,
                    events = s.Events, events_by_type = s.EventsByType,
                    stories = s.Stories, multilingual_stories = s.MultilingualStories,
                    stories_clustered = clustered, stories_refined_after = refined,
                }, JsonOut.Options));
                return CliApp.Ok;
            }
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("database", $"{Markup.Escape(path)} ({bytes / 1048576.0:F1} MB, schema v{s.SchemaVersion})");
            grid.AddRow("documents", $"{s.Documents:N0} ({s.NearDuplicates:N0} near-duplicates, {s.Sources:N0} sources)");
            grid.AddRow("languages", string.Join(", ", s.ByLanguage.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}")));
            grid.AddRow("published", s.FirstPublished is null ? "-" : $"{s.FirstPublished:yyyy-MM-dd} … {s.LastPublished:yyyy-MM-dd} ({s.UndatedDocuments:N0} undated)");
            grid.AddRow("events", $"{s.Events:N0}" + (s.EventsByType.Count == 0 ? "" :
                " (" + string.Join(", ", s.EventsByType.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => $"{Markup.Escape(kv.Key)} {kv.Value:N0}")) + ")"));
            grid.AddRow("stories", s.Stories == 0 ? "-" : $"{s.Stories:N0} ({s.MultilingualStories:N0} in more than one language; " +
                (refined == 0 ? "not refined" : refined == clustered ? "refined" : $"refined after document {refined:N0} of {clustered:N0}") + ")");
            AnsiConsole.Write(grid);
            return CliApp.Ok;
        });
        return cmd;
    }

    /// <summary>An entity id for an id or a name (see <see cref="Entities.EntityResolver.Resolve"/>); none or several: a usage error.</summary>
    internal static string ResolveEntityId(IDocumentStore store, string idOrName)
    {
        try { return Entities.EntityResolver.Resolve(store, idOrName); }
        catch (Entities.EntityResolutionException ex) { throw new UsageException(ex.Message); }
    }

    internal static SqliteDocumentStore OpenExisting(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no database at '{path}' (run 'cronista ingest PATH --db {path}' first)");
        return new SqliteDocumentStore(path);
    }

    /// <summary>Snippet matches come as [word]: coloured on a terminal, kept as brackets in plain output.</summary>
    internal static string Highlight(string snippet) =>
        AnsiConsole.Profile.Capabilities.Ansi ? Markup.Escape(snippet).Replace("[[", "[yellow]").Replace("]]", "[/]") : Markup.Escape(snippet);
}

internal static class JsonOut
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
