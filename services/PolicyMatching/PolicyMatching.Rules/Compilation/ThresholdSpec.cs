namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>
/// A date threshold derived from the evaluation date, so a date-relative comparison becomes one integer comparison.
/// Elapsed time is measured forwards from the fact's date with <see cref="DateOnly.AddMonths"/> (years are 12 months):
/// "K months have passed on asOf" means <c>date.AddMonths(K) ≤ asOf</c>. <see cref="Upper"/> = false gives the latest
/// date for which K months have passed by asOf; true gives the earliest date whose K-month mark is on or after asOf.
/// </summary>
internal readonly record struct ThresholdSpec(int Months, bool Upper, int PlusDays)
{
    public long At(DateOnly asOf)
    {
        if (asOf.Year - (Months / 12) < 2)
        {
            return DateOnly.MinValue.DayNumber + PlusDays;
        }

        // AddMonths clamps to month ends, so the inverse is found by a short walk from asOf − K months.
        var c = asOf.AddMonths(-Months);
        if (Upper)
        {
            while (c.AddDays(-1).AddMonths(Months) >= asOf)
            {
                c = c.AddDays(-1);
            }

            while (c.AddMonths(Months) < asOf)
            {
                c = c.AddDays(1);
            }
        }
        else
        {
            while (c.AddDays(1).AddMonths(Months) <= asOf)
            {
                c = c.AddDays(1);
            }

            while (c.AddMonths(Months) > asOf)
            {
                c = c.AddDays(-1);
            }
        }

        return c.DayNumber + PlusDays;
    }
}
