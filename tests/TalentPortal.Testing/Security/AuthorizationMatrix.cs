using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Testing.Security;

/// <summary>
/// Tries every mapped endpoint as every <see cref="Persona"/> and compares the answer with what the endpoint's declared
/// <see cref="AccessRule"/> allows: anonymous callers get 401 unless the endpoint is public; a role the rule does not
/// name gets 403; within the roles, a caller outside the fixture's scope gets 403 or 404 from a <see cref="AccessScope.Record"/>
/// endpoint and never sees the fixture's ids in a <see cref="AccessScope.Filtered"/> list, while a caller inside it
/// gets past authorization (any answer but 401, 403 or 404). An endpoint with no declared rule is a violation.
/// </summary>
public sealed partial class AuthorizationMatrix(HttpClient client, PersonaScope scope)
{
    /// <summary>Route values by parameter name (e.g. "id"), or by "pattern|name" where a name means different
    /// records on different routes. Every service's operations endpoints name a group of failed messages.</summary>
    public Dictionary<string, string> RouteValues { get; } = new(StringComparer.Ordinal) { ["groupId"] = "no-such-group" };

    /// <summary>A valid request body per endpoint name, so callers in scope pass validation and callers outside it
    /// reach the scope check; endpoints without one get an empty JSON object.</summary>
    public Dictionary<string, Func<HttpContent>> Bodies { get; } = new(StringComparer.Ordinal)
    {
        ["DiscardFailedMessages"] = () => JsonContent.Create(new { reason = "已核实为重复" }),
        ["RepublishStream"] = () => JsonContent.Create(new { stream = "talent-registry.talent", subject = "none", fromSequence = 1 }),
    };

    /// <summary>A query string per endpoint name (without '?').</summary>
    public Dictionary<string, string> Queries { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of the fixture's records: a <see cref="AccessScope.Filtered"/> answer to a caller outside the
    /// fixture's scope must contain none of them.</summary>
    public List<string> FixtureIds { get; } = [];

    /// <summary>Runs the whole matrix; returns one line per violation (empty when every answer is as declared).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<MappedEndpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var violations = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Rule is not { } rule || endpoint.RuleCount != 1)
            {
                violations.Add($"{endpoint}: declares {endpoint.RuleCount} access rules (exactly one is required)");
                continue;
            }

            // Callers outside the scope go first: a change made by a caller inside it must not hide a leak.
            foreach (var persona in PersonaScope.All.OrderBy(p => PersonaScope.CoversFixture(p)))
            {
                var (status, body) = await SendAsync(endpoint, persona);
                if (Judge(rule, persona, status, body) is { } expected)
                {
                    violations.Add($"{endpoint} as {persona}: expected {expected}, got {(int)status}");
                }
            }
        }

        return violations;
    }

    private string? Judge(AccessRule rule, Persona persona, HttpStatusCode status, string body)
    {
        var role = PersonaScope.RoleOf(persona);
        var passed = status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        if (role is null)
        {
            return rule.IsPublic ? (passed ? null : "an answer (public endpoint)") : status == HttpStatusCode.Unauthorized ? null : "401";
        }

        if (!rule.IsPublic && !rule.Roles.Contains(role))
        {
            return status == HttpStatusCode.Forbidden ? null : "403 (role not allowed)";
        }

        var covers = PersonaScope.CoversFixture(persona);
        return rule.Scope switch
        {
            AccessScope.Record when covers => passed && status != HttpStatusCode.NotFound ? null : "an answer past authorization (in scope)",
            AccessScope.Record => status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ? null : "403 or 404 (outside scope)",
            AccessScope.Filtered when !covers && passed && FixtureIds.FirstOrDefault(id => body.Contains(id, StringComparison.OrdinalIgnoreCase)) is { } leaked =>
                $"an answer without the fixture's records (it shows {leaked})",
            _ => passed ? null : "an answer past authorization",
        };
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(MappedEndpoint endpoint, Persona persona)
    {
        var path = RouteParameter().Replace(endpoint.Pattern, m => Uri.EscapeDataString(RouteValue(endpoint, m.Groups["name"].Value)));
        if (Queries.TryGetValue(endpoint.Name, out var query))
        {
            path += "?" + query;
        }

        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = Bodies.TryGetValue(endpoint.Name, out var body) ? body() : JsonContent.Create(new { });
        }

        if (scope.TokenFor(persona) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string RouteValue(MappedEndpoint endpoint, string name) =>
        RouteValues.TryGetValue($"{endpoint.Pattern}|{name}", out var specific) ? specific
        : RouteValues.TryGetValue(name, out var general) ? general
        : throw new InvalidOperationException($"The matrix has no value for {{{name}}} in {endpoint}; add it to RouteValues.");

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
