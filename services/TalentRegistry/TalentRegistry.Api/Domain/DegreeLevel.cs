namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Degree levels, highest first.</summary>
public enum DegreeLevel
{
    Doctorate,
    Master,
    Bachelor,
    Associate,
}
