using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationResponse(DegreeLevel DegreeLevel, bool FullTime, string University, UniversityTier UniversityTier, string? Major, DateOnly GraduationDate);

/// <summary>A talent as shown to callers; the national ID and phone are masked unless revealed (and audited).</summary>
public sealed record TalentResponse(
    Guid Id, string FullName, string NationalId, DateOnly BirthDate, Sex Sex, string? Phone, string? Email,
    bool HukouHuzhou, string? TalentTier, IReadOnlyList<EducationResponse> Education, DateTimeOffset RegisteredAt, long Version)
{
    public static TalentResponse From(Talent talent, PersonalData personalData, bool reveal)
    {
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(personalData);
        var phone = talent.PhoneCipher is null ? null : personalData.Unprotect(talent.PhoneCipher);
        return new TalentResponse(
            talent.Id,
            talent.FullName,
            reveal ? personalData.Unprotect(talent.NationalIdCipher) : talent.NationalIdMasked,
            talent.BirthDate,
            talent.Sex,
            phone is null || reveal ? phone : Domain.NationalId.Mask(phone),
            talent.Email,
            talent.HukouHuzhou,
            talent.TalentTier,
            [.. talent.Education.Select(e => new EducationResponse(e.DegreeLevel, e.FullTime, e.University, e.UniversityTier, e.Major, e.GraduationDate))],
            talent.RegisteredAt,
            talent.Version);
    }
}
