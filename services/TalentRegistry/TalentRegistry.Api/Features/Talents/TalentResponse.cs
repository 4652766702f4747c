using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationResponse(DegreeLevel DegreeLevel, bool FullTime, string University, UniversityTier UniversityTier, string? Major, DateOnly GraduationDate);

/// <summary>Where a fact's value comes from: <c>source</c> (SelfDeclared, EmployerAttested, OfficialVerified,
/// Registry), <c>at</c>, <c>evidenceIds</c>; <c>by</c> (the account) for officials and admins only; <c>rejected</c>
/// when an official refused a declared value that had no verified value to return to; <c>reference</c> the
/// verification's reference (a degree's 学信网 verification code and report date) when one was recorded.</summary>
public sealed record FactProvenanceResponse(string Source, string? By, DateTimeOffset At, IReadOnlyList<Guid> EvidenceIds, bool Rejected, string? Reference);

/// <summary>How much of a person a caller sees: full national ID and phone only when revealed (officials, audited);
/// the birth date for the graduate themself and officials, the birth year only for HR (with the masked ID's last four
/// characters, a full birth date would leave few candidates for the whole number); who supplied each fact for officials
/// and admins only.</summary>
public sealed record TalentView(bool Reveal, bool BirthYearOnly, bool ShowsSuppliers = false)
{
    public static TalentView For(Caller caller, bool reveal = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new TalentView(reveal, caller.IsEmployerHr, caller.IsOfficial || caller.IsAdmin);
    }
}

/// <summary>Social insurance as the bureau's feed shows it, as of <c>asOfMonth</c>, beside the months HR declared on the
/// current employment when the feed came (<c>differs</c> when they are not the feed's total).</summary>
public sealed record InsuranceResponse(int Months, int ContinuousMonths, int MonthsLast12, string AsOfMonth, int? DeclaredMonths, bool Differs);

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
