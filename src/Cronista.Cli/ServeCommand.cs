using System.CommandLine;
using Cronista.Web;

namespace Cronista.Cli;

/// <summary><c>cronista serve</c>: the JSON HTTP API and the web UI over a database, on loopback by default.</summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "CRONISTA_API_KEY";

    public static Command Serve()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated URLs)", DefaultValueFactory = _ => "http://127.0.0.1:5180" };
        var readOnly = new Option<bool>("--read-only") { Description = "Serve queries only: the database is opened read-only and ingest is refused" };
        var apiKey = new Option<string?>("--api-key") { Description = $"Key that POST /api/documents needs (default: ${ApiKeyVariable}); without one, writes are refused" };
        var maxBody = new Option<int>("--max-body-mb") { Description = "Largest request body accepted, in MB", DefaultValueFactory = _ => 16 };
        var cmd = new Command("serve", "HTTP API (/api, described at /openapi.json) and web UI over the database") { CliApp.DbOption, urls, readOnly, apiKey, maxBody };
        cmd.SetAction(p =>
        {
            var db = p.GetValue(CliApp.DbOption)!;
            if (!File.Exists(db)) throw new UsageException($"no database at '{db}' (run 'cronista ingest PATH --db {db}' first)");
            if (p.GetValue(maxBody) is < 1 or > 1024) throw new UsageException("--max-body-mb must be between 1 and 1024");
            var listen = p.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var u in listen)
                if (!Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new UsageException($"--urls: '{u}' is not an http(s) URL");
            var key = p.GetValue(apiKey) ?? (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } k ? k : null);
            var options = new WebOptions { DatabasePath = db, ReadOnly = p.GetValue(readOnly), ApiKey = key, MaxBodyBytes = p.GetValue(maxBody) * 1024L * 1024 };
            var app = WebApp.Build(options, listen);
            app.Lifetime.ApplicationStarted.Register(() =>
                Console.Error.WriteLine($"cronista: serving {db} on {string.Join(", ", listen)} ({(options.ReadOnly ? "read-only" : key is null ? "writes refused: no API key" : "writes with the API key")}); Ctrl+C stops"));
            app.Run();
            return CliApp.Ok;
        });
        return cmd;
    }
}
