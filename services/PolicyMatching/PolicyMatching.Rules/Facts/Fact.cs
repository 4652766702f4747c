namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>
/// A fact dimension criteria can test. Most map to a <see cref="TalentFacts"/> member; <see cref="Age"/>,
/// <see cref="MonthsSinceGraduation"/> and <see cref="ContractMonths"/> are derived from dates.
/// In YAML a fact is written in camelCase (<c>socialInsuranceMonths</c>).
/// </summary>
public enum Fact
{
    /// <summary><see cref="TalentFacts.DegreeLevel"/>.</summary>
    DegreeLevel,

    /// <summary><see cref="TalentFacts.FullTime"/>.</summary>
    FullTime,

    /// <summary><see cref="TalentFacts.UniversityTier"/>.</summary>
    UniversityTier,

    /// <summary><see cref="TalentFacts.BirthDate"/>.</summary>
    BirthDate,

    /// <summary>Completed years of age (周岁) at the evaluation date, from <see cref="TalentFacts.BirthDate"/>.</summary>
    Age,

    /// <summary><see cref="TalentFacts.GraduationDate"/>.</summary>
    GraduationDate,

    /// <summary>
    /// Time elapsed since graduation, compared exactly in calendar months:
    /// <c>max: 24</c> holds up to and including the day 24 months after graduation.
    /// </summary>
    MonthsSinceGraduation,

    /// <summary><see cref="TalentFacts.SocialInsuranceMonths"/>.</summary>
    SocialInsuranceMonths,

    /// <summary><see cref="TalentFacts.ContinuousSocialInsuranceMonths"/>.</summary>
    ContinuousSocialInsuranceMonths,

    /// <summary><see cref="TalentFacts.SocialInsuranceMonthsLast12"/>.</summary>
    SocialInsuranceMonthsLast12,

    /// <summary><see cref="TalentFacts.EmploymentStartDate"/>.</summary>
    EmploymentStartDate,

    /// <summary><see cref="TalentFacts.ContractEndDate"/>.</summary>
    ContractEndDate,

    /// <summary>Whole months from employment start to the day after the contract end.</summary>
    ContractMonths,

    /// <summary><see cref="TalentFacts.EmployerInZone"/>.</summary>
    EmployerInZone,

    /// <summary><see cref="TalentFacts.EmployerType"/>.</summary>
    EmployerType,

    /// <summary><see cref="TalentFacts.IndustryChain"/>.</summary>
    IndustryChain,

    /// <summary><see cref="TalentFacts.EmployedLocally"/>.</summary>
    EmployedLocally,

    /// <summary><see cref="TalentFacts.OwnsHomeLocally"/>.</summary>
    OwnsHomeLocally,

    /// <summary><see cref="TalentFacts.FirstHomePurchase"/>.</summary>
    FirstHomePurchase,

    /// <summary><see cref="TalentFacts.HukouHuzhou"/>.</summary>
    HukouHuzhou,

    /// <summary><see cref="TalentFacts.TalentTier"/>.</summary>
    TalentTier,

    /// <summary><see cref="TalentFacts.SeniorTechnician"/>.</summary>
    SeniorTechnician,

    /// <summary><see cref="TalentFacts.StartupGrade"/>.</summary>
    StartupGrade,

    /// <summary><see cref="TalentFacts.StartupRegisteredInZone"/>.</summary>
    StartupRegisteredInZone,

    /// <summary><see cref="TalentFacts.TeamAverageAge"/>.</summary>
    TeamAverageAge,

    /// <summary><see cref="TalentFacts.HeldBenefits"/>.</summary>
    HeldBenefits,
}
