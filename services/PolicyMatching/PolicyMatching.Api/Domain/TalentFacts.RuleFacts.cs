using TalentPortal.ServiceDefaults.Http;
using RuleFacts = TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Domain;

public sealed partial class TalentFacts
{
    /// <summary>The engine's view of this talent on <paramref name="asOf"/>.</summary>
    public RuleFacts.TalentFacts ToRuleFacts(DateOnly asOf)
    {
        // The highest degree, the latest of equals (a loop: a re-match does this a million times).
        EducationFact? highest = null;
        foreach (var education in Education)
        {
            if (highest is null || Degree(education.DegreeLevel) > Degree(highest.DegreeLevel)
                || (Degree(education.DegreeLevel) == Degree(highest.DegreeLevel) && education.GraduationDate > highest.GraduationDate))
            {
                highest = education;
            }
        }

        var employed = EmploymentStart is not null ? EmployedOn(asOf) : (bool?)null;
        var months = InsuranceMonthsOn(asOf);
        return new RuleFacts.TalentFacts
        {
            DegreeLevel = highest is null ? null : Degree(highest.DegreeLevel),
            FullTime = highest?.FullTime,
            UniversityTier = highest is null ? null : Tier(highest.UniversityTier),
            BirthDate = BirthDate,
            GraduationDate = highest?.GraduationDate,
            SocialInsuranceMonths = RegistryInsurance?.Months ?? months,
            ContinuousSocialInsuranceMonths = RegistryInsurance?.ContinuousMonths ?? (employed == true ? months : employed == false ? 0 : null),
            SocialInsuranceMonthsLast12 = RegistryInsurance?.MonthsLast12 ?? (months is null ? null : employed == true ? Math.Min(12, months.Value) : 0),
            EmploymentStartDate = employed == true ? EmploymentStart : null,
            ContractEndDate = employed == true ? ContractEnd ?? DateOnly.MaxValue : null,
            EmployerInZone = employed == true ? EmployerInZone : employed == false ? false : null,
            EmployerType = employed == true ? EnumText.ParseOrNull<RuleFacts.EmployerType>(EmployerType) : null,
            IndustryChain = employed == true ? IndustryChain : null,
            EmployedLocally = employed,
            OwnsHomeLocally = OwnsHomeLocally,
            FirstHomePurchase = FirstHomePurchase,
            SeniorTechnician = SeniorTechnician,
            StartupRegisteredInZone = StartupRegisteredInZone,
            TeamAverageAge = TeamAverageAge,
            StartupGrade = EnumText.ParseOrNull<RuleFacts.StartupGrade>(StartupGrade),
            HukouHuzhou = HukouHuzhou,
            TalentTier = EnumText.ParseOrNull<RuleFacts.TalentTier>(TalentTier),
            HeldBenefits = [.. HeldBenefits],
            Sources = Sources(),
        };
    }

    // Names only (EnumText): a number such as "7" is not a degree and must not rank above a doctorate.
    private static RuleFacts.DegreeLevel Degree(string level) => EnumText.ParseOrNull<RuleFacts.DegreeLevel>(level) ?? RuleFacts.DegreeLevel.Associate;

    private static RuleFacts.UniversityTier? Tier(string tier) => tier switch
    {
        "Tier985" => RuleFacts.UniversityTier.Project985,
        "Tier211" => RuleFacts.UniversityTier.Project211,
        _ => EnumText.ParseOrNull<RuleFacts.UniversityTier>(tier),
    };
}
