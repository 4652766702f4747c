using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationResponse(DegreeLevel DegreeLevel, bool FullTime, string University, UniversityTier UniversityTier, string? Major, DateOnly GraduationDate);
