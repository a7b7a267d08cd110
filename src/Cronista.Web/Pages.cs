using System.Reflection;
using Cronista.Output;
using Cronista.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web;

/// <summary>
/// The web UI: server-rendered HTML pages, no script (the pages work with forms, links and &lt;details&gt;), one
/// embedded stylesheet. Every value from the database goes through <see cref="Html"/>'s escaping.
/// </summary>
public static partial class Pages
{
    private static readonly ApiParam Cursor = new("cursor", "string", "");
    private static readonly ApiParam[] SearchParams =
        [new("q", "string", ""), new("lang", "string", ""), new("from", "date", ""), new("to", "date", ""), new("entity", "string", ""),
         new("event_type", "string", ""), new("include_duplicates", "boolean", ""), Cursor];
    private static readonly ApiParam[] TimelineParams =
        [new("actor", "string", ""), new("actor2", "string", ""), new("type", "string", ""), new("from", "date", ""), new("to", "date", ""),
         new("all", "boolean", ""), Cursor];
    private static readonly ApiParam[] StoriesParams = [new("from", "date", ""), new("to", "date", ""), new("lang", "string", ""), new("entity", "string", ""), Cursor];
    private static readonly ApiParam[] MapParams = [new("from", "date", ""), new("to", "date", "")];
    private static readonly string[] MainLanguages = ["it", "es", "en", "fr", "de", "pt"];

    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var s = typeof(Pages).Assembly.GetManifestResourceStream("Cronista.Web.Assets.site.css")!;
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    });

    public static void Map(WebApplication app, WebServices services)
    {
        app.MapGet("/static/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        });
        app.MapGet("/", (HttpContext http) => Render(http, services, SearchParams, Search));
        app.MapGet("/documents/{id}", (HttpContext http) => Render(http, services, [], DocumentPage));
        app.MapGet("/stories", (HttpContext http) => Render(http, services, StoriesParams, StoriesPage));
        app.MapGet("/stories/{id}", (HttpContext http) => Render(http, services, [], StoryPage));
        app.MapGet("/entities/{id}", (HttpContext http) => Render(http, services, [], EntityPage));
        app.MapGet("/timeline", (HttpContext http) => Render(http, services, TimelineParams, TimelinePage));
        app.MapGet("/map", (HttpContext http) => Render(http, services, MapParams, MapPage));
    }

    private static async Task Render(HttpContext http, WebServices services, ApiParam[] declared, Func<ApiContext, (string Title, Raw Body)> page)
    {
        string title;
        Raw body;
        using (var ctx = new ApiContext(http, new QueryArgs(http.Request.Query, declared), services.Pool, services))
            (title, body) = page(ctx);
        await Write(http, 200, title, body);
    }

    public static Task ErrorPage(HttpContext http, int status, string detail)
    {
        var h = new Html();
        h.Add($"<h1>{(status == 404 ? "Not found" : status >= 500 ? "Something went wrong" : "That did not work")}</h1><p class=\"error\">{detail}</p><p><a href=\"/\">Back to search</a></p>");
        return Write(http, status, status.ToString(), h.ToRaw());
    }

    private static async Task Write(HttpContext http, int status, string title, Raw body)
    {
        var h = new Html();
        var path = http.Request.Path.Value ?? "/";
        string Nav(string href, string label, bool on) => on ? $"<a href=\"{href}\" aria-current=\"page\">{label}</a>" : $"<a href=\"{href}\">{label}</a>";
        h.Add($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Cronista</title><link rel="stylesheet" href="/static/site.css"></head>
            <body><header class="top"><a class="brand" href="/">Cronista</a><nav>
            """);
        h.Add(new Raw(Nav("/", "Search", path == "/" || path.StartsWith("/documents")) + Nav("/stories", "Stories", path.StartsWith("/stories")) +
                      Nav("/timeline", "Timeline", path.StartsWith("/timeline")) + Nav("/map", "Map", path.StartsWith("/map"))));
        h.Add($"</nav></header><main>{body}</main><footer>Cronista · offline multilingual news intelligence · <a href=\"/openapi.json\">API</a></footer></body></html>");
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(h.ToString());
    }

    // ---- shared pieces ----

    private static string Date(DateOnly? published, DateOnly? inferred) =>
        published?.ToString("yyyy-MM-dd") ?? (inferred is { } i ? "~" + i.ToString("yyyy-MM-dd") : "undated");

    /// <summary>A document's title, else the start of its text (plain-text inputs have no title).</summary>
    private static string Title(ApiContext c, string? title, string id) => title ?? Lead(c.Services.Lead(c.Store, id) ?? id);

    private static string Lead(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= 100) return text;
        int cut = text.LastIndexOf(' ', 100);
        return text[..(cut > 40 ? cut : 100)] + " …";
    }

    private static string DocUrl(string id) => "/documents/" + Html.Segment(id);
    private static string EntityUrl(string id) => "/entities/" + Html.Segment(id);
    private static string StoryUrl(string id) => "/stories/" + Html.Segment(id);

    private static Raw EntityLink(string? id, string name) =>
        id is null ? new Html().Text(name).ToRaw() : new Html().Add($"<a href=\"{EntityUrl(id)}\">{name}</a>").ToRaw();

    private static Raw Pager(HttpContext http, string? next)
    {
        if (next is null) return default;
        var query = http.Request.Query.Where(kv => kv.Key != "cursor").Select(kv => (kv.Key, (object?)kv.Value.ToString())).Append(("cursor", next)).ToArray();
        return new Html().Add($"<nav class=\"pager\"><a rel=\"next\" href=\"{Html.Url(http.Request.Path, query)}\">Next page →</a></nav>").ToRaw();
    }

    private static Raw Options(IEnumerable<(string Value, string Label)> options, string? selected, string anyLabel)
    {
        var h = new Html();
        h.Add($"<option value=\"\">{anyLabel}</option>");
        foreach (var (value, label) in options)
            h.Add($"<option value=\"{value}\"{new Raw(string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{label}</option>");
        return h.ToRaw();
    }

    /// <summary>Deduplicated events as expandable entries: date, type, who → whom and the claims; inside, evidence
    /// sentences (every language first) with the trigger marked and a link to the article.</summary>
    private static Raw EventList(ApiContext c, IReadOnlyList<StoredEventCluster> clusters, int evidence = 12)
    {
        var h = new Html();
        h.Add(new Raw("<ol class=\"events\">"));
        var mentions = c.Store.ClusterEvents(clusters.Select(x => x.Id).ToList(), 3 * evidence);
        foreach (var cl in clusters)
        {
            var modality = EventClusterText.MainModality(cl);
            string date = cl.DateStart is null ? "undated" : cl.DateEnd is { } end && end != cl.DateStart ? $"{cl.DateStart} – {end}" : cl.DateStart;
            h.Add($"<li id=\"c{cl.Id}\" class=\"event {Charts.Css("t-", cl.Type)} {Charts.Css("m-", modality)}\"><details><summary>");
            h.Add($"<span class=\"date\">{date}{new Raw(cl.DateFromDocument ? " <small>(article date)</small>" : "")}</span> ");
            h.Add($"<span class=\"type\">{cl.Type}{(cl.Mode is null ? "" : "/" + cl.Mode)}</span> ");
            h.Add($"<span class=\"who\">{EntityLink(cl.Source?.Id, cl.Source?.Name ?? "–")} → {EntityLink(cl.Target?.Id, cl.Target?.Name ?? "–")}</span> ");
            h.Add($"<span class=\"modality\">{modality}</span> ");
            h.Add($"<span class=\"claims\">{EventClusterText.ClaimSummary(cl)}</span> ");
            h.Add($"<span class=\"counts\">{cl.Mentions} mention{(cl.Mentions == 1 ? "" : "s")} · {cl.Sources} source{(cl.Sources == 1 ? "" : "s")} · {string.Join(" ", cl.Languages)}</span>");
            h.Add(new Raw("</summary><ul class=\"evidence\">"));
            foreach (var e in ApiJson.EvidenceSample(mentions[cl.Id], evidence))
                h.Add($"<li lang=\"{e.Language}\"><span class=\"lang\">{e.Language}</span> <q>{Html.Marked(e.Sentence, e.TriggerStart, e.TriggerEnd)}</q> " +
                      $"<span class=\"muted\">{AnnotationJson.ModalityName(e.Modality)}{(e.AttributedTo is { } by ? " by " + by.Name : "")}{(e.Negated ? ", negated" : "")}</span> " +
                      $"<a href=\"{DocUrl(e.DocumentId)}\">{Title(c, e.Title, e.DocumentId)}</a> <span class=\"muted\">{Date(e.Published, e.PublishedInferred)}</span></li>");
            h.Add(new Raw("</ul></details></li>"));
        }
        return h.Add(new Raw("</ol>")).ToRaw();
    }

    private static Raw Legend(IEnumerable<string> types)
    {
        var h = new Html();
        h.Add(new Raw("<p class=\"legend\">"));
        foreach (var t in types) h.Add($"<span class=\"swatch {Charts.Css("t-", t)}\">{t}</span> ");
        h.Add(new Raw("<span class=\"key\">● asserted</span> <span class=\"key\">◌ reported (dashed)</span> <span class=\"key\">○ planned, hypothetical</span> <span class=\"key\">⊗ denied</span></p>"));
        return h.ToRaw();
    }
}
