using System.Globalization;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>The profile facts a registration and a profile update share: contact, tier and education.</summary>
public static class ProfileInput
{
    public const int MaxDegrees = 10;

    public const string TierRule =
        "talentTier is set by the talent office's 人才分类认定 decision (an official: PUT /api/talents/{id}/talent-tier), never declared.";

    public const string StartupGradeRule =
        "startupGrade is set by the zone's start-up grading decision (an official: PUT /api/talents/{id}/startup-grade), never declared.";

    public static void Validate(ValidationErrors errors, string? phone, string? email, string? talentTier, IReadOnlyList<EducationInput>? education)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ValidateContact(errors, phone, email);
        if (talentTier is not null and not ("A" or "B" or "C" or "D" or "E"))
        {
            errors.Add("talentTier", "talentTier must be one of A, B, C, D, E.");
        }

        ValidateEducation(errors, education);
    }

    public static void ValidateContact(ValidationErrors errors, string? phone, string? email)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("phone", phone, 20);
        errors.PlainText("phone", phone);
        errors.MaxLength("email", email, 100);
        errors.PlainText("email", email);
    }

    public static void ValidateEducation(ValidationErrors errors, IReadOnlyList<EducationInput>? education)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (education is null || education.Count == 0)
        {
            errors.Add("education", "education needs at least one degree.");
            return;
        }

        if (education.Count > MaxDegrees)
        {
            errors.Add("education", $"education holds at most {MaxDegrees} degrees.");
        }

        for (var i = 0; i < education.Count; i++)
        {
            var e = education[i];
            var path = $"education[{i}]";
            if (e is null)
            {
                errors.Add(path, $"{path} is required.");
                continue;
            }

            errors.Enum<DegreeLevel>($"{path}.degreeLevel", e.DegreeLevel);
            errors.Enum<UniversityTier>($"{path}.universityTier", e.UniversityTier);
            errors.Required($"{path}.university", e.University, 100);
            errors.PlainText($"{path}.university", e.University);
            errors.MaxLength($"{path}.major", e.Major, 100);
            errors.PlainText($"{path}.major", e.Major);
            if (GraduationDate(e.GraduationDate) is null)
            {
                errors.Add($"{path}.graduationDate", $"{path}.graduationDate must be yyyy-MM or yyyy-MM-dd.");
            }
        }
    }

    /// <summary>Graduation dates between 1950 and a year from today (<see cref="PlausibleDates"/>).</summary>
    public static void ValidateDates(ValidationErrors errors, IReadOnlyList<EducationInput>? education, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        for (var i = 0; i < (education?.Count ?? 0); i++)
        {
            if (GraduationDate(education![i]?.GraduationDate) is { } date && PlausibleDates.Graduation(date, today) is { } problem)
            {
                errors.Add($"education[{i}].graduationDate", $"education[{i}].graduationDate {problem}.");
            }
        }
    }

    /// <summary>"2024-06" means the last day of June 2024.</summary>
    public static DateOnly? GraduationDate(string? value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        }

        return null;
    }

    /// <summary>The education records of a validated request.</summary>
    public static IEnumerable<EducationRecord> ToEducation(IReadOnlyList<EducationInput> education)
    {
        ArgumentNullException.ThrowIfNull(education);
        return education.Select(e => new EducationRecord
        {
            DegreeLevel = EnumText.ParseOrNull<DegreeLevel>(e.DegreeLevel)!.Value,
            FullTime = e.FullTime ?? true,
            University = e.University!.Trim(),
            UniversityTier = EnumText.ParseOrNull<UniversityTier>(e.UniversityTier)!.Value,
            Major = e.Major?.Trim(),
            GraduationDate = GraduationDate(e.GraduationDate)!.Value,
        });
    }
}
