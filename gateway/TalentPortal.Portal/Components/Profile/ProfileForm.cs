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

    public long? Version { get; set; }

    public List<EducationForm> Education { get; set; } = [];

    public static ProfileForm From(TalentProfile talent)
    {
        ArgumentNullException.ThrowIfNull(talent);
        return new ProfileForm
        {
            Email = talent.Email,
            HukouHuzhou = talent.HukouHuzhou,
            OwnsHomeLocally = talent.OwnsHomeLocally switch { true => "yes", false => "no", null => "" },
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

    /// <summary>What the person changed against the record they loaded, as a JSON merge patch: untouched fields are
    /// left out (a masked phone is never sent back), an emptied field is null, and <c>version</c> guards the write.</summary>
    public Dictionary<string, object?> Changes(TalentProfile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var changes = new Dictionary<string, object?>();
        if (Blank(Phone) is { } phone)
        {
            changes["phone"] = phone;
        }

        if (Blank(Email) != Blank(original.Email))
        {
            changes["email"] = Blank(Email);
        }

        if (HukouHuzhou != original.HukouHuzhou)
        {
            changes["hukouHuzhou"] = HukouHuzhou;
        }

        if (OwnsHome != original.OwnsHomeLocally)
        {
            changes["ownsHomeLocally"] = OwnsHome;
        }

        var education = FilledEducation();
        if (!education.SequenceEqual(From(original).FilledEducation()))
        {
            changes["education"] = education;
        }

        if (changes.Count > 0)
        {
            changes["version"] = Version;
        }

        return changes;
    }

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
