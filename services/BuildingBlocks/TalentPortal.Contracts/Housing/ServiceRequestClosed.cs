namespace TalentPortal.Contracts.Housing;

/// <summary>A service request (人才服务 / 企业诉求) reached a final status: Resolved, ExplainedNotAdoptable, Merged or
/// Withdrawn. <paramref name="ClosedOnTime"/> compares the closing instant with the SLA due instant.</summary>
[EventStream(EventStreams.ServiceRequests, nameof(RequestId))]
public sealed record ServiceRequestClosed(
    Guid RequestId,
    string Category,
    string Outcome,
    Guid? TalentId,
    Guid? EmployerId,
    string Street,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DueAt,
    DateTimeOffset ClosedAt,
    bool ClosedOnTime);
