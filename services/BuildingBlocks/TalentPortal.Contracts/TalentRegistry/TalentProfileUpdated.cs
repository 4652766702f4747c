namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>A talent's profile facts changed (education, origin, tier or home ownership).</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
public sealed record TalentProfileUpdated(
    Guid TalentId,
    bool HukouHuzhou,
    string? TalentTier,
    bool? OwnsHomeLocally,
    IReadOnlyList<EducationRecordInfo> Education,
    DateTimeOffset UpdatedAt);
