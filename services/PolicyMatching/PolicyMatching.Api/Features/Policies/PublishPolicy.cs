using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>An admin publishes a draft: it supersedes the published text of its policy, <c>PolicyPublished</c> goes out and everyone is re-matched in the background (a job).</summary>
public static class PublishPolicy
{
    public static async Task<IResult> HandleAsync(
        Guid id, PublishRequest? request, HttpContext http, IStore store, PolicyCatalog catalog, PendingJobs<RematchJob> queue, JobOwner owner, TimeProvider time,
        CancellationToken cancellationToken)
    {
        RequestChecks.Ensure(request);
        var draft = await store.GetAsync<PolicyDocument>(id, cancellationToken) ?? throw ProblemException.NotFound($"Draft {id} does not exist.");
        var policy = PolicyYaml.ParseStored(draft);
        var newest = policy.Versions[^1];
        if (request?.EffectiveFrom is { } effective && effective != newest.EffectiveFrom)
        {
            throw new InvalidFieldException(
                "effectiveFrom",
                $"The draft's newest version ({newest.Id}) takes effect on {newest.EffectiveFrom:yyyy-MM-dd}, not {effective:yyyy-MM-dd}; change effectiveFrom in the draft.");
        }

        var by = Caller.From(http.User).AccountId;
        var now = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        foreach (var current in await store.FindAsync<PolicyDocument>(d => d.Code == draft.Code && d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken))
        {
            current.Supersede();
            unitOfWork.Update(current);
        }

        draft.Publish(by, now);
        unitOfWork.Update(draft);
        unitOfWork.Publish(new PolicyPublished(draft.Code, newest.Id, newest.EffectiveFrom, by, now));
        var job = RematchJob.For(draft.Code, owner.Instance, now);
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }
}
