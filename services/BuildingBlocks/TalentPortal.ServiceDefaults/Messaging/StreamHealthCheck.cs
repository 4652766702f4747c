using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.ServiceDefaults.Messaging;

/// <summary>Readiness detail of message handling: open gaps in event streams and failed messages waiting for an
/// operator. Either makes the service Degraded (it still serves), never Unhealthy.</summary>
internal sealed class StreamHealthCheck(ParkedEventSweeper sweeper, IStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = await store.CountAsync<FailedMessage>(f => f.Failures > 0, cancellationToken);
        var dead = (await store.Outbox.DeadAsync(1_000, cancellationToken)).Count;
        var gaps = sweeper.Gaps;
        var data = new Dictionary<string, object>
        {
            ["failedMessages"] = failed,
            ["deadOutboxMessages"] = dead,
            ["subjectsWithOpenGaps"] = gaps.Subjects,
        };
        return failed > 0 || dead > 0 || gaps.Subjects > 0
            ? HealthCheckResult.Degraded("Messages wait for an operator (see /api/operations/failed-messages).", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}
