using Microsoft.Playwright;

namespace Cronista.Web.Tests;

/// <summary>The web UI in a real browser (headless Chromium through Playwright) over the analysed samples.</summary>
[Collection("browser")]
public sealed class BrowserTests(BrowserFixture fixture)
{
    private async Task Shot(IPage page, string name)
    {
        var path = fixture.ScreenshotPath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    /// <summary>Nothing wider than the window (pages must work at a phone's width).</summary>
    private static async Task AssertNoHorizontalScroll(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{page.Url} scrolls sideways");

    /// <summary>Waits for a navigation by the page's URL, then for an element of the new page. (WaitForURLAsync also waits
    /// for the page's load event, and under a loaded machine it has waited 180 s for one that had already fired.)</summary>
    private static async Task ArrivedAt(IPage page, Func<string, bool> url, string selector)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the page never reached the expected URL (at {page.Url})");
            await Task.Delay(50);
        }
        await page.Locator(selector).First.WaitForAsync();
    }

    [BrowserFact]
    public async Task SearchWithFacets()
    {
        var page = await fixture.Open("/");
        await page.FillAsync("input[name=q]", "visita");
        await page.SelectOptionAsync("select[name=lang]", "es");
        await page.ClickAsync("form.search button[type=submit]");
        await ArrivedAt(page, url => url.Contains("q=visita") && url.Contains("lang=es"), "ol.hits");
        var hits = page.Locator("ol.hits > li");
        Assert.True(await hits.CountAsync() >= 1);
        foreach (var lang in await page.Locator("ol.hits .meta .lang").AllInnerTextsAsync()) Assert.Equal("ES", lang.ToUpperInvariant());
        Assert.True(await page.Locator("ol.hits mark").CountAsync() >= 1); // matched words highlighted
        await page.Locator("ol.hits a.title").First.ClickAsync();
        await ArrivedAt(page, url => url.Contains("/documents/"), "article.document");
        Assert.True(await page.Locator("article.document .text p").CountAsync() > 0);

        page = await fixture.Open("/?q=visita");
        await Shot(page, "search.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task StoryShowsArticlesByLanguageAndItsTimeline()
    {
        var page = await fixture.Open("/");
        // A story told in both languages (on the samples: Putin's visit, it + es).
        await page.Locator("ol.stories li", new() { HasText = "es:" }).Filter(new() { HasText = "it:" }).First.Locator("a.title").ClickAsync();
        await ArrivedAt(page, url => url.Contains("/stories/"), "section.by-lang");
        var languages = await page.Locator("section.by-lang h3 .lang").AllInnerTextsAsync();
        Assert.Equal(["ES", "IT"], languages.Select(l => l.ToUpperInvariant()).Order());
        Assert.True(await page.Locator("section.by-lang li a").CountAsync() >= 2);
        Assert.True(await page.Locator("ol.events > li.event").CountAsync() > 0);
        Assert.True(await page.Locator("svg.axis-chart circle").CountAsync() > 0);
        await Shot(page, "story.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task RussiaNorthKoreaTimelineExpandsToItalianAndSpanishEvidence()
    {
        var page = await fixture.Open("/timeline");
        await page.FillAsync("input[name=actor]", "Russia");
        await page.FillAsync("input[name=actor2]", "Corea del Nord");
        await page.ClickAsync("form.inline button[type=submit]");
        await ArrivedAt(page, url => url.Contains("/timeline?actor=Russia"), "li.event");

        var visit = page.Locator("li.event", new() { HasText = "2024-06-18" }).Filter(new() { HasText = "CONSULT/visit" });
        Assert.Equal(1, await visit.CountAsync());
        var evidence = visit.Locator("ul.evidence li");
        Assert.False(await evidence.First.IsVisibleAsync()); // collapsed until expanded
        await visit.Locator("summary").ClickAsync();
        Assert.True(await evidence.First.IsVisibleAsync());
        var langs = (await visit.Locator("ul.evidence li .lang").AllInnerTextsAsync()).Select(l => l.ToLowerInvariant()).Distinct().Order().ToList();
        Assert.Equal(["es", "it"], langs);
        Assert.True(await visit.Locator("ul.evidence mark").CountAsync() >= 2); // the trigger is highlighted
        var link = visit.Locator("ul.evidence a[href^='/documents/']").First;
        Assert.True(await link.IsVisibleAsync());

        // Reported and denied events look different from asserted ones.
        var denied = page.Locator("li.event.m-denied").First;
        Assert.True(await denied.CountAsync() > 0);
        Assert.Contains("line-through", await denied.Locator(".who").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        var asserted = page.Locator("li.event.m-asserted").First;
        Assert.NotEqual(await asserted.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle"),
                        await denied.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle"));

        await link.ClickAsync();
        await ArrivedAt(page, url => url.Contains("/documents/"), "article.document");
        Assert.True(await page.Locator("article.document h1").IsVisibleAsync());

        page = await fixture.Open("/timeline?actor=Russia&actor2=North%20Korea&from=2024-06-01&to=2024-06-30");
        await page.Locator("li.event", new() { HasText = "2024-06-18" }).Filter(new() { HasText = "CONSULT/visit" }).Locator("summary").ClickAsync();
        await Shot(page, "timeline.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task EntityAndMapPages()
    {
        var page = await fixture.Open("/entities/" + Uri.EscapeDataString("country:KP"));
        Assert.Equal("North Korea", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Corea del Norte", await page.Locator("dl.aliases").First.InnerTextAsync());
        Assert.True(await page.Locator("svg.chart rect").CountAsync() > 0);
        Assert.True(await page.Locator("p.chips a.chip").CountAsync() > 0);
        await Shot(page, "entity.png");
        page = await fixture.Open("/map");
        Assert.True(await page.Locator("svg.map a circle").CountAsync() >= 1);
        await Shot(page, "map.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task PagesFitAPhone()
    {
        foreach (var (path, name) in new[] { ("/?q=visita", "phone-search.png"), ("/timeline?actor=Russia&actor2=North%20Korea", "phone-timeline.png"),
                     ("/entities/country%3AKP", null), ("/map", null), ("/stories", null) })
        {
            var page = await fixture.Open(path, 390, 844);
            await AssertNoHorizontalScroll(page);
            if (name is not null) await Shot(page, name);
            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ArticleScriptsNeverRun()
    {
        var dialogs = new List<string>();
        var page = await fixture.Browser.NewPageAsync();
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        foreach (var path in new[] { "/documents/hostile-1", "/?q=Fine", "/?q=bold", "/timeline?actor=Russia&actor2=North%20Korea" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.False(await page.EvaluateAsync<bool>("() => window.pwned === true"), path);
            Assert.NotEqual("pwned", await page.TitleAsync());
            Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        }
        await page.GotoAsync(fixture.BaseUrl + "/documents/hostile-1");
        Assert.Equal(BrowserFixture.HostileTitle, await page.Locator("h1").InnerTextAsync()); // shown as text, exactly
        Assert.Contains("<script>window.pwned = true; alert('xss')</script>", await page.Locator(".text").InnerTextAsync());
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }
}
