namespace TalentPortal.PolicyMatching.Domain;

/// <summary>
/// When a talent's results could next change with no event at all, only because time passes: the next birthday (age
/// limits), the next monthly anniversary of the graduation (months-since-graduation windows) and, while employed, of
/// the insurance report (months of social insurance accrue), and the day an employment starts, a contract ends or an
/// employment ends. Month counts are followed for ten years, beyond any window a policy here reads. Policy versions
/// that take effect on a date are handled apart (a re-match of that policy on the day).
/// </summary>
public static class ChangeCalendar
{
    private const int MonthsFollowed = 120;

    public static DateOnly? NextChange(TalentFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        DateOnly? next = null;
        void Consider(DateOnly? candidate)
        {
            if (candidate is { } day && day > today && (next is null || day < next))
            {
                next = day;
            }
        }

        if (facts.Registered && facts.BirthDate <= today)
        {
            Consider(NextAnniversary(facts.BirthDate, today, months: 12, followed: int.MaxValue));
        }

        foreach (var education in facts.Education)
        {
            Consider(NextAnniversary(education.GraduationDate, today, months: 1, followed: MonthsFollowed));
        }

        if (facts.InsuranceReportedOn is { } reported && facts.EmployedOn(today))
        {
            Consider(NextAnniversary(reported, today, months: 1, followed: MonthsFollowed));
        }

        foreach (var employment in facts.Employments)
        {
            Consider(employment.StartDate);
            Consider(employment.ContractEnd?.AddDays(1));
            Consider(employment.EndDate?.AddDays(1));
        }

        return next;
    }

    /// <summary>The first day after <paramref name="today"/> that is a whole number of <paramref name="months"/>-month
    /// steps after <paramref name="from"/>, while fewer than <paramref name="followed"/> months have passed.</summary>
    private static DateOnly? NextAnniversary(DateOnly from, DateOnly today, int months, int followed)
    {
        if (from > today)
        {
            return from;
        }

        var elapsed = ((today.Year - from.Year) * 12) + today.Month - from.Month;
        var steps = (elapsed / months) + 1;
        for (var step = Math.Max(1, steps - 1); step <= steps + 1; step++)
        {
            var total = step * months;
            if (total >= followed || from.Year + (total / 12) > 9998)
            {
                return null;
            }

            var day = from.AddMonths(total);
            if (day > today)
            {
                return day;
            }
        }

        return null;
    }
}
