namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>An application reached a decision: Returned, PublicNotice, Approved or Rejected (with the reason).</summary>
[EventStream(EventStreams.Applications, nameof(TalentId))]
public sealed record ApplicationDecided(
    Guid ApplicationId, Guid TalentId, string PolicyCode, string Decision, string? Reason, string DecidedBy, DateTimeOffset DecidedAt);
