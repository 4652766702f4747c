namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>A talent's profile facts, their provenance or the identity status changed (an edit, a verification or
/// rejection by an official, an identity attested by HR or resolved by a claim). Carries the whole current state:
/// <paramref name="IdentityStatus"/> is one of <see cref="IdentityStatuses"/>; <paramref name="Provenance"/> as in
/// <see cref="TalentRegistered"/>. The facts after <paramref name="FirstHomePurchase"/> are null while unknown.</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
public sealed record TalentProfileUpdated(
    Guid TalentId,
    bool HukouHuzhou,
    string? TalentTier,
    bool? OwnsHomeLocally,
    IReadOnlyList<EducationRecordInfo> Education,
    DateTimeOffset UpdatedAt,
    string IdentityStatus = IdentityStatuses.Unverified,
    IReadOnlyDictionary<string, FactProvenanceInfo>? Provenance = null,
    bool? FirstHomePurchase = null,
    bool? SeniorTechnician = null,
    bool? StartupRegisteredInZone = null,
    decimal? TeamAverageAge = null,
    string? StartupGrade = null);
