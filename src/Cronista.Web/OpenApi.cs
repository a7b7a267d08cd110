using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cronista.Web;

/// <summary>
/// The OpenAPI 3.1 description of the API, generated from the endpoint table (<see cref="Api.Endpoints"/>) and the
/// response records (names snake_cased as the serializer writes them), so it cannot drift from what is served.
/// </summary>
public static class OpenApi
{
    public static string Json { get; } = Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Build()
    {
        var schemas = new JsonObject
        {
            ["Problem"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "RFC 9457 problem details (application/problem+json)",
                ["properties"] = new JsonObject
                {
                    ["type"] = Str(), ["title"] = Str(), ["status"] = new JsonObject { ["type"] = "integer" }, ["detail"] = Str(), ["instance"] = Str(),
                },
            },
        };
        var paths = new JsonObject();
        foreach (var e in Api.Endpoints)
        {
            var path = paths[e.Path] as JsonObject ?? new JsonObject();
            paths[e.Path] = path;
            var parameters = new JsonArray();
            foreach (var p in e.Params)
                parameters.Add(new JsonObject
                {
                    ["name"] = p.Name, ["in"] = p.In, ["required"] = p.Required || p.In == "path", ["description"] = p.Description,
                    ["schema"] = p.Type == "date" ? new JsonObject { ["type"] = "string", ["format"] = "date" } : new JsonObject { ["type"] = p.Type },
                });
            var responses = new JsonObject
            {
                [e.Status.ToString()] = new JsonObject
                {
                    ["description"] = "OK",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Schema(e.Response, schemas) } },
                },
                ["400"] = Problem("Invalid parameters"),
                ["default"] = Problem("An error"),
            };
            if (e.Path.Contains("{id}")) responses["404"] = Problem("Not found");
            var op = new JsonObject
            {
                ["operationId"] = e.Method.ToLowerInvariant() + string.Concat(e.Path.Split('/', '{', '}').Where(s => s.Length > 0 && s != "api").Select(s => char.ToUpperInvariant(s[0]) + s[1..])),
                ["summary"] = e.Summary, ["parameters"] = parameters, ["responses"] = responses,
            };
            if (e.Write)
            {
                op["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["bearer"] = new JsonArray() });
                op["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject
                    {
                        ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["oneOf"] = new JsonArray(Ref("InputDocument"), new JsonObject { ["type"] = "array", ["items"] = Ref("InputDocument") }) } },
                        ["application/x-ndjson"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["description"] = "One InputDocument per line" } },
                    },
                };
                responses["401"] = Problem("Missing or wrong API key");
                responses["403"] = Problem("Writes disabled (read-only, or no API key configured)");
                responses["413"] = Problem("Body over the size limit");
                responses["415"] = Problem("Not JSON or JSON Lines");
                schemas["InputDocument"] = new JsonObject
                {
                    ["type"] = "object", ["required"] = new JsonArray("text"),
                    ["properties"] = new JsonObject
                    {
                        ["text"] = Str(), ["id"] = Str(), ["url"] = Str(), ["title"] = Str(),
                        ["published"] = new JsonObject { ["type"] = "string", ["description"] = "ISO-8601 date or date-time" },
                        ["language"] = Str(), ["source"] = new JsonObject { ["type"] = "string", ["description"] = "Outlet" },
                    },
                };
            }
            path[e.Method.ToLowerInvariant()] = op;
        }
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Cronista API", ["version"] = "1",
                ["description"] = "Multilingual news intelligence: documents, entities, events, timelines, stories. Field names as in `cronista analyze` " +
                                  "(snake_case); dates are ISO (YYYY-MM-DD); pages are given by `limit` and the opaque `cursor` of the previous page's `next_cursor`.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key" },
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                },
            },
        };
    }

    private static JsonObject Str() => new() { ["type"] = "string" };
    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };
    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("Problem") } },
    };

    /// <summary>A JSON schema for a response type: records become named component schemas.</summary>
    private static JsonNode Schema(Type t, JsonObject schemas)
    {
        var nullable = Nullable.GetUnderlyingType(t);
        if (nullable is not null) return Schema(nullable, schemas);
        if (t == typeof(string)) return Str();
        if (t == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (t == typeof(int) || t == typeof(long)) return new JsonObject { ["type"] = "integer" };
        if (t == typeof(double)) return new JsonObject { ["type"] = "number" };
        if (t == typeof(DateOnly)) return new JsonObject { ["type"] = "string", ["format"] = "date" };
        if (t == typeof(JsonElement)) return new JsonObject { ["description"] = "As in `cronista analyze` (see README)" };
        if (t.IsGenericType && t.GetInterfaces().Append(t).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Schema(t.GetGenericArguments()[1], schemas) };
        if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
        {
            var item = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[0];
            return new JsonObject { ["type"] = "array", ["items"] = Schema(item, schemas) };
        }
        string name = t.IsGenericType ? t.Name.Split('`')[0] + string.Concat(t.GetGenericArguments().Select(a => a.Name.Split('`')[0])) : t.Name;
        if (!schemas.ContainsKey(name))
        {
            var props = new JsonObject();
            schemas[name] = new JsonObject { ["type"] = "object", ["properties"] = props };
            var nullability = new NullabilityInfoContext();
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var s = Schema(p.PropertyType, schemas);
                if (nullability.Create(p).ReadState == NullabilityState.Nullable && s is JsonObject o && o["type"] is JsonValue type)
                    o["type"] = new JsonArray(type.GetValue<string>(), "null");
                props[JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)] = s;
            }
        }
        return Ref(name);
    }
}
