namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The windows a date must lie in to be believable, so no impossible value is stored: a birth date between
/// 1900 and today, a graduation or employment start between 1950 and a year from today, a contract ending after its
/// start and within 30 years of it, an end of employment not after a year from today. Each check returns what is wrong
/// (without the field's name), or null.</summary>
public static class PlausibleDates
{
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);
    public static readonly DateOnly EarliestCareer = new(1950, 1, 1);
    public const int MaxContractYears = 30;

    public static DateOnly Latest(DateOnly today) => today.AddYears(1);

    public static string? Birth(DateOnly birth, DateOnly today) =>
        birth < EarliestBirth || birth > today ? $"holds a birth date ({birth:yyyy-MM-dd}) that is not between {EarliestBirth:yyyy-MM-dd} and today" : null;

    public static string? Graduation(DateOnly date, DateOnly today) => Career(date, today);

    public static string? Start(DateOnly date, DateOnly today) => Career(date, today);

    public static string? End(DateOnly date, DateOnly today) => Career(date, today);

    public static string? ContractEnd(DateOnly end, DateOnly start) =>
        end <= start || end > start.AddYears(MaxContractYears)
            ? $"must be after the start date and within {MaxContractYears} years of it ({start.AddYears(MaxContractYears):yyyy-MM-dd})"
            : null;

    private static string? Career(DateOnly date, DateOnly today) =>
        date < EarliestCareer || date > Latest(today) ? $"must be between {EarliestCareer:yyyy-MM-dd} and {Latest(today):yyyy-MM-dd}" : null;
}
