using System.CommandLine;
using System.Text.Json;
using Cronista.Entities;
using Cronista.Output;
using Cronista.Pipeline;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli;

/// <summary><c>cronista entity NAME</c>: an entity from the catalogue and/or the database, its aliases and the documents that mention it.</summary>
internal static class EntityCommands
{
    public static readonly Option<string[]> CatalogOption = new("--catalog")
    {
        Description = "Extra entity catalogue files (.tsv/.tsv.gz, format in src/Cronista/Resources/Entities/README.md), added to the built-in one",
        Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true,
    };

    public static Command Entity()
    {
        var name = new Argument<string>("name") { Description = "An entity id (country:KP, person:kim-jong-un) or a name in any language (\"Corea del Nord\", Pionyang)" };
        var lang = new Option<string>("--lang") { Description = "Language the name is written in (default: any)", DefaultValueFactory = _ => "und" };
        var limit = new Option<int>("--limit") { Description = "Documents to list", DefaultValueFactory = _ => 20 };
        var cmd = new Command("entity", "Show an entity: canonical name, ids, place, aliases, offices, and the documents mentioning it")
            { name, lang, limit, CatalogOption, CliApp.DbOption, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var query = p.GetValue(name)!.Trim();
            var userFiles = CheckCatalogFiles(p.GetValue(CatalogOption));
            var catalog = userFiles.Length > 0 ? EntityCatalog.Load(userFiles) : EntityCatalog.Default;
            var dbPath = p.GetValue(CliApp.DbOption)!;
            using var store = File.Exists(dbPath) ? new SqliteDocumentStore(dbPath, readOnly: true) : null;

            // Catalogue entities: by id, else by alias (best first); else entities only the database knows (new names).
            var fromCatalog = catalog.Get(query) is { } byId ? [byId]
                : catalog.Lookup(query, p.GetValue(lang)!.ToLowerInvariant()).Select(x => x.Entity).Distinct().Take(5).ToList();
            var ids = fromCatalog.Select(e => e.Id).ToList();
            if (ids.Count == 0 && store is not null)
                ids = ((store.GetEntity(query) ?? EntityResolver.BySpelling(store, query)) is { } s ? [s] : store.FindEntities(query, 5)).Select(e => e.Id).ToList();
            if (ids.Count == 0) throw new UsageException($"no entity named '{query}' in the catalogue{(store is null ? "" : " or the database")}");

            var shown = ids.Select(id => Describe(id, catalog, store, userFiles, p.GetValue(limit))).ToList();
            if (p.GetValue(CliApp.JsonOption))
                foreach (var e in shown) Console.WriteLine(JsonSerializer.Serialize(e, JsonOut.Options));
            else
                foreach (var e in shown) Print(e);
            return CliApp.Ok;
        });
        return cmd;
    }

    internal static string[] CheckCatalogFiles(string[]? files)
    {
        files ??= [];
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0) throw new UsageException($"no such catalogue file: {string.Join(", ", missing)}");
        return files;
    }

    /// <summary>The standard stages with the entity stage linking against the built-in catalogue plus the user's
    /// <c>--catalog</c> files (checked); null when none are given (the standard pipeline).</summary>
    internal static PipelineBuilder? PipelineWithCatalog(string[]? files) => CheckCatalogFiles(files) is { Length: > 0 } given
        ? DocumentPipeline.CreateBuilder().Replace<EntityStage>(new EntityStage(new EntityLinker(EntityCatalog.Load(given))))
        : null;

    private sealed record Shown(
        string id, string name, string type, string? kind, string? qid, string? country, double? lat, double? lon, string? target,
        IReadOnlyList<CatalogAliases.Alias> aliases, IReadOnlyList<object> offices, int documents, int mentions, IReadOnlyList<Recent> recent);

    private sealed record Recent(string id, string? title, string lang, string? published, string? published_inferred, int mentions);

    private static Shown Describe(string id, EntityCatalog catalog, SqliteDocumentStore? store, string[] userFiles, int limit)
    {
        var e = catalog.Get(id);
        var stored = store?.GetEntity(id);
        var offices = e is null ? [] : catalog.TermsOf(id).Select(t => (object)new { office = t.Office.Name, from = t.From.ToString("yyyy-MM-dd"), to = t.To?.ToString("yyyy-MM-dd") })
            .Concat(catalog.Terms(id).Select(t => (object)new { holder = t.Person.Name, from = t.From.ToString("yyyy-MM-dd"), to = t.To?.ToString("yyyy-MM-dd") })).ToList();
        var docs = store?.EntityDocuments(id, limit).Select(d => new Recent(d.Id, d.Title, d.Language, d.Published?.ToString("yyyy-MM-dd"),
            d.PublishedInferred?.ToString("yyyy-MM-dd"), d.Mentions)).ToList() ?? [];
        return new Shown(id, e?.Name ?? stored!.Name, e is null ? stored!.Type : AnnotationJson.TypeName(e.Type), e?.Kind.ToString().ToLowerInvariant(),
            e?.Qid ?? stored?.Qid, e?.Country ?? stored?.Country, e?.Lat ?? stored?.Lat, e?.Lon ?? stored?.Lon, e?.Target,
            e is null ? [] : CatalogAliases.Of(id, userFiles), offices, stored?.Documents ?? 0, stored?.Mentions ?? 0, docs);
    }

    private static void Print(Shown e)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(e.name)}[/]  [grey]{Markup.Escape(e.id)} · {e.type}{(e.kind is null ? "" : " · " + e.kind)}" +
                               $"{(e.qid is null ? "" : " · " + e.qid)}{(e.country is null ? "" : " · " + e.country)}" +
                               $"{(e.lat is null ? "" : $" · {e.lat:F3}, {e.lon:F3}")}[/]");
        if (e.target is not null) AnsiConsole.MarkupLine($"  stands for: {Markup.Escape(e.target)}");
        if (e.aliases.Count > 0)
            AnsiConsole.MarkupLine("  aliases: " + Markup.Escape(string.Join(", ", e.aliases.GroupBy(a => a.Lang).OrderBy(g => g.Key == "*" ? "" : g.Key)
                .Select(g => (g.Key == "*" ? "" : g.Key + ": ") + string.Join(" / ", g.Select(a => a.Text).Distinct())))));
        foreach (var o in e.offices) AnsiConsole.MarkupLine("  " + Markup.Escape(JsonSerializer.Serialize(o, JsonOut.Options)));
        AnsiConsole.MarkupLine($"  in the database: {e.documents} documents, {e.mentions} mentions");
        foreach (var d in e.recent)
            AnsiConsole.MarkupLine($"    {Markup.Escape(d.id)}  {d.lang}  {d.published ?? (d.published_inferred is { } pi ? "~" + pi : "undated")}  " +
                                   $"{d.mentions}×  {Markup.Escape(IngestCommands.Truncate(d.title ?? "", 60))}");
        AnsiConsole.WriteLine();
    }
}
