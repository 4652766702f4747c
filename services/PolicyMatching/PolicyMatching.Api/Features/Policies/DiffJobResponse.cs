using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>A diff job's progress and, once completed, its result in the caller's scope. Skipped talents (records
/// that could not be evaluated) are named to zone officials and admins.</summary>
public sealed record DiffJobResponse(
    Guid Id, Guid DraftId, string PolicyCode, DateOnly AsOf, string State, int Total, int Processed, int Skipped,
    IReadOnlyList<Guid>? SkippedTalentIds, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string? Error, PolicyDiffResponse? Result)
{
    public const int MaxListed = 500;

    public static DiffJobResponse From(DiffJob job, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(caller);
        var streets = job.Streets.Where(s => caller.SeesWholeZone || (s.Street.Length > 0 && caller.CoversStreet(s.Street))).ToList();
        var result = job.State == "Completed"
            ? new PolicyDiffResponse(
                job.PolicyCode, job.AsOf, streets.Sum(s => s.Evaluated), streets.Sum(s => s.Gains), streets.Sum(s => s.Losses), streets.Sum(s => s.AmountChanges),
                streets.Sum(s => s.MoneyBefore), streets.Sum(s => s.MoneyAfter),
                [.. streets.SelectMany(s => s.Changes).Take(MaxListed).Select(c => new DiffEntry(c.TalentId, c.DisplayName, c.Before, c.After, c.AmountBefore, c.AmountAfter))])
            : null;
        return new DiffJobResponse(
            job.Id, job.DraftId, job.PolicyCode, job.AsOf, job.State, job.Total, job.Processed, job.Skipped,
            caller.SeesWholeZone ? job.SkippedTalentIds : null, job.CreatedAt, job.FinishedAt, job.Error, result);
    }
}
