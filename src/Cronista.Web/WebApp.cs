using System.Text.Json;
using Cronista.Entities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cronista.Web;

/// <summary>The web host: the JSON API under <c>/api</c>, <c>/openapi.json</c>, and the HTML pages, from one process.</summary>
public static class WebApp
{
    /// <summary>Builds the app; <paramref name="configure"/> may change the builder (tests swap in the in-process test server).</summary>
    public static WebApplication Build(WebOptions options, string[]? urls = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        if (urls is { Length: > 0 }) builder.WebHost.UseUrls(urls);
        var services = new WebServices(options);
        builder.Services.AddSingleton(services);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(services.Dispose);
        // Load the entity catalogue in the background: the first name lookup needs it.
        _ = Task.Run(() => EntityCatalog.Default);

        app.Use(async (http, next) =>
        {
            var h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            // Pages run no script at all: article text is untrusted, and escaping is backed by a policy that forbids scripts.
            h.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            try
            {
                await next(http);
                // Errors the framework answers without a body (405 on a known path, a bad request line …) get one too.
                if (http.Response.StatusCode >= 400 && !http.Response.HasStarted && string.IsNullOrEmpty(http.Response.ContentType))
                    await Error(http, http.Response.StatusCode, http.Response.StatusCode == 405 ? $"{http.Request.Method} is not allowed here" : "the request was refused");
            }
            catch (Exception ex) when (!http.Response.HasStarted)
            {
                (int status, string detail) = ex switch
                {
                    ApiException a => (a.Status, a.Message),
                    BadHttpRequestException b => (b.StatusCode, b.Message),
                    OperationCanceledException when http.RequestAborted.IsCancellationRequested => (499, "the client went away"),
                    Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } => (503, "the database is busy; try again"),
                    _ => (500, "internal error"),
                };
                if (status == 500) app.Logger.LogError(ex, "{Method} {Path}", http.Request.Method, http.Request.Path);
                await Error(http, status, detail);
            }
        });

        foreach (var e in Api.Endpoints)
            app.MapMethods(e.Path, [e.Method], async (HttpContext http) =>
            {
                using var ctx = new ApiContext(http, new QueryArgs(http.Request.Query, e.Params), services.Pool, services);
                var result = await e.Handler(ctx);
                return Results.Json(result, ApiJson.Options, statusCode: e.Status);
            });
        app.MapGet("/openapi.json", () => Results.Text(OpenApi.Json, "application/json"));
        Pages.Map(app, services);
        app.MapFallback(http => Error(http, 404, $"nothing at {http.Request.Path}"));
        return app;
    }

    /// <summary>An error: problem details for the API, a page for a browser.</summary>
    public static async Task Error(HttpContext http, int status, string detail)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi.json"))
        {
            http.Response.ContentType = "application/problem+json";
            var title = new ApiException(status, detail).Title;
            await http.Response.WriteAsync(JsonSerializer.Serialize(new { type = "about:blank", title, status, detail, instance = http.Request.Path.ToString() }, ApiJson.Options));
        }
        else await Pages.ErrorPage(http, status, detail);
    }
}
