namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Declared (being hired, awaiting HR) → Confirmed (counts as intake) → Ended.</summary>
public enum EmploymentStatus
{
    Declared,
    Confirmed,
    Ended,
}
