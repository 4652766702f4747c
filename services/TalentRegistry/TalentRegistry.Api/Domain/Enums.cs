namespace TalentPortal.TalentRegistry.Domain;

public enum Sex
{
    Female,
    Male,
}

/// <summary>Degree levels, highest first.</summary>
public enum DegreeLevel
{
    Doctorate,
    Master,
    Bachelor,
    Associate,
}

public enum UniversityTier
{
    Tier985,
    Tier211,
    DoubleFirstClass,
    OverseasQsTop200,
    Other,
}
