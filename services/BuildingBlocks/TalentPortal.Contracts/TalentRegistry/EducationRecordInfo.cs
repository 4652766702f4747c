namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>One degree as carried in talent-registry events. Degree levels: Doctorate, Master, Bachelor, Associate.
/// University tiers: Tier985, Tier211, DoubleFirstClass, OverseasQsTop200, Other.</summary>
public sealed record EducationRecordInfo(
    string DegreeLevel,
    bool FullTime,
    string University,
    string UniversityTier,
    string? Major,
    DateOnly GraduationDate);
