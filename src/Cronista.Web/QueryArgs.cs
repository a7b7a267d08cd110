using System.Globalization;
using System.Text;
using Cronista.Model;
using Cronista.Output;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web;

/// <summary>A query-string parameter an endpoint takes, as the OpenAPI description lists it.</summary>
public sealed record ApiParam(string Name, string Type, string Description, bool Required = false, string In = "query");

/// <summary>
/// The validated query string of one request: only the parameters the endpoint declares are accepted, each given at
/// most once; a bad value is a 400 naming the parameter and what was expected.
/// </summary>
public sealed class QueryArgs
{
    public const int MaxOffset = 10_000;
    private readonly IQueryCollection _query;

    public QueryArgs(IQueryCollection query, IReadOnlyList<ApiParam> declared)
    {
        _query = query;
        foreach (var (name, values) in query)
        {
            if (!declared.Any(p => p.Name == name && p.In == "query"))
                throw ApiException.BadRequest($"unknown parameter '{name}'" +
                    (declared.Any(p => p.In == "query") ? $"; this endpoint takes: {string.Join(", ", declared.Where(p => p.In == "query").Select(p => p.Name))}" : ""));
            if (values.Count > 1) throw ApiException.BadRequest($"parameter '{name}' is given {values.Count} times");
        }
    }

    public string? Str(string name, int maxLength = 500)
    {
        var v = _query[name].ToString().Trim();
        if (v.Length == 0) return null;
        if (v.Length > maxLength) throw ApiException.BadRequest($"{name}: longer than {maxLength} characters");
        return v;
    }

    public string Required(string name) => Str(name) ?? throw ApiException.BadRequest($"{name}: required");

    public int Int(string name, int defaultValue, int min, int max)
    {
        if (Str(name) is not { } v) return defaultValue;
        if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not an integer between {min} and {max}");
        return n;
    }

    public bool Bool(string name)
    {
        if (Str(name) is not { } v) return false;
        return v.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not a boolean (true or false)"),
        };
    }

    public DateOnly? Date(string name)
    {
        if (Str(name) is not { } v) return null;
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not a date (expected YYYY-MM-DD)");
    }

    /// <summary>from/to as a range; from after to is a 400.</summary>
    public (DateOnly? From, DateOnly? To) Dates()
    {
        var (from, to) = (Date("from"), Date("to"));
        if (from > to) throw ApiException.BadRequest("from: after to");
        return (from, to);
    }

    public string? Language(string name = "lang")
    {
        if (Str(name) is not { } v) return null;
        v = v.ToLowerInvariant();
        return v.Length is 2 or 3 && v.All(char.IsAsciiLetterLower) ? v : throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not a language code (it, es, en …)");
    }

    /// <summary>An event type: letters only (PLOVER types are upper-case words).</summary>
    public string? EventType(string name)
    {
        if (Str(name, 40) is not { } v) return null;
        return v.All(c => char.IsAsciiLetter(c) || c == '_') ? v.ToUpperInvariant() : throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not an event type (CONSULT, AID …)");
    }

    public Modality? Modality(string name)
    {
        if (Str(name, 40) is not { } v) return null;
        var found = Enum.GetValues<Modality>().Where(m => AnnotationJson.ModalityName(m).Equals(v, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count == 1 ? found[0]
            : throw ApiException.BadRequest($"{name}: '{Clip(v)}' is not one of {string.Join(", ", Enum.GetValues<Modality>().Select(AnnotationJson.ModalityName))}");
    }

    /// <summary><c>limit</c> and the opaque <c>cursor</c> of the previous page's <c>next_cursor</c>.</summary>
    public (int Limit, int Offset) Page(int defaultLimit = 20, int maxLimit = 200)
    {
        int limit = Int("limit", defaultLimit, 1, maxLimit);
        int offset = Str("cursor", 100) is { } c ? DecodeCursor(c) : 0;
        return (limit, offset);
    }

    public static string? NextCursor(int offset, int limit, int returned) =>
        returned < limit || offset + limit > MaxOffset ? null : Convert.ToBase64String(Encoding.ASCII.GetBytes($"o:{offset + limit}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=')));
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= MaxOffset)
                return n;
        }
        catch (FormatException) { }
        throw ApiException.BadRequest("cursor: not a cursor this API gave (use the next_cursor of the previous page)");
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
