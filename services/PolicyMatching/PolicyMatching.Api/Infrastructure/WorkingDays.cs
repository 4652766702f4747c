using System.Globalization;
using TalentPortal.PolicyMatching.Domain.Applications;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>The working-day calendar from <c>Calendar:Holidays</c> and <c>Calendar:WorkingWeekends</c> (ISO dates),
/// defaulting to the published 2026 arrangement.</summary>
internal static class WorkingDays
{
    public static WorkingDayCalendar FromConfiguration(IConfiguration configuration)
    {
        var holidays = configuration.GetSection("Calendar:Holidays").Get<string[]>();
        var workingWeekends = configuration.GetSection("Calendar:WorkingWeekends").Get<string[]>();
        return holidays is null && workingWeekends is null
            ? WorkingDayCalendar.Default
            : new WorkingDayCalendar(Parse(holidays) ?? WorkingDayCalendar.Holidays2026, Parse(workingWeekends) ?? WorkingDayCalendar.WorkingWeekends2026);
    }

    private static DateOnly[]? Parse(string[]? values) =>
        values?.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
}
