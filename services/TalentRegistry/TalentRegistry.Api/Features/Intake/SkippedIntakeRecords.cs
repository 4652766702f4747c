using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Stored intake records the cube refused at start-up: the figures leave them out until the record is
/// corrected, and readiness says so (degraded, naming them) instead of the service failing to start.</summary>
public sealed class SkippedIntakeRecords : IHealthCheck
{
    private const int ListedIds = 20;
    private readonly ConcurrentDictionary<Guid, string> _skipped = new();

    public int Count => _skipped.Count;

    public void Add(Guid recordId, string problem) => _skipped[recordId] = problem;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_skipped.IsEmpty)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Every stored intake record is counted."));
        }

        var data = new Dictionary<string, object>
        {
            ["skippedRecords"] = _skipped.Count,
            ["skippedRecordIds"] = _skipped.Keys.Order().Take(ListedIds).Select(id => id.ToString()).ToArray(),
        };
        return Task.FromResult(HealthCheckResult.Degraded(
            $"{_skipped.Count} stored intake record(s) hold values outside their definition and are left out of the intake figures; correct them and restart.",
            data: data));
    }
}
