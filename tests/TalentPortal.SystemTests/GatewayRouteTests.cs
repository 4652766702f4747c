using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>Every operation a service documents is reachable through the gateway: asked without a token, each answers
/// the service's (or the gateway's) 401 — or 200 for a public one — never the portal's pages, which is where a path
/// no gateway route matches would end up. Operations on failed messages are the exception (the gateway's own
/// aggregate routes).</summary>
[Collection(SystemCollection.Name)]
public sealed partial class GatewayRouteTests(PortalSystem system)
{
    [Theory]
    [InlineData("talent-registry")]
    [InlineData("policy-matching")]
    [InlineData("housing")]
    public async Task EveryDocumentedOperation_isRoutedToItsService(string service)
    {
        using var client = system.Client();
        using var document = JsonDocument.Parse(await client.GetStringAsync($"api-docs/{service}.json"));
        var unrouted = new List<string>();
        // Operations on failed messages are the gateway's own routes, naming the service in the path
        // (/api/operations/failed-messages/{service}/…): a service's own operations routes are not exposed one by one.
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => !p.Name.StartsWith("/api/operations/", StringComparison.Ordinal)))
        {
            var concrete = Parameter().Replace(path.Name, Guid.NewGuid().ToString()).TrimStart('/');
            foreach (var operation in path.Value.EnumerateObject())
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), concrete);
                using var response = await client.SendAsync(request);
                var media = response.Content.Headers.ContentType?.MediaType;
                var fromService = response.StatusCode == HttpStatusCode.Unauthorized || media is "application/json" or "application/problem+json";
                if (!fromService)
                {
                    unrouted.Add($"{operation.Name.ToUpperInvariant()} {path.Name}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
                }
            }
        }

        Assert.True(unrouted.Count == 0, $"Not routed through the gateway to {service}:\n{string.Join('\n', unrouted)}");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
