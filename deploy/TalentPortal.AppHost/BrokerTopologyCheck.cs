using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalentPortal.AppHost;

/// <summary>Healthy once the broker's management API answers and knows an exchange of the topology, i.e. the broker runs
/// and deploy/rabbitmq.sh declared the topology.</summary>
internal sealed class BrokerTopologyCheck(BrokerAddress broker) : IHealthCheck, IDisposable
{
    public const string Name = "rabbitmq-topology";

    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{broker.ManagementPort.ToString(CultureInfo.InvariantCulture)}/"),
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))) },
    };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri($"api/exchanges/%2F/{Uri.EscapeDataString(broker.Exchange)}", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"The management API answers {(int)response.StatusCode} for exchange {broker.Exchange}: topology not declared yet.");
        }
        catch (HttpRequestException e)
        {
            return HealthCheckResult.Unhealthy("The management API does not answer.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The management API did not answer in time.", e);
        }
    }

    public void Dispose() => _http.Dispose();
}
