using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalentPortal.Storage;

/// <summary>Readiness of the store, with the outbox backlog (count, age of the oldest) as detail.</summary>
internal sealed class StoreHealthCheck(IStore store, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan StaleBacklog = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            var backlog = await store.Outbox.GetBacklogAsync(cancellationToken);
            var age = backlog.OldestCreatedAt is { } oldest ? time.GetUtcNow() - oldest : TimeSpan.Zero;
            var data = new Dictionary<string, object>
            {
                ["outboxPending"] = backlog.Pending,
                ["outboxOldestAgeSeconds"] = Math.Round(age.TotalSeconds, 1),
            };
            return age > StaleBacklog
                ? HealthCheckResult.Degraded("Outbox messages are waiting for the broker.", data: data)
                : HealthCheckResult.Healthy(data: data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", e);
        }
    }
}
