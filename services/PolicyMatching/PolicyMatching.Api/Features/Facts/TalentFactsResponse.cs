namespace TalentPortal.PolicyMatching.Features.Facts;

/// <summary>What policy-matching knows about a talent: <see cref="IdentityStatus"/> (Unverified, Verified, Revoked) and,
/// per fact key, where its value comes from (<see cref="Provenance"/>; a fact without an entry is self-declared, the
/// current employment's facts are HR's).</summary>
public sealed record TalentFactsResponse(
    Guid TalentId, string DisplayName, DateOnly BirthDate, bool HukouHuzhou, string? TalentTier, int EducationRecords, int EventsApplied, long Version,
    string IdentityStatus, IReadOnlyDictionary<string, FactProvenanceResponse> Provenance, bool? OwnsHomeLocally, bool? FirstHomePurchase);
