using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Accepts a UTF-8 CSV or .xlsx file of talents/hires (a text/csv body or a multipart "file" field): takes a place in the import
/// queue (429 with Retry-After when it is full), writes the upload to disk within the size limit (413), checks its
/// encoding, header and row count (400/413), stores the job and queues it; the rows are processed in the background.
/// HR import for their employer, street officials for employers in their street, zone officials and admins for any.</summary>
public static class SubmitImport
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IStore store, PendingImports queue, ImportFiles files, JobOwner owner, IOptions<ImportOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var ownEmployer = caller.IsEmployerHr ? await store.GetAsync<Employer>(TalentAccess.OwnEmployerId(caller), cancellationToken) : null;
        if (!queue.TryReserve())
        {
            http.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                $"{queue.Capacity} imports are waiting or running; submit the file again in a minute.", statusCode: StatusCodes.Status429TooManyRequests, title: "Import queue full");
        }

        var jobId = Guid.CreateVersion7();
        var path = files.PathOf(jobId);
        try
        {
            var fileName = await ImportUpload.SaveAsync(http.Request, path, options.Value.MaxFileBytes, cancellationToken);
            var file = ImportFile.Open(path, options.Value.MaxRows, options.Value.MaxUnzippedBytes);
            var job = ImportJob.Submit(
                fileName, file.RowCount, caller.AccountId, caller.Role, caller.IsEmployerHr ? caller.EmployerId : null,
                caller.IsOfficial ? caller.Street : null, time.GetUtcNow(), ownEmployer?.Street, jobId, owner.Instance);
            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Insert(job);
            await unitOfWork.CommitAsync(cancellationToken);
            queue.Enqueue(new PendingImport(job.Id, path));
            return TypedResults.Accepted($"/api/talents/imports/{job.Id}", ImportResponse.From(job, []));
        }
        catch
        {
            files.Delete(path);
            queue.Release();
            throw;
        }
    }
}
