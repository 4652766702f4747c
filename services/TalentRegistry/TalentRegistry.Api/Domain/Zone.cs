namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The South Taihu New Area: its streets (街道) and the time zone its months are counted in.</summary>
public static class Zone
{
    public static IReadOnlyList<string> Streets { get; } = ["凤凰街道", "仁皇山街道", "龙溪街道", "杨家埠街道", "滨湖街道"];

    /// <summary>China Standard Time (UTC+8, no daylight saving): an intake month is a month on Huzhou's calendar.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static bool IsStreet(string? street) => street is not null && Streets.Contains(street);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Offset);
        return new DateOnly(local.Year, local.Month, 1);
    }
}
