namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>An employment at a zone employer ended.</summary>
public sealed record EmploymentEnded(
    Guid TalentId,
    Guid EmploymentId,
    Guid EmployerId,
    DateOnly EndDate,
    DateTimeOffset RecordedAt);
