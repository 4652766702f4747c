namespace TalentPortal.TalentRegistry.Domain;

/// <summary>One degree. A month-only graduation date is stored as the last day of that month.</summary>
public sealed class EducationRecord
{
    public DegreeLevel DegreeLevel { get; set; }
    public bool FullTime { get; set; }
    public string University { get; set; } = "";
    public UniversityTier UniversityTier { get; set; }
    public string? Major { get; set; }
    public DateOnly GraduationDate { get; set; }
}
