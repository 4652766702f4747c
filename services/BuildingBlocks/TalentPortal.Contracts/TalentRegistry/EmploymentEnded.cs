namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>An employment at a zone employer ended (or a declared hire was withdrawn before confirmation).</summary>
public sealed record EmploymentEnded(
    Guid TalentId,
    Guid EmploymentId,
    Guid EmployerId,
    DateOnly EndDate,
    DateTimeOffset RecordedAt,
    string? Reason = null);
