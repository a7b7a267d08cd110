namespace Cronista.Web;

/// <summary>A request the API refuses, answered as problem details (RFC 9457) with this status.</summary>
public sealed class ApiException(int status, string detail, string? title = null) : Exception(detail)
{
    public int Status => status;
    public string Title => title ?? status switch
    {
        400 => "Bad request", 401 => "Unauthorized", 403 => "Forbidden", 404 => "Not found", 413 => "Payload too large",
        415 => "Unsupported media type", _ => "Error",
    };

    public static ApiException BadRequest(string detail) => new(400, detail);
    public static ApiException NotFound(string detail) => new(404, detail);
}
