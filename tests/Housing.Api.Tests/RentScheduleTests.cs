using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Tests;

public sealed class RentScheduleTests
{
    private static readonly RentStep[] PolicySteps =
        [new() { LeaseYear = 1, DiscountPercent = 100m }, new() { LeaseYear = 2, DiscountPercent = 70m }, new() { LeaseYear = 3, DiscountPercent = 50m }];

    [Fact]
    public void Compute_policySteps_yearOneFree_yearTwoSeventyOff_yearThreeHalf_roundedHalfAwayFromZero()
    {
        var start = new DateOnly(2026, 3, 1);

        var months = RentSchedule.Compute(start, start.AddYears(3).AddDays(-1), 1555.55m, PolicySteps);

        Assert.Equal(36, months.Count);
        Assert.All(months.Take(12), m => Assert.Equal(0m, m.AmountDue));
        Assert.All(months.Skip(12).Take(12), m => Assert.Equal(466.67m, m.AmountDue));
        Assert.All(months.Skip(24), m => Assert.Equal(777.78m, m.AmountDue));
        Assert.Equal(new DateOnly(2027, 3, 1), months[12].From);
        Assert.Equal(new DateOnly(2029, 2, 28), months[^1].To);
    }

    [Fact]
    public void Compute_leaseEndingMidMonth_chargesTheLastMonthProRataByDays()
    {
        var months = RentSchedule.Compute(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 1), 1000m, []);

        Assert.Equal(2, months.Count);
        Assert.Equal(1000m, months[0].AmountDue);
        Assert.Equal(new DateOnly(2026, 2, 15), months[1].From);
        Assert.Equal(535.71m, months[1].AmountDue);
    }

    [Fact]
    public void Compute_yearWithoutAStep_paysTheFullRent()
    {
        var start = new DateOnly(2026, 1, 1);

        var months = RentSchedule.Compute(start, start.AddYears(2).AddDays(-1), 1200m, [new() { LeaseYear = 1, DiscountPercent = 100m }]);

        Assert.Equal(0m, months[11].AmountDue);
        Assert.Equal(1200m, months[12].AmountDue);
        Assert.Equal(2, months[12].LeaseYear);
    }
}
