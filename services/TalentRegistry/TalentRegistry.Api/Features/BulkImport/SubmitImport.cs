using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Accepts a CSV of talents/hires (a text/csv body or a multipart "file" field), checks its header, stores
/// the job and queues it; the rows are processed in the background. HR import for their employer, street officials
/// for employers in their street, zone officials and admins for any employer.</summary>
public static class SubmitImport
{
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext http, IStore store, PendingImports queue, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var ownEmployer = caller.IsEmployerHr ? await store.GetAsync<Employer>(TalentAccess.OwnEmployerId(caller), cancellationToken) : null;

        var (fileName, content) = await ReadAsync(http.Request, cancellationToken);
        var file = ImportFile.Parse(content);
        var job = ImportJob.Submit(
            fileName, file.Rows.Count, caller.AccountId, caller.Role, caller.IsEmployerHr ? caller.EmployerId : null,
            caller.IsOfficial ? caller.Street : null, time.GetUtcNow(), ownEmployer?.Street);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await queue.EnqueueAsync(job.Id, file, cancellationToken);
        return TypedResults.Accepted($"/api/talents/imports/{job.Id}", ImportResponse.From(job, []));
    }

    private static async Task<(string FileName, byte[] Content)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            throw new ProblemException(413, "Request too large", $"An import file may be at most {MaxFileBytes / 1024 / 1024} MB.");
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var upload = form.Files.GetFile("file") ?? throw Missing();
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            return (upload.FileName, buffer.ToArray());
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.Length == 0 ? throw Missing() : ("upload.csv", body.ToArray());
    }

    private static ProblemException Missing() =>
        new(400, "One or more validation errors occurred.", "Send the CSV as a text/csv body or as a multipart field named \"file\".",
            new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = ["A CSV file is required."] } });
}
