namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>A talent's result for a policy changed (Eligible, NotEligible or Unknown), e.g. after a hire or a policy change.</summary>
[EventStream(EventStreams.Eligibility, nameof(TalentId))]
public sealed record EligibilityChanged(
    Guid TalentId, string PolicyCode, string? PreviousOutcome, string Outcome, decimal? Amount, string? VersionId, DateTimeOffset ChangedAt);
