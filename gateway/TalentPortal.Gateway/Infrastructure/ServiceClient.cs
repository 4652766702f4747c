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

    /// <summary>Calls the service on the caller's behalf (their bearer token) and returns its status and body.</summary>
    public async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, string? authorization, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (authorization is { Length: > 0 })
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
