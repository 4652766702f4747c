namespace TalentPortal.TalentRegistry.Domain;

public enum UniversityTier
{
    Tier985,
    Tier211,
    DoubleFirstClass,
    OverseasQsTop200,
    Other,
}
