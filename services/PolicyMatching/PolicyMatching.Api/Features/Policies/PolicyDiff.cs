using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record DiffEntry(Guid TalentId, string DisplayName, string Before, string After, decimal? AmountBefore, decimal? AmountAfter);

/// <summary>The counts and the changes in the caller's scope (their street, or the zone).</summary>
public sealed record PolicyDiffResponse(
    string PolicyCode, DateOnly AsOf, int TalentsEvaluated, int Gains, int Losses, int AmountChanges, decimal MoneyBefore, decimal MoneyAfter,
    IReadOnlyList<DiffEntry> Changes);

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

/// <summary>Previews a draft over every talent as a background job: started here, followed at its own address.</summary>
public static class PolicyDiff
{
    public static async Task<IResult> StartAsync(
        Guid id, DateOnly? asOf, HttpContext http, IStore store, DiffScheduler queue, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        var date = RequestChecks.AsOf(asOf, eligibility.Today);
        var caller = Caller.From(http.User);
        var draft = await store.GetAsync<PolicyDocument>(id, ct) ?? throw ProblemException.NotFound($"Draft {id} does not exist.");
        PolicyYaml.ParseStored(draft);
        var job = new DiffJob { DraftId = draft.Id, PolicyCode = draft.Code, AsOf = date, RequestedBy = caller.AccountId, CreatedAt = time.GetUtcNow() };
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(ct);
        await queue.EnqueueAsync(job.Id, ct);
        return TypedResults.Accepted($"/api/policies/diff-jobs/{job.Id}", DiffJobResponse.From(job, caller));
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken ct)
    {
        var job = await store.GetAsync<DiffJob>(id, ct) ?? throw ProblemException.NotFound($"Diff job {id} does not exist.");
        return TypedResults.Ok(DiffJobResponse.From(job, Caller.From(http.User)));
    }
}
