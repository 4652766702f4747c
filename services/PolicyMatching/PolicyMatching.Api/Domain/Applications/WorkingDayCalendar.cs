using System.Globalization;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>Working days in mainland China: Monday to Friday, minus public holidays, plus the weekend days declared
/// working days in exchange (调休). Configurable through <c>Calendar:Holidays</c> and <c>Calendar:WorkingWeekends</c>
/// (ISO dates); the defaults are the State Council's 2026 arrangement.</summary>
public sealed class WorkingDayCalendar
{
    /// <summary>2026 public holidays (国务院办公厅 2026 年部分节假日安排).</summary>
    public static readonly IReadOnlyList<DateOnly> Holidays2026 = Dates(
        "2026-01-01", "2026-01-02", "2026-01-03",
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
        "2026-04-04", "2026-04-05", "2026-04-06",
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-06-20", "2026-06-21",
        "2026-09-25", "2026-09-26", "2026-09-27",
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");

    /// <summary>2026 weekend days that are working days (调休上班).</summary>
    public static readonly IReadOnlyList<DateOnly> WorkingWeekends2026 = Dates(
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekends;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workingWeekends)
    {
        _holidays = [.. holidays];
        _workingWeekends = [.. workingWeekends];
    }

    public static WorkingDayCalendar Default { get; } = new(Holidays2026, WorkingWeekends2026);

    public bool IsWorkingDay(DateOnly day) =>
        _workingWeekends.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The last day of a period of <paramref name="workingDays"/> working days starting on <paramref name="start"/>
    /// (or the next working day, when <paramref name="start"/> is not one).</summary>
    public DateOnly EndOfPeriod(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = start;
        var counted = 0;
        while (true)
        {
            if (IsWorkingDay(day) && ++counted == workingDays)
            {
                return day;
            }

            day = day.AddDays(1);
        }
    }

    private static DateOnly[] Dates(params string[] values) =>
        [.. values.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture))];
}
