using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Web;

public static partial class Pages
{
    /// <summary>Search with facets (language, dates, entity, event type); with nothing asked, the latest stories.</summary>
    private static (string, Raw) Search(ApiContext c)
    {
        var a = c.Args;
        string? q = a.Str("q"), lang = a.Language(), entityText = a.Str("entity"), eventType = a.EventType("event_type");
        var (from, to) = a.Dates();
        bool dups = a.Bool("include_duplicates");
        var stats = c.Services.Stats(c.Store);
        var h = new Html();
        h.Add($"""
            <form class="search" method="get" action="/">
              <input type="search" name="q" value="{q}" placeholder="visita Pyongyang, "Corea del Nord", Putin OR Kim" aria-label="search words">
              <button type="submit">Search</button>
              <fieldset class="facets">
                <label>Language <select name="lang">{Options(stats.ByLanguage.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, $"{kv.Key} ({kv.Value:N0})")), lang, "any")}</select></label>
                <label>From <input type="date" name="from" value="{from}"></label>
                <label>To <input type="date" name="to" value="{to}"></label>
                <label>Entity <input type="text" name="entity" value="{entityText}" placeholder="Russia, Corea del Nord, person:kim-jong-un"></label>
                <label>Event type <select name="event_type">{Options(stats.EventsByType.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, $"{kv.Key} ({kv.Value:N0})")), eventType, "any")}</select></label>
              </fieldset>
            </form>
            """);
        if (q is null && entityText is null && eventType is null)
        {
            h.Add($"<p class=\"muted\">{stats.Documents:N0} documents in {stats.ByLanguage.Count} languages, {stats.Events:N0} events" +
                  $"{(stats.FirstPublished is { } f ? $", published {f:yyyy-MM-dd} … {stats.LastPublished:yyyy-MM-dd}" : "")}.</p>");
            var stories = c.Store.Stories(new StoryQuery { Limit = 10 });
            if (stories.Count > 0)
            {
                h.Add(new Raw("<h2>Latest stories</h2>"));
                h.Add(StoryList(stories));
                h.Add(new Raw("<p><a href=\"/stories\">All stories →</a></p>"));
            }
            return ("Search", h.ToRaw());
        }
        var entity = c.Entity("entity");
        var (_, offset) = a.Page();
        const int limit = 20;
        var hits = c.Store.Search(new SearchRequest
        {
            Query = q ?? "", Language = lang, From = from, To = to, EntityId = entity, EventType = eventType, IncludeDuplicates = dups, Limit = limit, Offset = offset,
        });
        h.Add($"<p class=\"summary\">{(hits.Count == 0 && offset == 0 ? "No documents" : $"Documents {offset + 1}–{offset + hits.Count}")}" +
              $"{(q is null ? "" : $" matching “{q}”")}{(entity is null ? new Raw("") : new Html().Add($" mentioning <a href=\"{EntityUrl(entity)}\">{c.Services.EntityName(c.Store, entity)}</a>").ToRaw())}" +
              $"{(eventType is null ? "" : $" with a {eventType} event")}{(lang is null ? "" : $" in {lang}")}.</p>");
        h.Add(new Raw("<ol class=\"hits\">"));
        foreach (var hit in hits)
            h.Add($"<li><a class=\"title\" href=\"{DocUrl(hit.Id)}\">{Title(c, hit.Title, hit.Id)}</a>" +
                  $"<div class=\"meta\"><span class=\"lang\">{hit.Language}</span> {Date(hit.Published, hit.PublishedInferred)}{(hit.Copies > 1 ? $" · {hit.Copies} copies" : "")} · {Path.GetFileName(hit.Source)}</div>" +
                  $"<p class=\"snippet\">{Html.Snippet(hit.Snippet)}</p></li>");
        h.Add(new Raw("</ol>"));
        h.Add(Pager(c.Http, QueryArgs.NextCursor(offset, limit, hits.Count)));
        return (q ?? "Search", h.ToRaw());
    }

    private static Raw StoryList(IReadOnlyList<StoredStory> stories)
    {
        var h = new Html();
        h.Add(new Raw("<ol class=\"stories\">"));
        foreach (var s in stories)
            h.Add($"<li><a class=\"title\" href=\"{StoryUrl(s.Id)}\">{s.Title}</a><div class=\"meta\">{s.Size} article{(s.Size == 1 ? "" : "s")} · " +
                  $"{string.Join(" ", s.Languages.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}:{kv.Value}"))} · " +
                  $"{s.FirstSeen?.ToString("yyyy-MM-dd") ?? "undated"}{(s.LastSeen is { } l && l != s.FirstSeen ? $" … {l:yyyy-MM-dd}" : "")}</div></li>");
        return h.Add(new Raw("</ol>")).ToRaw();
    }

    private static (string, Raw) DocumentPage(ApiContext c)
    {
        var id = c.Route("id");
        var d = c.Store.Get(id) ?? throw ApiException.NotFound($"no document '{id}'");
        var h = new Html();
        var heading = d.Headline ?? d.Title ?? Lead(d.Text);
        h.Add($"<article class=\"document\"><h1>{heading}</h1><div class=\"meta\"><span class=\"lang\">{d.Language}</span> {Date(d.Published, d.PublishedInferred)}");
        if (d.Outlet is { } outlet) h.Add($" · {outlet}");
        if (Html.SafeHref(d.Url) is { } href) h.Add($" · <a href=\"{href}\" rel=\"noopener noreferrer nofollow\">original</a>");
        else if (d.Url is { } url) h.Add($" · {url}");
        h.Add($" · <span class=\"muted\">{d.Id}</span>");
        if (d.Title is { } given && given != heading) h.Add($" · <span class=\"muted\">title in the source: {given}</span>");
        if (d.DuplicateOf is { } dup) h.Add($" · copy of <a href=\"{DocUrl(dup)}\">{dup}</a>");
        if (c.Store.HasColumn("documents", "story_id") && c.Store.DocumentStory(d.Id) is { } story) h.Add($" · <a href=\"{StoryUrl(story)}\">story</a>");
        h.Add(new Raw("</div>"));

        var detail = Api.Document(c.Store, id)!;
        if (detail.Entities is { ValueKind: System.Text.Json.JsonValueKind.Array } entities && entities.GetArrayLength() > 0)
        {
            h.Add(new Raw("<h2>Entities</h2><p class=\"chips\">"));
            foreach (var e in entities.EnumerateArray().OrderByDescending(e => e.TryGetProperty("mentions", out var m) ? m.GetArrayLength() : 0).Take(40))
                if (e.TryGetProperty("id", out var eid) && eid.GetString() is { } entityId)
                    h.Add($"<a class=\"chip\" href=\"{EntityUrl(entityId)}\">{e.GetProperty("name").GetString()} <small>{(e.TryGetProperty("mentions", out var m) ? m.GetArrayLength() : 0)}</small></a> ");
            h.Add(new Raw("</p>"));
        }
        var events = c.Store.Events(new EventQuery { DocumentId = d.Id, IncludeDuplicates = true, Limit = 500 });
        if (events.Count > 0)
        {
            h.Add($"<h2>Events ({events.Count})</h2><ul class=\"evidence\">");
            foreach (var e in events)
                h.Add($"<li><span class=\"type {Charts.Css("t-", e.Type)}\">{e.Type}{(e.Mode is null ? "" : "/" + e.Mode)}</span> {EntityLink(e.Source?.Id, e.Source?.Name ?? "–")} → {EntityLink(e.Target?.Id, e.Target?.Name ?? "–")} " +
                      $"<span class=\"muted\">{e.DateStart ?? "undated"} · {AnnotationJson.ModalityName(e.Modality)}{(e.AttributedTo is { } by ? " by " + by.Name : "")}</span><br><q>{Html.Marked(e.Sentence, e.TriggerStart, e.TriggerEnd)}</q></li>");
            h.Add(new Raw("</ul>"));
        }
        h.Add(new Raw("<h2>Text</h2><div class=\"text\">"));
        foreach (var para in d.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            h.Add($"<p>{para}</p>");
        h.Add(new Raw("</div></article>"));
        return (heading, h.ToRaw());
    }

    private static (string, Raw) StoriesPage(ApiContext c)
    {
        var (from, to) = c.Args.Dates();
        var (_, offset) = c.Args.Page();
        const int limit = 30;
        var stories = c.Store.Stories(new StoryQuery { From = from, To = to, Language = c.Args.Language(), EntityId = c.Entity("entity"), Limit = limit, Offset = offset });
        var h = new Html();
        h.Add($"""
            <h1>Stories</h1>
            <form class="inline" method="get" action="/stories">
              <label>From <input type="date" name="from" value="{from}"></label> <label>To <input type="date" name="to" value="{to}"></label>
              <label>Entity <input type="text" name="entity" value="{c.Args.Str("entity")}"></label> <button type="submit">Filter</button>
            </form>
            """);
        if (stories.Count == 0) h.Add(new Raw("<p class=\"muted\">No stories.</p>"));
        h.Add(StoryList(stories));
        h.Add(Pager(c.Http, QueryArgs.NextCursor(offset, limit, stories.Count)));
        return ("Stories", h.ToRaw());
    }

    /// <summary>A story: its entities, its articles grouped by language, its timeline.</summary>
    private static (string, Raw) StoryPage(ApiContext c)
    {
        var id = c.Route("id");
        var s = c.Store.GetStory(id) ?? throw ApiException.NotFound($"no story '{id}'");
        var docs = c.Store.StoryDocuments(s.Id, 500);
        var h = new Html();
        h.Add($"<h1>{s.Title}</h1><div class=\"meta\">{s.Size} article{(s.Size == 1 ? "" : "s")} · {s.FirstSeen?.ToString("yyyy-MM-dd") ?? "undated"}" +
              $"{(s.LastSeen is { } l && l != s.FirstSeen ? $" … {l:yyyy-MM-dd}" : "")}{(s.Open ? " · open" : "")}{(s.Outlets.Count > 0 ? " · " + string.Join(", ", s.Outlets) : "")}</div>");
        if (s.Entities.Count > 0)
        {
            h.Add(new Raw("<h2>Entities</h2><p class=\"chips\">"));
            foreach (var e in s.Entities) h.Add($"<a class=\"chip\" href=\"{EntityUrl(e.Id)}\">{c.Services.EntityName(c.Store, e.Id)}</a> ");
            h.Add(new Raw("</p>"));
        }
        h.Add(new Raw("<h2>Articles</h2><div class=\"columns\">"));
        foreach (var group in docs.GroupBy(d => d.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            h.Add($"<section class=\"by-lang\" lang=\"{group.Key}\"><h3><span class=\"lang\">{group.Key}</span> {group.Count()} article{(group.Count() == 1 ? "" : "s")}</h3><ul>");
            foreach (var d in group)
                h.Add($"<li><a href=\"{DocUrl(d.Id)}\">{Title(c, d.Title, d.Id)}</a> <span class=\"muted\">{Date(d.Published, d.PublishedInferred)}{(d.Outlet is { } o ? " · " + o : "")}{(d.DuplicateOf is null ? "" : " · copy")}</span></li>");
            h.Add(new Raw("</ul></section>"));
        }
        h.Add(new Raw("</div>"));
        var clusters = c.Store.EventClusters(new EventClusterQuery { StoryId = s.Id, IncludeDocumentScoped = false, Limit = 100 });
        h.Add($"<h2>Timeline ({clusters.Count} events)</h2>");
        if (clusters.Count > 0)
        {
            h.Add(Charts.TimelineAxis(clusters.Select(x => (x, EventClusterText.MainModality(x))).ToList()));
            h.Add(Legend(clusters.Select(x => x.Type).Distinct().Order()));
            h.Add(EventList(c, clusters, evidence: 6));
        }
        return (s.Title, h.ToRaw());
    }

    /// <summary>An entity: aliases per language, mentions over time, co-occurring entities, events as source and as target.</summary>
    private static (string, Raw) EntityPage(ApiContext c)
    {
        var id = Api.EntityOfPath(c.Store, c.Route("id"));
        var e = Api.Entity(c.Store, id);
        var h = new Html();
        h.Add($"<h1>{e.Name}</h1><div class=\"meta\"><span class=\"muted\">{e.Id}</span> · {e.Type}{(e.Kind is null ? "" : " · " + e.Kind)}" +
              $"{(e.Country is null ? "" : " · " + e.Country)}{(e.Lat is { } lat && e.Lon is { } lon ? $" · {lat:0.###}, {lon:0.###}" : "")}{(e.Qid is null ? "" : " · " + e.Qid)}" +
              $"{(e.StandsFor is null ? "" : " · stands for " + e.StandsFor)} · {e.Documents:N0} documents, {e.Mentions:N0} mentions · <a href=\"{Html.Url("/timeline", ("actor", e.Id))}\">timeline</a>" +
              $" · <a href=\"{Html.Url("/", ("entity", e.Id))}\">documents</a></div>");
        if (e.Aliases.Count > 0)
        {
            h.Add(new Raw("<h2>Names</h2><dl class=\"aliases\">"));
            var main = e.Aliases.Where(kv => MainLanguages.Contains(kv.Key) || kv.Key == "*").OrderBy(kv => kv.Key == "*" ? "zz" : kv.Key).ToList();
            foreach (var (lang, names) in main) h.Add($"<dt>{(lang == "*" ? "any" : lang)}</dt><dd>{string.Join(" · ", names.Take(12))}</dd>");
            h.Add(new Raw("</dl>"));
            var others = e.Aliases.Where(kv => !MainLanguages.Contains(kv.Key) && kv.Key != "*").ToList();
            if (others.Count > 0)
            {
                h.Add($"<details><summary>{others.Count} more languages</summary><dl class=\"aliases\">");
                foreach (var (lang, names) in others) h.Add($"<dt>{lang}</dt><dd>{string.Join(" · ", names.Take(6))}</dd>");
                h.Add(new Raw("</dl></details>"));
            }
        }
        h.Add(new Raw("<h2>Mentions over time</h2>"));
        h.Add(Charts.MentionsChart(c.Store.EntityMentionsByMonth(id)));
        var co = c.Store.CoOccurringEntities(id, 500, 20);
        if (co.Count > 0)
        {
            h.Add(new Raw("<h2>Named with</h2><p class=\"chips\">"));
            foreach (var x in co) h.Add($"<a class=\"chip\" href=\"{EntityUrl(x.Id)}\">{x.Name} <small>{x.Documents}</small></a> ");
            h.Add(new Raw("</p>"));
        }
        h.Add(new Raw("<div class=\"columns\">"));
        foreach (var (label, query) in new[] { ("Events as source", new EventQuery { Source = id, Limit = 20 }), ("Events as target", new EventQuery { Target = id, Limit = 20 }) })
        {
            var events = c.Store.Events(query);
            h.Add($"<section><h2>{label}</h2>");
            if (events.Count == 0) h.Add(new Raw("<p class=\"muted\">None.</p>"));
            h.Add(new Raw("<ul class=\"evidence\">"));
            foreach (var ev in events)
                h.Add($"<li><span class=\"type {Charts.Css("t-", ev.Type)}\">{ev.Type}{(ev.Mode is null ? "" : "/" + ev.Mode)}</span> {EntityLink(ev.Source?.Id, ev.Source?.Name ?? "–")} → {EntityLink(ev.Target?.Id, ev.Target?.Name ?? "–")} " +
                      $"<span class=\"muted\">{ev.DateStart ?? "undated"} · {AnnotationJson.ModalityName(ev.Modality)}</span><br><q>{Html.Marked(ev.Sentence, ev.TriggerStart, ev.TriggerEnd)}</q> <a href=\"{DocUrl(ev.DocumentId)}\">article</a></li>");
            h.Add(new Raw("</ul></section>"));
        }
        h.Add(new Raw("</div><h2>Latest documents</h2><ul>"));
        foreach (var d in c.Store.EntityDocuments(id, 15))
            h.Add($"<li><a href=\"{DocUrl(d.Id)}\">{Title(c, d.Title, d.Id)}</a> <span class=\"muted\"><span class=\"lang\">{d.Language}</span> {Date(d.Published, d.PublishedInferred)} · {d.Mentions}×</span></li>");
        h.Add(new Raw("</ul>"));
        return (e.Name, h.ToRaw());
    }

    /// <summary>The timeline of one actor or a pair: a time axis, then each event expandable to its evidence.</summary>
    private static (string, Raw) TimelinePage(ApiContext c)
    {
        var a = c.Args;
        var (from, to) = a.Dates();
        string? actorText = a.Str("actor"), actor2Text = a.Str("actor2"), type = a.EventType("type");
        bool all = a.Bool("all");
        var h = new Html();
        h.Add($"""
            <h1>Timeline</h1>
            <form class="inline" method="get" action="/timeline">
              <label>Actor <input type="text" name="actor" value="{actorText}" placeholder="Russia" required></label>
              <label>and <input type="text" name="actor2" value="{actor2Text}" placeholder="Corea del Nord (optional)"></label>
              <label>Type <input type="text" name="type" value="{type}" placeholder="CONSULT" size="10"></label>
              <label>From <input type="date" name="from" value="{from}"></label> <label>To <input type="date" name="to" value="{to}"></label>
              <button type="submit">Show</button>
            </form>
            """);
        if (actorText is null)
        {
            h.Add($"<p class=\"muted\">Deduplicated events of one actor, or between two, by event date. For example: <a href=\"{Html.Url("/timeline", ("actor", "Russia"), ("actor2", "North Korea"))}\">Russia and North Korea</a>.</p>");
            return ("Timeline", h.ToRaw());
        }
        var actor = c.Entity("actor")!;
        var actor2 = c.Entity("actor2");
        var (_, offset) = a.Page();
        const int limit = 100;
        var clusters = c.Store.EventClusters(new EventClusterQuery { Actor = actor, Actor2 = actor2, Type = type, From = from, To = to, IncludeDocumentScoped = all, Limit = limit, Offset = offset });
        h.Add($"<p class=\"summary\">{clusters.Count} event{(clusters.Count == 1 ? "" : "s")} of <a href=\"{EntityUrl(actor)}\">{c.Services.EntityName(c.Store, actor)}</a>" +
              $"{(actor2 is null ? new Raw("") : new Html().Add($" with <a href=\"{EntityUrl(actor2)}\">{c.Services.EntityName(c.Store, actor2)}</a>").ToRaw())}" +
              $", by event date{(offset > 0 ? $" (from #{offset + 1})" : "")}. Expand an event for its evidence.</p>");
        if (clusters.Count > 0)
        {
            h.Add(Charts.TimelineAxis(clusters.Select(x => (x, EventClusterText.MainModality(x))).ToList()));
            h.Add(Legend(clusters.Select(x => x.Type).Distinct().Order()));
            h.Add(EventList(c, clusters));
        }
        h.Add(Pager(c.Http, QueryArgs.NextCursor(offset, limit, clusters.Count)));
        return ("Timeline", h.ToRaw());
    }

    private static (string, Raw) MapPage(ApiContext c)
    {
        var (from, to) = c.Args.Dates();
        var places = c.Services.Places(c.Store, from, to, 500);
        var h = new Html();
        h.Add($"""
            <h1>Map of events</h1>
            <form class="inline" method="get" action="/map">
              <label>From <input type="date" name="from" value="{from}"></label> <label>To <input type="date" name="to" value="{to}"></label> <button type="submit">Show</button>
            </form>
            <p class="muted">Places where events happened (circles sized by events), on an equirectangular grid with the countries as grey points.</p>
            """);
        h.Add(Charts.WorldMap(places));
        if (places.Count > 0)
        {
            h.Add(new Raw("<table class=\"places\"><thead><tr><th>place</th><th>country</th><th>events</th></tr></thead><tbody>"));
            foreach (var p in places.Take(50))
                h.Add($"<tr><td><a href=\"{EntityUrl(p.Id)}\">{p.Name}</a></td><td>{p.Country}</td><td>{p.Events}</td></tr>");
            h.Add(new Raw("</tbody></table>"));
        }
        return ("Map", h.ToRaw());
    }
}
