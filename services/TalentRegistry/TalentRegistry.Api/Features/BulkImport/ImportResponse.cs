using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An import's progress and result; <c>rejectedRows</c> is one page (see <c>rejectedSkip</c>/<c>rejectedTake</c>).</summary>
public sealed record ImportResponse(
    Guid Id, string FileName, ImportJobStatus Status, int Total, int Processed, int TalentsCreated, int HiresConfirmed, int HiresDeclared,
    int Unchanged, int Rejected, DateTimeOffset SubmittedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Failure,
    IReadOnlyList<RejectedRowResponse> RejectedRows)
{
    public static ImportResponse From(ImportJob job, IEnumerable<ImportRejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new ImportResponse(
            job.Id, job.FileName, job.Status, job.Total, job.Processed, job.TalentsCreated, job.HiresConfirmed, job.HiresDeclared, job.Unchanged, job.Rejected,
            job.SubmittedAt, job.StartedAt, job.FinishedAt, job.Failure, [.. rejections.Select(r => new RejectedRowResponse(r.Row, r.Reasons))]);
    }
}
