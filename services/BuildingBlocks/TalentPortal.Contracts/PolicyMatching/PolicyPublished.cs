namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>An official published a policy (a new version or a change); everyone is re-matched against it.</summary>
[EventStream(EventStreams.Policies, nameof(PolicyCode))]
public sealed record PolicyPublished(string PolicyCode, string VersionId, DateOnly EffectiveFrom, string PublishedBy, DateTimeOffset PublishedAt);
