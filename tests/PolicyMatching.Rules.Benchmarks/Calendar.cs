namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>
/// Date rules as a developer would hand-write them, with the engine's semantics (elapsed time measured forwards
/// with AddYears/AddMonths). Used by the hand-written predicates and, as RulesEngine custom type, by its lambdas.
/// </summary>
public static class Calendar
{
    public static bool AgeAtMost(DateOnly? birth, DateOnly asOf, int years) => birth is { } b ? asOf < b.AddYears(years + 1) : false;

    public static bool AgeAtLeast(DateOnly? birth, DateOnly asOf, int years) => birth is { } b && b.AddYears(years) <= asOf;

    public static bool MonthsAtMost(DateOnly? date, DateOnly asOf, int months) => date is { } d && asOf <= d.AddMonths(months);

    public static bool MonthsAtLeast(DateOnly? date, DateOnly asOf, int months) => date is { } d && d.AddMonths(months) <= asOf;

    public static bool OnOrAfter(DateOnly? date, int year, int month, int day) => date is { } d && d >= new DateOnly(year, month, day);

    public static bool OnOrBefore(DateOnly? date, int year, int month, int day) => date is { } d && d <= new DateOnly(year, month, day);

    /// <summary>Whole months from start to the day after the (inclusive) contract end.</summary>
    public static int? ContractMonths(DateOnly? start, DateOnly? end)
    {
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e == DateOnly.MaxValue)
        {
            return int.MaxValue;
        }

        var after = e.AddDays(1);
        var months = ((after.Year - s.Year) * 12) + after.Month - s.Month;
        return after.Day < s.Day ? months - 1 : months;
    }
}
