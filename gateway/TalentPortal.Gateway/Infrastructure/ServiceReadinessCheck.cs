using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalentPortal.Gateway.Infrastructure;

/// <summary>Reports one downstream service by name in the gateway's readiness.</summary>
internal sealed class ServiceReadinessCheck<TClient>(TClient client) : IHealthCheck where TClient : ServiceClient
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            return await client.IsReadyAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The service reports it is not ready.");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The service does not answer.", e);
        }
    }
}
