using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cronista.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cronista.Tests.Web;

/// <summary>The JSON API through the in-process test host, over the analysed samples.</summary>
[Collection("web")]
public sealed class ApiTests(WebFixture fixture) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _app = WebFixture.Start(new WebOptions { DatabasePath = fixture.Database, ReadOnly = true });
        _client = _app.GetTestClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> Get(string url)
    {
        var r = await _client.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {body}");
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<JsonElement> Problem(string url, HttpStatusCode status)
    {
        var r = await _client.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"{url}: {(int)r.StatusCode} {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, p.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("detail").GetString()));
        return p;
    }

    private static List<string?> Strings(JsonElement array, string property) => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    [Fact]
    public async Task HealthAndStats()
    {
        var h = await Get("/api/health");
        Assert.Equal("ok", h.GetProperty("status").GetString());
        Assert.Equal(6, h.GetProperty("documents").GetInt64());
        Assert.True(h.GetProperty("read_only").GetBoolean());
        var s = await Get("/api/stats");
        Assert.Equal(4, s.GetProperty("by_language").GetProperty("it").GetInt64());
        Assert.True(s.GetProperty("events_by_type").GetProperty("CONSULT").GetInt64() > 0);
        Assert.Equal("2024-06-17", s.GetProperty("first_published").GetString());
    }

    [Fact]
    public async Task SearchFiltersAndPages()
    {
        var all = await Get("/api/documents?q=visita");
        var items = all.GetProperty("items");
        Assert.True(items.GetArrayLength() >= 3);
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("lang").GetString() == "es"); // visita finds visitará/visita in Spanish too
        Assert.Contains("[visit", items[0].GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase); // matches marked as in the CLI

        var it = await Get("/api/documents?q=visita&lang=it");
        Assert.All(it.GetProperty("items").EnumerateArray(), i => Assert.Equal("it", i.GetProperty("lang").GetString()));

        var byEntity = await Get("/api/documents?entity=Pionyang&from=2024-06-01&to=2024-06-30");
        Assert.All(byEntity.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("2024-06", i.GetProperty("published").GetString()));
        Assert.True(byEntity.GetProperty("items").GetArrayLength() >= 1);

        var byType = await Get("/api/documents?event_type=consult&lang=es");
        Assert.Equal(2, byType.GetProperty("items").GetArrayLength());

        // Pages of one, following next_cursor, list each document once and end with a null cursor.
        var seen = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await Get("/api/documents?q=visita&limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(Strings(page.GetProperty("items"), "id"));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null && seen.Count < 20);
        Assert.Equal(Strings(items, "id"), seen);
    }

    [Theory]
    [InlineData("/api/documents?q=visita&from=June")]
    [InlineData("/api/documents?q=visita&from=2024-07-01&to=2024-06-01")]
    [InlineData("/api/documents?q=visita&limit=0")]
    [InlineData("/api/documents?q=visita&limit=abc")]
    [InlineData("/api/documents?q=visita&cursor=bogus")]
    [InlineData("/api/documents?q=visita&lang=italian")]
    [InlineData("/api/documents?q=visita&q=putin")]
    [InlineData("/api/documents?q=visita&color=red")]
    [InlineData("/api/documents")]
    [InlineData("/api/documents?entity=Qwxzyv%20Plorkt")]
    [InlineData("/api/events?modality=rumoured")]
    [InlineData("/api/events?type=CONSULT;DROP%20TABLE")]
    [InlineData("/api/timeline")]
    [InlineData("/api/timeline?actor=Russia&include_duplicates=maybe")]
    [InlineData("/api/entities")]
    public async Task BadParametersAreProblemDetails(string url) => await Problem(url, HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/documents/nope")]
    [InlineData("/api/entities/Qwxzyv%20Plorkt")]
    [InlineData("/api/stories/s000")]
    [InlineData("/api/nothing-here")]
    public async Task UnknownThingsAre404(string url) => await Problem(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task DocumentWithItsAnalysis()
    {
        var hit = (await Get("/api/documents?q=Vladivostok&lang=it")).GetProperty("items")[0];
        var d = await Get("/api/documents/" + hit.GetProperty("id").GetString());
        Assert.Contains("Vladivostok", d.GetProperty("text").GetString());
        Assert.Equal("it", d.GetProperty("lang").GetString());
        Assert.Contains(d.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "country:KP");
        var visit = d.GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "CONSULT");
        Assert.True(visit.TryGetProperty("event_cluster", out _));
        Assert.True(d.GetProperty("times").GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(d.GetProperty("story_id").GetString()));
    }

    [Fact]
    public async Task Entities()
    {
        var found = await Get("/api/entities?q=korea");
        Assert.Contains("country:KP", Strings(found.GetProperty("items"), "id"));

        // A name in any language resolves to the same entity; aliases come per language.
        foreach (var name in new[] { "country:KP", "Corea%20del%20Nord", "Corea%20del%20Norte" })
        {
            var e = await Get("/api/entities/" + name);
            Assert.Equal("country:KP", e.GetProperty("id").GetString());
            Assert.Contains("Corea del Norte", e.GetProperty("aliases").GetProperty("es").EnumerateArray().Select(x => x.GetString()));
            Assert.True(e.GetProperty("documents").GetInt32() >= 5);
        }
        var months = (await Get("/api/entities/country:KP/mentions")).EnumerateArray().ToList();
        Assert.Contains(months, m => m.GetProperty("month").GetString() == "2024-06" && m.GetProperty("documents").GetInt32() >= 2);
        Assert.Equal(months.Select(m => m.GetProperty("month").GetString()).Order(StringComparer.Ordinal), months.Select(m => m.GetProperty("month").GetString()));
        var co = await Get("/api/entities/country:KP/cooccurring?limit=10");
        Assert.Contains("country:RU", Strings(co, "id"));
        var docs = await Get("/api/entities/person:kim-jong-un/documents?limit=2");
        Assert.Equal(2, docs.GetProperty("items").GetArrayLength());
        Assert.NotNull(docs.GetProperty("next_cursor").GetString());
    }

    [Fact]
    public async Task EventsAndTimeline()
    {
        var events = (await Get("/api/events?actor=Russia&type=CONSULT&limit=50")).GetProperty("items");
        Assert.True(events.GetArrayLength() > 0);
        foreach (var e in events.EnumerateArray())
        {
            Assert.Equal("CONSULT", e.GetProperty("type").GetString());
            var evidence = e.GetProperty("evidence").GetString()!;
            Assert.Equal(e.GetProperty("trigger").GetString(), evidence[e.GetProperty("trigger_start").GetInt32()..e.GetProperty("trigger_end").GetInt32()]);
        }
        var denied = (await Get("/api/events?modality=denied")).GetProperty("items");
        Assert.All(denied.EnumerateArray(), e => Assert.Equal("denied", e.GetProperty("modality").GetString()));

        var t = await Get("/api/timeline?actor=Russia&actor2=Corea%20del%20Nord&from=2024-06-01&to=2024-06-30");
        Assert.Equal("country:RU", t.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("country:KP", t.GetProperty("actor2").GetProperty("id").GetString());
        var visit = t.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "CONSULT" && e.GetProperty("mode").GetString() == "visit"
                                                                         && e.GetProperty("date").GetProperty("start").GetString() == "2024-06-18");
        Assert.True(visit.GetProperty("mentions").GetInt32() >= 9);
        Assert.Equal(["es", "it"], visit.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var langs = visit.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("lang").GetString()).Distinct().Order().ToList();
        Assert.Equal(["es", "it"], langs);
        Assert.Contains(t.GetProperty("items").EnumerateArray(), e => e.GetProperty("modality").GetString() == "denied");
    }

    [Fact]
    public async Task Stories()
    {
        var list = (await Get("/api/stories")).GetProperty("items");
        Assert.True(list.GetArrayLength() >= 1);
        var biggest = list.EnumerateArray().OrderByDescending(s => s.GetProperty("size").GetInt32()).First();
        var s = await Get("/api/stories/" + biggest.GetProperty("id").GetString());
        Assert.Equal(biggest.GetProperty("size").GetInt32(), s.GetProperty("documents").GetArrayLength());
        Assert.True(s.GetProperty("timeline").GetArrayLength() > 0);
        Assert.True(s.GetProperty("events").GetArrayLength() > 0);
        Assert.Contains(s.GetProperty("story").GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "North Korea");
        var places = await Get("/api/places");
        Assert.Contains(places.EnumerateArray(), p => p.GetProperty("id").GetString() == "place:KP:12:pyongyang");
    }

    [Fact]
    public async Task OpenApiDescribesEveryEndpoint()
    {
        var doc = await Get("/openapi.json");
        Assert.StartsWith("3.1", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths");
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!).Where(r => r.StartsWith("/api/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(routes);
        foreach (var route in routes) Assert.True(paths.TryGetProperty(route, out _), $"{route} is not in /openapi.json");
        // Response schemas use the names the API writes.
        var hit = doc.GetProperty("components").GetProperty("schemas").GetProperty("DocumentHit").GetProperty("properties");
        Assert.True(hit.TryGetProperty("published_inferred", out _));
        var search = paths.GetProperty("/api/documents").GetProperty("get").GetProperty("parameters");
        Assert.Contains("cursor", Strings(search, "name"));
    }

    [Fact]
    public async Task HostileTextIsEscapedInJsonAndPages()
    {
        var json = await _client.GetStringAsync("/api/documents/hostile-1");
        Assert.DoesNotContain("<script>", json);
        Assert.Equal(WebFixture.HostileTitle, JsonDocument.Parse(json).RootElement.GetProperty("title").GetString());

        foreach (var url in new[] { "/documents/hostile-1", "/?q=bold", "/?q=Fine" })
        {
            var r = await _client.GetAsync(url);
            var html = await r.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains("&lt;script&gt;", html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>bold", html);
            Assert.DoesNotContain("href=\"javascript:", html); // the bad URL is never a link
            Assert.StartsWith("default-src 'none'", r.Headers.GetValues("Content-Security-Policy").Single()); // and no script may run at all
        }
    }

    [Fact]
    public async Task PagesRender()
    {
        foreach (var url in new[] { "/", "/?q=visita", "/?entity=Pionyang&lang=it", "/stories", "/entities/country:KP", "/entities/Pionyang",
                     "/timeline", "/timeline?actor=Russia&actor2=North%20Korea", "/map", "/static/site.css" })
        {
            var r = await _client.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode}");
        }
        var page = await _client.GetAsync("/?from=June");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("is not a date", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SurvivesMalformedRequests()
    {
        foreach (var url in new[] { "/api/documents?q=%zz%", "/api/documents?q=" + new string('a', 5000), "/api/entities/%C0%AF", "/documents/%E2%80%AE%3Cscript%3E", "/api/documents/%2e%2e%2fetc%2fpasswd",
                     "/api/documents?q=%22unclosed", "/api/documents?q=AND%20OR%20NOT%20(", "/api/timeline?actor=%E2%80%AE" })
        {
            var r = await _client.GetAsync(url);
            Assert.True((int)r.StatusCode is >= 200 and < 500, $"{url}: {(int)r.StatusCode}");
        }
        var post = await _client.PostAsync("/api/health", new StringContent("{"));
        Assert.True((int)post.StatusCode is 404 or 405);
        Assert.Equal("ok", (await Get("/api/health")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task WritesNeedTheKeyAndLandInTheDatabase()
    {
        var options = new WebOptions { DatabasePath = fixture.Copy(), ApiKey = "k3y", MaxBodyBytes = 64 * 1024 };
        await using var app = WebFixture.Start(options);
        var client = app.GetTestClient();
        static StringContent Body(string s, string type = "application/json") => new(s, Encoding.UTF8, type);
        const string doc = """{"id": "api-1", "title": "Lavrov a Pyongyang", "text": "Il ministro degli Esteri russo Sergei Lavrov è arrivato a Pyongyang lunedì per colloqui con Kim Jong-un.", "published": "2024-07-01"}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/documents", Body(doc))).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Body(doc) };
        wrong.Headers.Add("X-Api-Key", "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "k3y");
        var r = await client.PostAsync("/api/documents", Body(doc));
        var report = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.True(r.StatusCode == HttpStatusCode.OK, report.ToString());
        Assert.Equal(1, report.GetProperty("inserted").GetInt64());
        Assert.Equal("new", report.GetProperty("documents")[0].GetProperty("stored").GetString());
        // Again: nothing new (idempotent). As JSON Lines with a bad line: the good one is stored, the bad one reported.
        r = await client.PostAsync("/api/documents", Body(doc));
        Assert.Equal(0, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("inserted").GetInt64());
        r = await client.PostAsync("/api/documents", Body("{\"text\": \"Kim Jong-un ha ricevuto Lavrov a Pyongyang.\", \"published\": \"2024-07-02\"}\n{\"title\": 3}\n", "application/x-ndjson"));
        report = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((1L, 1L), (report.GetProperty("inserted").GetInt64(), report.GetProperty("errors").GetInt64()));
        Assert.Equal(2, report.GetProperty("diagnostics")[0].GetProperty("line").GetInt32());

        var found = JsonDocument.Parse(await client.GetStringAsync("/api/documents?q=Lavrov")).RootElement.GetProperty("items");
        Assert.Equal(2, found.GetArrayLength());
        Assert.Equal(8, JsonDocument.Parse(await client.GetStringAsync("/api/health")).RootElement.GetProperty("documents").GetInt64());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/documents", Body("{\"text\": "))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/documents", Body("42"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/documents", Body(doc, "application/xml"))).StatusCode);
        var big = "{\"text\": \"" + new string('x', 100 * 1024) + "\"}";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync("/api/documents", Body(big))).StatusCode);
    }

    [Fact]
    public async Task WritesAreRefusedWhenReadOnlyOrWithoutAKey()
    {
        var r = await _client.PostAsync("/api/documents", new StringContent("{\"text\": \"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        await using var app = WebFixture.Start(new WebOptions { DatabasePath = fixture.Copy() });
        r = await app.GetTestClient().PostAsync("/api/documents", new StringContent("{\"text\": \"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("--api-key", await r.Content.ReadAsStringAsync());
    }
}
