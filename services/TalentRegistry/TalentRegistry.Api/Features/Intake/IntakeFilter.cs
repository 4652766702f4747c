using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Restricts the counted hires; null means "any".</summary>
public sealed record IntakeFilter(
    DegreeLevel? Degree = null,
    string? Street = null,
    IndustryChain? IndustryChain = null,
    Guid? EmployerId = null,
    UniversityTier? UniversityTier = null,
    bool? FromOutsideHuzhou = null);
