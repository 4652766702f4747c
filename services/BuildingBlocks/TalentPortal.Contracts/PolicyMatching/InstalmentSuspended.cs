namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>An instalment failed its eligibility re-check and is held back, with the reason.</summary>
[EventStream(EventStreams.Applications, nameof(TalentId))]
public sealed record InstalmentSuspended(
    Guid ApplicationId, Guid TalentId, string PolicyCode, int Number, decimal Amount, DateOnly DueDate, string Reason, DateTimeOffset SuspendedAt);
