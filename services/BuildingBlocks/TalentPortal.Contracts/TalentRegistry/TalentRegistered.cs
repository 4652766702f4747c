namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>A person was registered in talent-registry. <paramref name="PersonKey"/> is a keyed hash of the
/// national ID: stable per person, never the ID itself, so other services can key ledgers by person.</summary>
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
    DateTimeOffset RegisteredAt);
