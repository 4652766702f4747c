using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One degree as policy-matching keeps it (a plain class: stored documents must not depend on the
/// constructor shape of event records).</summary>
public sealed class EducationFact
{
    public string DegreeLevel { get; set; } = "";
    public bool FullTime { get; set; }
    public string University { get; set; } = "";
    public string UniversityTier { get; set; } = "";
    public string? Major { get; set; }
    public DateOnly GraduationDate { get; set; }

    public static EducationFact From(EducationRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new EducationFact
        {
            DegreeLevel = info.DegreeLevel,
            FullTime = info.FullTime,
            University = info.University,
            UniversityTier = info.UniversityTier,
            Major = info.Major,
            GraduationDate = info.GraduationDate,
        };
    }
}
