namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>
/// Treats an impossible fact as unknown before evaluation: a birth date after the evaluation date (a negative age must
/// not pass an age limit), a date outside <see cref="EngineDates.EarliestFact"/>–<see cref="EngineDates.LatestFact"/>,
/// a negative count. One bad record then answers Unknown for itself instead of breaking date arithmetic for everyone.
/// Allocates only when something is out of bounds.
/// </summary>
internal static class FactBounds
{
    public static TalentFacts Clean(TalentFacts facts, DateOnly asOf)
    {
        var birthOk = facts.BirthDate is not { } birth || (EngineDates.IsPlausible(birth) && birth <= asOf);
        var graduationOk = Plausible(facts.GraduationDate);
        var startOk = Plausible(facts.EmploymentStartDate);
        var contractOk = facts.ContractEndDate is not { } end || end == DateOnly.MaxValue || EngineDates.IsPlausible(end);
        var countsOk = facts.SocialInsuranceMonths is not < 0 && facts.ContinuousSocialInsuranceMonths is not < 0
            && facts.SocialInsuranceMonthsLast12 is not (< 0 or > 12) && facts.TeamAverageAge is not < 0;
        if (birthOk && graduationOk && startOk && contractOk && countsOk)
        {
            return facts;
        }

        return facts with
        {
            BirthDate = birthOk ? facts.BirthDate : null,
            GraduationDate = graduationOk ? facts.GraduationDate : null,
            EmploymentStartDate = startOk ? facts.EmploymentStartDate : null,
            ContractEndDate = contractOk ? facts.ContractEndDate : null,
            SocialInsuranceMonths = facts.SocialInsuranceMonths is < 0 ? null : facts.SocialInsuranceMonths,
            ContinuousSocialInsuranceMonths = facts.ContinuousSocialInsuranceMonths is < 0 ? null : facts.ContinuousSocialInsuranceMonths,
            SocialInsuranceMonthsLast12 = facts.SocialInsuranceMonthsLast12 is < 0 or > 12 ? null : facts.SocialInsuranceMonthsLast12,
            TeamAverageAge = facts.TeamAverageAge is < 0 ? null : facts.TeamAverageAge,
        };
    }

    private static bool Plausible(DateOnly? date) => date is not { } d || EngineDates.IsPlausible(d);
}
