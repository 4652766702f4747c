namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationInput(string? DegreeLevel, bool? FullTime, string? University, string? UniversityTier, string? Major, string? GraduationDate);
