namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Calendar arithmetic that agrees exactly with the compiled thresholds.</summary>
internal static class CalendarMath
{
    /// <summary>Completed years (周岁): the largest N with <c>birth.AddYears(N) ≤ asOf</c>.</summary>
    public static int CompletedYears(DateOnly birth, DateOnly asOf) => CompletedMonths(birth, asOf) / 12;

    /// <summary>Completed months: the largest N with <c>date.AddMonths(N) ≤ asOf</c> (negative before the date).</summary>
    public static int CompletedMonths(DateOnly date, DateOnly asOf)
    {
        var n = ((asOf.Year - date.Year) * 12) + asOf.Month - date.Month;
        while (n > 0 && date.AddMonths(n) > asOf)
        {
            n--;
        }

        return n;
    }

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Calendar months from the month of <paramref name="from"/> to the month of <paramref name="to"/>.</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
