using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>A talent as shown to callers; the national ID and phone are masked (last four characters) unless revealed.
/// <c>birthDate</c> is left out where the caller sees the birth year only. <c>identityStatus</c> is Unverified,
/// Verified or Revoked; <c>provenance</c> gives per fact key (birthDate, degreeLevel, fullTime, universityTier,
/// graduationDate, hukouHuzhou, ownsHomeLocally, firstHomePurchase, talentTier, seniorTechnician, startupRegisteredInZone,
/// teamAverageAge, startupGrade, and from the insurance feed
/// socialInsuranceMonths, continuousSocialInsuranceMonths, socialInsuranceMonthsLast12) where its value comes from;
/// <c>insurance</c> is null until the feed names the person.</summary>
public sealed record TalentResponse(
    Guid Id, string FullName, string NationalId, DateOnly? BirthDate, int BirthYear, Sex Sex, string? Phone, string? Email,
    bool HukouHuzhou, string? TalentTier, IReadOnlyList<EducationResponse> Education, DateTimeOffset RegisteredAt, long Version,
    bool? OwnsHomeLocally, bool? FirstHomePurchase, IdentityStatus IdentityStatus, IdentityMethod? IdentityMethod,
    IReadOnlyDictionary<string, FactProvenanceResponse> Provenance, InsuranceResponse? Insurance,
    bool? SeniorTechnician, bool? StartupRegisteredInZone, decimal? TeamAverageAge, string? StartupGrade)
{
    public static TalentResponse From(Talent talent, PersonalData personalData, TalentView view)
    {
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(view);
        var phone = talent.PhoneCipher is null ? null : personalData.Unprotect(talent.PhoneCipher);
        var provenance = new Dictionary<string, FactProvenance>(talent.Provenance);
        if (talent.Identity is not null)
        {
            provenance[Facts.BirthDate] = talent.Identity;
        }

        if (talent.Insurance is { } insurance)
        {
            provenance[Facts.SocialInsuranceMonths] = provenance[Facts.ContinuousSocialInsuranceMonths] =
                provenance[Facts.SocialInsuranceMonthsLast12] = insurance.Provenance;
        }

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
            talent.Version,
            talent.OwnsHomeLocally,
            talent.FirstHomePurchase,
            talent.IdentityStatus,
            talent.IdentityMethod,
            provenance.ToDictionary(
                p => p.Key,
                p => new FactProvenanceResponse(p.Value.Source, view.ShowsSuppliers ? p.Value.By : null, p.Value.At, [.. p.Value.EvidenceIds], p.Value.Rejected, p.Value.Reference)),
            talent.Insurance is { } summary
                ? new InsuranceResponse(summary.Months, summary.ContinuousMonths, summary.MonthsLast12, summary.AsOfMonth, summary.DeclaredMonths, summary.Differs)
                : null,
            talent.SeniorTechnician,
            talent.StartupRegisteredInZone,
            talent.TeamAverageAge,
            talent.StartupGrade);
    }
}
