using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record ServiceRequestResponse(
    Guid Id,
    string Category,
    string CategoryName,
    string Title,
    string Description,
    string Street,
    string RequesterRole,
    Guid? TalentId,
    Guid? EmployerId,
    string AssignedTo,
    ServiceRequestStatus Status,
    int SlaDays,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ClosedAt,
    bool Overdue,
    bool? ClosedOnTime,
    Guid? MergedInto,
    bool SurveyRequested,
    SurveyResponse? Survey,
    IReadOnlyList<TransitionResponse> Transitions,
    IReadOnlyList<AttachmentResponse> Attachments,
    long Version)
{
    public static ServiceRequestResponse From(ServiceRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.Category, request.CategoryName, request.Title, request.Description, request.Street, request.RequesterRole,
            request.TalentId, request.EmployerId, request.AssignedTo, request.Status, request.SlaDays, request.SubmittedAt, request.DueAt, request.ClosedAt,
            request.IsOverdue(now), request.ClosedAt is null ? null : request.ClosedOnTime, request.MergedInto,
            request.IsAnswered && request.Survey is null,
            request.Survey is { } s ? new SurveyResponse(s.Score, s.Comment, s.At) : null,
            [.. request.Transitions.Select(t => new TransitionResponse(t.From, t.To, t.Actor, t.ActorRole, t.At, t.Comment))],
            [.. request.Attachments.Select(a => new AttachmentResponse(a.FileName, a.Size, a.Sha256))],
            request.Version);
    }
}
