using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>Previews a draft over every talent as a background job: started here, followed at its own address.</summary>
public static class PolicyDiff
{
    public static async Task<IResult> StartAsync(
        Guid id, DateOnly? asOf, HttpContext http, IStore store, PendingJobs<DiffJob> queue, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
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
