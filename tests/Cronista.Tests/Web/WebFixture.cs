using Cronista.Ingest;
using Cronista.Storage;
using Cronista.Tests.Support;
using Cronista.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Cronista.Tests.Web;

/// <summary>
/// The five samples plus a hostile article (markup and a script in its title and text), analysed once into a database
/// that the web tests serve through the in-process test server.
/// </summary>
public sealed class WebFixture : IDisposable
{
    public const string HostileTitle = "Attack <script>document.title='pwned'</script> & <b>bold</b>";
    public const string HostileText = "Putin visiterà Pyongyang martedì, ha detto il Cremlino. <script>alert('xss')</script> <img src=x onerror=alert(1)> Fine.";

    private readonly TempDir _tmp = new();

    public WebFixture()
    {
        Database = _tmp.File("web.db");
        var hostile = _tmp.Write("hostile.jsonl",
            System.Text.Json.JsonSerializer.Serialize(new { id = "hostile-1", title = HostileTitle, text = HostileText, published = "2024-06-20", url = "javascript:alert(1)" }) + "\n");
        using var store = new SqliteDocumentStore(Database);
        new IngestRunner(store).Run(InputReader.Read([Path.Combine(SharedData.RepoRoot, "samples"), hostile], new ReadOptions()));
    }

    public string Database { get; }

    /// <summary>A copy of the database (for tests that write).</summary>
    public string Copy()
    {
        var path = _tmp.File($"copy-{Guid.NewGuid():N}.db");
        File.Copy(Database, path);
        return path;
    }

    public static WebApplication Start(WebOptions options)
    {
        var app = WebApp.Build(options, configure: b => b.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    public void Dispose() => _tmp.Dispose();
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebFixture>;
