using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An import's progress and its rejected rows (paged), for whoever submitted it, or an admin.</summary>
public static class GetImport
{
    public static async Task<IResult> HandleAsync(
        Guid jobId, int? rejectedSkip, int? rejectedTake, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var job = await store.GetAsync<ImportJob>(jobId, cancellationToken) ?? throw ProblemException.NotFound($"Import {jobId} does not exist.");
        if (job.SubmittedBy != caller.AccountId && !caller.IsAdmin)
        {
            throw ProblemException.Forbidden("Only the account that submitted an import (or an admin) may read it.");
        }

        var skip = Math.Max(rejectedSkip ?? 0, 0);
        var take = Math.Clamp(rejectedTake ?? 1000, 0, 10_000);
        var rejections = take == 0 ? [] : await store.FindAsync<ImportRejection>(
            r => r.JobId == jobId, new QueryOptions<ImportRejection>(r => r.Row, Skip: skip, Take: take), cancellationToken);
        return TypedResults.Ok(ImportResponse.From(job, rejections));
    }
}
