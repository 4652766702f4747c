namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>An instalment passed its eligibility re-check and was recorded as paid.</summary>
[EventStream(EventStreams.Applications, nameof(TalentId))]
public sealed record InstalmentPaid(
    Guid ApplicationId, Guid TalentId, string PolicyCode, int Number, decimal Amount, DateOnly DueDate, DateTimeOffset PaidAt);
