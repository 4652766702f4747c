using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>An admin takes a policy out of the catalogue: its published texts are retired and everyone is re-matched (a job).</summary>
public static class RetirePolicy
{
    public static async Task<IResult> HandleAsync(
        string code, IStore store, PolicyCatalog catalog, PendingJobs<RematchJob> queue, JobOwner owner, TimeProvider time, CancellationToken cancellationToken)
    {
        var published = await store.FindAsync<PolicyDocument>(d => d.Code == code && d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken);
        if (published.Count == 0)
        {
            throw ProblemException.NotFound($"There is no published policy {code}.");
        }

        var unitOfWork = store.BeginUnitOfWork();
        foreach (var document in published)
        {
            document.Retire();
            unitOfWork.Update(document);
        }

        var job = RematchJob.For(code, owner.Instance, time.GetUtcNow());
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }
}
