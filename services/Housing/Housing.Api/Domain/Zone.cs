namespace TalentPortal.Housing.Domain;

/// <summary>The South Taihu New Area: its streets (街道) and its calendar (China Standard Time, UTC+8).</summary>
public static class Zone
{
    public static IReadOnlyList<string> Streets { get; } = ["凤凰街道", "仁皇山街道", "龙溪街道", "杨家埠街道", "滨湖街道"];

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static bool IsStreet(string? street) => street is not null && Streets.Contains(street);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The first instant of <paramref name="day"/> on the zone's calendar, as UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
