using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An import's progress and a page of its rejected rows, for whoever the import belongs to (<see cref="TalentAccess.CanReadImport"/>).</summary>
public static class GetImport
{
    public const int DefaultRejectedTake = 1000;
    public const int MaxRejectedTake = 10_000;

    public static async Task<IResult> HandleAsync(
        Guid jobId, int? rejectedSkip, int? rejectedTake, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var job = await store.LoadInScopeAsync<ImportJob>(jobId, j => TalentAccess.CanReadImport(caller, j), "Import", cancellationToken);
        if (rejectedSkip is < 0 or > Page.MaxSkip)
        {
            throw new InvalidFieldException("rejectedSkip", $"rejectedSkip must be between 0 and {Page.MaxSkip}.");
        }

        if (rejectedTake is < 0 or > MaxRejectedTake)
        {
            throw new InvalidFieldException("rejectedTake", $"rejectedTake must be between 0 and {MaxRejectedTake}.");
        }

        var take = rejectedTake ?? DefaultRejectedTake;
        var rejections = take == 0 ? [] : await store.FindAsync<ImportRejection>(
            r => r.JobId == jobId, new QueryOptions<ImportRejection>(r => r.Row, Skip: rejectedSkip ?? 0, Take: take), cancellationToken);
        return TypedResults.Ok(ImportResponse.From(job, rejections));
    }
}
