namespace TalentPortal.Housing.Domain;

/// <summary>The monthly rent of a lease. Month n covers [start + (n−1) months, start + n months − 1 day]; lease year =
/// ⌈n / 12⌉; the discount is that of benefit year ⌈(n + months used by earlier leases) / 12⌉; amount due = monthly rent × (100 − discount of that year) / 100, and for a month cut short by the move-out
/// (or the term end) × days occupied / days in that month's period. Each amount is rounded once, to the fen (0.01
/// yuan), half away from zero. A lease year without a step in the benefit pays the full rent.</summary>
public static class RentSchedule
{
    public static IReadOnlyList<RentInstalment> For(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return Compute(lease.StartDate, lease.LastDay, lease.MonthlyRent, lease.RentSteps, lease.PriorBenefitMonths);
    }

    public static IReadOnlyList<RentInstalment> Compute(
        DateOnly start, DateOnly lastDay, decimal monthlyRent, IReadOnlyList<RentStep> steps, int priorBenefitMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var months = new List<RentInstalment>();
        for (var n = 1; ; n++)
        {
            var from = start.AddMonths(n - 1);
            if (from > lastDay)
            {
                break;
            }

            var periodEnd = start.AddMonths(n).AddDays(-1);
            var to = periodEnd < lastDay ? periodEnd : lastDay;
            var year = (n + 11) / 12;
            var benefitYear = (n + priorBenefitMonths + 11) / 12;
            var discount = steps.FirstOrDefault(s => s.LeaseYear == benefitYear)?.DiscountPercent ?? 0m;
            var share = (decimal)(to.DayNumber - from.DayNumber + 1) / (periodEnd.DayNumber - from.DayNumber + 1);
            var due = decimal.Round(monthlyRent * (100m - discount) / 100m * share, 2, MidpointRounding.AwayFromZero);
            months.Add(new RentInstalment(n, from, to, year, discount, monthlyRent, due, benefitYear));
        }

        return months;
    }
}
