using Cronista.Ingest;
using Cronista.Storage;
using Cronista.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cronista.Web.Tests;

/// <summary>Where Debian's Chromium is (never downloaded): $CRONISTA_CHROMIUM, else /usr/bin/chromium, else chromium on PATH.</summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    /// <summary>CI must run the browser tests: with $CI or $CRONISTA_REQUIRE_BROWSER set, a missing Chromium fails them instead.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CRONISTA_REQUIRE_BROWSER"));

    private static string? Find()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("CRONISTA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => System.IO.Path.Combine(d, "chromium")));
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}

/// <summary>A browser test: skipped, with the reason, only when Chromium cannot be found here and CI does not require it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.Required)
            Skip = "Chromium not found (/usr/bin/chromium or $CRONISTA_CHROMIUM): install it with 'apt-get install -y chromium' to run the browser tests";
    }
}

/// <summary>
/// The analysed samples plus a hostile article, served by the real host (Kestrel on a loopback port), and one headless
/// Chromium driven by Playwright, with a fresh profile and no background networking (the machine has no network).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string HostileTitle = "Attack <script>document.title='pwned'</script> & <b>bold</b>";
    public const string HostileText = "Putin visiterà Pyongyang martedì, ha detto il Cremlino. <script>window.pwned = true; alert('xss')</script> <img src=x onerror=\"window.pwned = true\"> Fine.";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cronista-web-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowserContext Browser { get; private set; } = null!;

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "web.db");
        var hostile = Path.Combine(_dir, "hostile.jsonl");
        File.WriteAllText(hostile, System.Text.Json.JsonSerializer.Serialize(new { id = "hostile-1", title = HostileTitle, text = HostileText, published = "2024-06-20" }) + "\n");
        using (var store = new SqliteDocumentStore(db))
            new IngestRunner(store).Run(InputReader.Read([Path.Combine(RepoRoot, "samples"), hostile], new ReadOptions()));

        _app = WebApp.Build(new WebOptions { DatabasePath = db, ReadOnly = true }, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        if (Chromium.Path is null) return; // the tests are skipped (or fail when CI requires the browser)
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_dir, "profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.Path, Headless = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> Open(string path, int width = 1280, int height = 900)
    {
        if (Chromium.Path is null) throw new InvalidOperationException("Chromium is required here (CI) but was not found: apt-get install -y chromium");
        var page = await Browser.NewPageAsync();
        // Two shared cores with the other test project running beside: a starved Chromium has taken over 60 s for one step.
        page.SetDefaultTimeout(180_000);
        await page.SetViewportSizeAsync(width, height);
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        return page;
    }

    /// <summary>Screenshots go to docs/screenshots/ when $CRONISTA_SCREENSHOTS is set (to refresh the README's), else to a temporary folder.</summary>
    public string ScreenshotPath(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("CRONISTA_SCREENSHOTS") is { Length: > 0 } ? Path.Combine(RepoRoot, "docs", "screenshots") : Path.Combine(_dir, "shots"), name);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cronista.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
