using System.Globalization;

namespace TalentPortal.Portal.Localization;

/// <summary>Months, counts, rates and paces on the officials' dashboards, in the request's culture.</summary>
public static class Figures
{
    private static readonly TimeSpan Huzhou = TimeSpan.FromHours(8);

    /// <summary>The portal host's clock (set at start-up; the system clock until then).</summary>
    public static TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Today in Huzhou (UTC+8): notice windows and target years are Huzhou dates.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(Huzhou).DateTime);

    /// <summary>"2026-03" as 2026年3月 or Mar 2026; anything else unchanged.</summary>
    public static string Month(string month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(PortalCulture.IsChinese ? "yyyy年M月" : "MMM yyyy", CultureInfo.CurrentCulture)
            : month;

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A share such as an on-time rate (0.8333) as 83.3%.</summary>
    public static string Percent(decimal share) => share.ToString("0.#%", CultureInfo.CurrentCulture);

    public static string Percent(int part, int whole) => whole == 0 ? "—" : Percent((decimal)part / whole);
}
