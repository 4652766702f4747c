namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>A confirmed employment at a zone employer ended (declared hires that never were confirmed end silently).</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
public sealed record EmploymentEnded(
    Guid TalentId,
    Guid EmploymentId,
    Guid EmployerId,
    DateOnly EndDate,
    DateTimeOffset RecordedAt,
    string? Reason = null);
