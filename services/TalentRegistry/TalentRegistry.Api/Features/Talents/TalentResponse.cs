using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationResponse(DegreeLevel DegreeLevel, bool FullTime, string University, UniversityTier UniversityTier, string? Major, DateOnly GraduationDate);

/// <summary>How much of a person a caller sees: full national ID and phone only when revealed (officials, audited);
/// the birth date for the graduate themself and officials, the birth year only for HR (with the masked ID's last four
/// characters, a full birth date would leave few candidates for the whole number).</summary>
public sealed record TalentView(bool Reveal, bool BirthYearOnly)
{
    public static TalentView For(Caller caller, bool reveal = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new TalentView(reveal, caller.IsEmployerHr);
    }
}

/// <summary>A talent as shown to callers; the national ID and phone are masked (last four characters) unless revealed.
/// <c>birthDate</c> is left out where the caller sees the birth year only.</summary>
public sealed record TalentResponse(
    Guid Id, string FullName, string NationalId, DateOnly? BirthDate, int BirthYear, Sex Sex, string? Phone, string? Email,
    bool HukouHuzhou, string? TalentTier, IReadOnlyList<EducationResponse> Education, DateTimeOffset RegisteredAt, long Version)
{
    public static TalentResponse From(Talent talent, PersonalData personalData, TalentView view)
    {
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(view);
        var phone = talent.PhoneCipher is null ? null : personalData.Unprotect(talent.PhoneCipher);
        return new TalentResponse(
            talent.Id,
            talent.FullName,
            view.Reveal ? personalData.Unprotect(talent.NationalIdCipher) : Domain.NationalId.Mask(talent.NationalIdMasked),
            view.BirthYearOnly ? null : talent.BirthDate,
            talent.BirthDate.Year,
            talent.Sex,
            phone is null || view.Reveal ? phone : Domain.NationalId.Mask(phone),
            talent.Email,
            talent.HukouHuzhou,
            talent.TalentTier,
            [.. talent.Education.Select(e => new EducationResponse(e.DegreeLevel, e.FullTime, e.University, e.UniversityTier, e.Major, e.GraduationDate))],
            talent.RegisteredAt,
            talent.Version);
    }
}
