namespace TalentPortal.Gateway.Infrastructure;

/// <summary>What the gateway asks of every service: readiness and its OpenAPI document.</summary>
public abstract class ServiceClient(HttpClient http)
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public Task<string> GetOpenApiAsync(CancellationToken cancellationToken) =>
        http.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative), cancellationToken);
}

public sealed class TalentRegistryClient(HttpClient http) : ServiceClient(http);

public sealed class PolicyMatchingClient(HttpClient http) : ServiceClient(http);

public sealed class HousingClient(HttpClient http) : ServiceClient(http);
