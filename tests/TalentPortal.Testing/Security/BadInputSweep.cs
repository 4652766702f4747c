using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TalentPortal.Testing.Security;

/// <summary>What a sweep sent and what went wrong.</summary>
public sealed record SweepReport(int Requests, IReadOnlyList<string> Violations, IReadOnlyDictionary<string, int> RequestsByOperation);

/// <summary>
/// Sends bad input to every operation of a service's OpenAPI document: bad path ids, wrong types and extreme values in
/// every query parameter, malformed JSON, and every body property replaced by a wrong type, a numeric or undefined enum,
/// a huge or hidden-character string, an extreme date or number. Each operation is called as a caller its access rule
/// allows (from the document's <c>x-roles</c>), so requests get past authorization to validation. A violation is any
/// 5xx, and any 4xx after which the store's <paramref name="fingerprint"/> changed (a half-written record).
/// </summary>
public sealed partial class BadInputSweep(HttpClient client, PersonaScope scope, Func<Task<string>> fingerprint)
{
    private static readonly string Huge = new('字', 100_000);

    private static readonly JsonNode?[] BadValues =
    [
        null, "", "-1", "7", "2", -1, 7, 2147483648L, 1e308, -1e308, 0.001, 123.456, true, new JsonArray(), new JsonObject(),
        Huge, "9999-12-31", "0001-01-01", "2099-01-01", "2026-02-30", "\u202Eevil\u202C", "a\u0000b", "  ", "NaN",
    ];

    private static readonly string[] BadPathValues =
        ["x", "-1", "0", "1e9", new string('9', 40), "%00", "00000000-0000-0000-0000-000000000000", "'", "..", new string('a', 2000)];

    private static readonly string[] BadQueryValues =
    [
        "", "-1", "7", "2", "99999999999", "-2147483649", "abc", "9999-12-31", "0001-01-01", "2099-13-45", "1e308", "NaN", "true",
        new string('a', 5000), "\u0000", "%", "[]", "null", "2026-02-30", "0x10",
    ];

    private static readonly string[] MalformedBodies =
        ["", "{", "[]", "null", "\"x\"", "123", "{\"a\":", "{}", new string('[', 200) + new string(']', 200), "{\"x\":" + new string('9', 400) + "}"];

    /// <summary>Valid route values by parameter name (or "path|name"), so query and body variants reach the handler.</summary>
    public Dictionary<string, string> RouteValues { get; } = new(StringComparer.Ordinal);

    /// <summary>A valid body per operationId, the base each variant breaks one property of (so a variant gets past
    /// every other check); operations without one start from a sample built from the schema.</summary>
    public Dictionary<string, JsonNode> BaseBodies { get; } = new(StringComparer.Ordinal)
    {
        ["DiscardFailedMessages"] = new JsonObject { ["reason"] = "已核实为重复" },
        ["RepublishStream"] = new JsonObject { ["stream"] = "talent-registry.talent", ["subject"] = "none", ["fromSequence"] = 1 },
    };

    /// <summary>Who calls an operation whose document names no roles (public ones: anonymous).</summary>
    public Persona DefaultPersona { get; set; } = Persona.Anonymous;

    /// <summary>Operations (by operationId) left out, with the reason in the test that runs the sweep.</summary>
    public HashSet<string> Excluded { get; } = new(StringComparer.Ordinal);

    public async Task<SweepReport> RunAsync(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = JsonNode.Parse(document.RootElement.GetRawText())!;
        var violations = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = await fingerprint();
        foreach (var (path, item) in root["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (operationNode is not JsonObject operation || method is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var name = operation["operationId"]?.GetValue<string>() ?? $"{method} {path}";
                if (Excluded.Contains(name))
                {
                    continue;
                }

                var persona = PersonaOf(operation);
                foreach (var variant in Variants(root, path, method.ToUpperInvariant(), operation, BaseBodies.GetValueOrDefault(name)))
                {
                    var (status, body) = await SendAsync(variant, persona);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    var after = await fingerprint();
                    if ((int)status >= 500)
                    {
                        violations.Add($"{variant.Describe()}: {(int)status} {Shorten(body)}");
                    }
                    else if ((int)status >= 400 && after != before)
                    {
                        violations.Add($"{variant.Describe()}: answered {(int)status} but changed the store");
                    }
                    else if (ContractBreach(status, body) is { } breach)
                    {
                        violations.Add($"{variant.Describe()}: {breach}");
                    }

                    before = after;
                }
            }
        }

        return new SweepReport(counts.Values.Sum(), violations, counts);
    }

    /// <summary>The one error contract: a 400 names the field in <c>errors</c>, a 409 names the <c>state</c>.</summary>
    private static string? ContractBreach(HttpStatusCode status, string body)
    {
        if (status is not (HttpStatusCode.BadRequest or HttpStatusCode.Conflict))
        {
            return null;
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return status == HttpStatusCode.BadRequest
                ? problem.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any()
                    ? null : $"400 without errors naming the field: {Shorten(body)}"
                : problem.RootElement.TryGetProperty("state", out _) ? null : $"409 without state: {Shorten(body)}";
        }
        catch (JsonException)
        {
            return $"{(int)status} whose body is not a ProblemDetails: {Shorten(body)}";
        }
    }

    private Persona PersonaOf(JsonObject operation) =>
        operation["x-roles"] is JsonArray { Count: > 0 } roles ? PersonaScope.InScope(roles[0]!.GetValue<string>()) : DefaultPersona;

    private IEnumerable<Variant> Variants(JsonNode root, string path, string method, JsonObject operation, JsonNode? validBody)
    {
        var parameters = (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var pathParameters = parameters.Where(p => p["in"]?.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>()).ToList();
        var queryParameters = parameters.Where(p => p["in"]?.GetValue<string>() == "query").ToList();
        var validPath = Parameter().Replace(path, m => Uri.EscapeDataString(RouteValue(path, m.Groups["name"].Value)));
        var content = operation["requestBody"]?["content"] as JsonObject;
        var jsonSchema = content?["application/json"]?["schema"];
        var baseBody = validBody?.DeepClone() ?? (jsonSchema is null ? null : Sample(root, jsonSchema, depth: 0));
        var otherMedia = content?.Select(c => c.Key).FirstOrDefault(k => k != "application/json");

        foreach (var name in pathParameters)
        {
            foreach (var bad in BadPathValues)
            {
                var badPath = Parameter().Replace(path, m => m.Groups["name"].Value == name
                    ? Uri.EscapeDataString(bad)
                    : Uri.EscapeDataString(RouteValue(path, m.Groups["name"].Value)));
                yield return new Variant(method, badPath, $"path {name}={Preview(bad)}", Json(baseBody), otherMedia);
            }
        }

        foreach (var parameter in queryParameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            foreach (var bad in BadQueryValues)
            {
                yield return new Variant(method, $"{validPath}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(bad)}", $"query {name}={Preview(bad)}", Json(baseBody), otherMedia);
            }
        }

        if (jsonSchema is not null)
        {
            foreach (var malformed in MalformedBodies)
            {
                yield return new Variant(method, validPath, $"body {Preview(malformed)}", malformed, null);
            }

            foreach (var (property, replace) in PropertyPaths(baseBody, prefix: ""))
            {
                foreach (var bad in BadValues)
                {
                    var mutated = baseBody!.DeepClone();
                    replace(mutated, bad?.DeepClone());
                    yield return new Variant(method, validPath, $"body {property}={Preview(bad?.ToJsonString() ?? "null")}", mutated.ToJsonString(), null);
                }
            }
        }
        else if (otherMedia is not null)
        {
            yield return new Variant(method, validPath, $"{otherMedia} empty", null, otherMedia, "");
            yield return new Variant(method, validPath, $"{otherMedia} garbage", null, otherMedia, "\u0000\u0001garbage,,,\n\"unterminated");
            yield return new Variant(method, validPath, $"{otherMedia} truncated multipart", null, "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc");
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            foreach (var malformed in MalformedBodies)
            {
                yield return new Variant(method, validPath, $"unexpected body {Preview(malformed)}", malformed, null);
            }
        }
    }

    /// <summary>Every property of <paramref name="node"/> (two levels deep, first array item), with a way to replace it.</summary>
    private static IEnumerable<(string Path, Action<JsonNode, JsonNode?> Replace)> PropertyPaths(JsonNode? node, string prefix)
    {
        if (node is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (name, value) in obj)
        {
            var path = prefix + name;
            yield return (path, (root, bad) => Navigate(root, prefix)!.AsObject()[name] = bad);
            if (prefix.Count(c => c == '.') < 2)
            {
                var inner = value is JsonArray { Count: > 0 } array ? array[0] : value;
                var innerPrefix = value is JsonArray ? $"{path}[0]." : $"{path}.";
                foreach (var nested in PropertyPaths(inner, innerPrefix))
                {
                    yield return nested;
                }
            }
        }
    }

    private static JsonNode? Navigate(JsonNode root, string prefix)
    {
        var node = root;
        foreach (var part in prefix.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part.EndsWith("[0]", StringComparison.Ordinal) ? node![part[..^3]]![0] : node![part];
        }

        return node;
    }

    /// <summary>A plausible value for <paramref name="schema"/>, so each variant breaks one thing at a time.</summary>
    private static JsonNode? Sample(JsonNode root, JsonNode schema, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = reference.Split('/').Skip(1).Aggregate<string, JsonNode?>(root, (n, part) => n?[part]);
            return target is null ? null : Sample(root, target, depth + 1);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray { Count: > 0 } options)
            {
                var option = options.FirstOrDefault(o => o?["type"]?.ToString() != "null") ?? options[0]!;
                return Sample(root, option!, depth + 1);
            }
        }

        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue single => single.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : null,
        };
        var format = schema["format"]?.GetValue<string>();
        return type switch
        {
            "object" => new JsonObject((schema["properties"] as JsonObject ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(root, p.Value!, depth + 1)))),
            "array" => schema["items"] is { } items ? new JsonArray(Sample(root, items, depth + 1)) : new JsonArray(),
            "integer" => 1,
            "number" => 1,
            "boolean" => true,
            "string" => format switch
            {
                "date" => "2025-06-30",
                "date-time" => "2026-01-05T10:00:00+08:00",
                "uuid" => Guid.Empty.ToString(),
                _ => "测试",
            },
            _ => null,
        };
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(Variant variant, Persona persona)
    {
        using var request = new HttpRequestMessage(new HttpMethod(variant.Method), variant.Path);
        if (variant.RawBody is not null)
        {
            request.Content = new StringContent(variant.RawBody, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(variant.MediaType ?? "application/json");
        }
        else if (variant.JsonBody is not null)
        {
            request.Content = new StringContent(variant.JsonBody, Encoding.UTF8, "application/json");
        }

        if (scope.TokenFor(persona) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string RouteValue(string path, string name) =>
        RouteValues.TryGetValue($"{path}|{name}", out var specific) ? specific
        : RouteValues.TryGetValue(name, out var general) ? general
        : Guid.CreateVersion7().ToString();

    private static string? Json(JsonNode? node) => node?.ToJsonString();

    private static string Preview(string value) => value.Length > 24 ? $"{value[..24]}…({value.Length})" : value;

    private static string Shorten(string body) => body.Length > 300 ? body[..300] : body;

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)\}")]
    private static partial Regex Parameter();

    private sealed record Variant(string Method, string Path, string What, string? JsonBody, string? MediaType, string? RawBody = null)
    {
        public string Describe() => $"{Method} {Path.Split('?')[0]} [{What}]";
    }
}
