namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>A person was registered in talent-registry. <paramref name="PersonKey"/> is a keyed hash of the
/// national ID: stable per person, never the ID itself, so other services can key ledgers by person.
/// <paramref name="IdentityStatus"/> is one of <see cref="IdentityStatuses"/>; <paramref name="Provenance"/> gives, per
/// fact key (<c>degreeLevel</c>, <c>fullTime</c>, <c>universityTier</c>, <c>graduationDate</c>, <c>birthDate</c>,
/// <c>hukouHuzhou</c>, <c>talentTier</c>, <c>ownsHomeLocally</c>, …), where its value comes from; a fact without an
/// entry is self-declared.</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
public sealed record TalentRegistered(
    Guid TalentId,
    string PersonKey,
    string DisplayName,
    DateOnly BirthDate,
    string Sex,
    bool HukouHuzhou,
    string? TalentTier,
    IReadOnlyList<EducationRecordInfo> Education,
    DateTimeOffset RegisteredAt,
    string IdentityStatus = IdentityStatuses.Unverified,
    IReadOnlyDictionary<string, FactProvenanceInfo>? Provenance = null);
