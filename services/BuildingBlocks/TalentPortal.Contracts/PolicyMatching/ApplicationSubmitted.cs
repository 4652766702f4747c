namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>A talent (or their employer's HR) applied for a benefit.</summary>
[EventStream(EventStreams.Applications, nameof(TalentId))]
public sealed record ApplicationSubmitted(
    Guid ApplicationId, Guid TalentId, string PolicyCode, string VersionId, decimal? Amount, Guid? EmployerId, DateTimeOffset SubmittedAt);
