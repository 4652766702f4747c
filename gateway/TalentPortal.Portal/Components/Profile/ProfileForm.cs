using System.Globalization;
using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Components.Profile;

/// <summary>The fields of the talent registration and of the profile edit (one form: which one depends on whether the
/// talent record exists yet).</summary>
public sealed class ProfileForm
{
    public string? FullName { get; set; }

    public string? NationalId { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool HukouHuzhou { get; set; }

    /// <summary>"yes", "no" or empty (not stated).</summary>
    public string? OwnsHomeLocally { get; set; }

    public string? TalentTier { get; set; }

    public long? Version { get; set; }

    public List<EducationForm> Education { get; set; } = [];

    public static ProfileForm From(TalentProfile talent)
    {
        ArgumentNullException.ThrowIfNull(talent);
        return new ProfileForm
        {
            Email = talent.Email,
            HukouHuzhou = talent.HukouHuzhou,
            TalentTier = talent.TalentTier,
            Version = talent.Version,
            Education = [.. talent.Education.Select(e => new EducationForm
            {
                DegreeLevel = e.DegreeLevel,
                FullTime = e.FullTime,
                University = e.University,
                UniversityTier = e.UniversityTier,
                Major = e.Major,
                GraduationDate = e.GraduationDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            })],
        };
    }

    /// <summary>Rows the user filled in (a row without a university is the empty "add a degree" row).</summary>
    public List<EducationItem> FilledEducation() =>
        [.. Education.Where(e => !e.IsEmpty).Select(e => new EducationItem(Blank(e.DegreeLevel), e.FullTime, e.University?.Trim(), Blank(e.UniversityTier), Blank(e.Major), Blank(e.GraduationDate)))];

    public bool? OwnsHome => OwnsHomeLocally switch { "yes" => true, "no" => false, _ => null };

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class EducationForm
{
    public string? DegreeLevel { get; set; }

    public bool FullTime { get; set; } = true;

    public string? University { get; set; }

    public string? UniversityTier { get; set; }

    public string? Major { get; set; }

    public string? GraduationDate { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(University) && string.IsNullOrWhiteSpace(DegreeLevel) && string.IsNullOrWhiteSpace(GraduationDate);
}
