namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>The dimensions intake can be broken down and filtered by.</summary>
public enum IntakeDimension
{
    Degree,
    Street,
    IndustryChain,
    Employer,
    UniversityTier,
    Origin,
}
