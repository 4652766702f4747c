using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Benefits;

/// <summary>Turns the applicable amount row and uplifts into a total and a dated schedule, exact to the fen.</summary>
internal static class BenefitCalculator
{
    public static Benefit Compute(BenefitRule rule, AmountRow? row, IReadOnlyList<Uplift> applied, IReadOnlyList<string> undecided, DateOnly start)
    {
        if (rule.Kind == BenefitKind.TalentApartment)
        {
            var steps = string.Join("/", rule.RentSteps.Select(s => Percent(s.DiscountPercent)));
            return InKind(rule, start, false, new LocalizedText(
                $"人才公寓，{rule.RentSteps.Count}年租金减免 {steps}",
                $"Talent apartment, rent discount {steps} over {rule.RentSteps.Count} years"));
        }

        if (rule.Kind == BenefitKind.CaseByCase)
        {
            var upTo = Money(rule.UpTo ?? 0);
            return InKind(rule, start, true, new LocalizedText(
                $"一事一议，最高{upTo}，经评审确定",
                $"Case by case, up to {upTo}, decided by review"));
        }

        ArgumentNullException.ThrowIfNull(row);
        var baseAmount = row.Total;
        var uplifts = applied.Select(u => (Uplift: u, Amount: Round(baseAmount * u.Percent / 100m))).ToList();
        var upliftTotal = uplifts.Sum(u => u.Amount);
        var shares = Shares(rule, row);
        var amounts = rule.Kind == BenefitKind.Monthly
            ? Enumerable.Repeat(row.Amount, row.Months).ToArray()
            : Split(baseAmount, shares.Select(s => s.Percent).ToList());
        var extra = new decimal[amounts.Length];
        foreach (var (uplift, amount) in uplifts)
        {
            if (uplift.PaidWith == UpliftPayment.LastInstalment)
            {
                extra[^1] += amount;
            }
            else
            {
                var parts = Split(amount, shares.Select(s => s.Percent).ToList());
                for (var i = 0; i < parts.Length; i++)
                {
                    extra[i] += parts[i];
                }
            }
        }

        var payments = shares
            .Select((s, i) => new Payment(i + 1, s.AfterMonths, start.AddMonths(s.AfterMonths), amounts[i] + extra[i], extra[i]))
            .ToList();
        var total = baseAmount + upliftTotal;
        return new Benefit
        {
            Kind = rule.Kind,
            Amount = total,
            BaseAmount = baseAmount,
            UpliftAmount = upliftTotal,
            AmountRowId = row.Id,
            AppliedUplifts = [.. applied.Select(u => u.Id)],
            UndecidedUplifts = undecided,
            StartDate = start,
            Payments = payments,
            RentSteps = [],
            UpTo = null,
            RequiresManualReview = false,
            Description = Describe(rule, row, total, payments.Count),
        };
    }

    private static Benefit InKind(BenefitRule rule, DateOnly start, bool review, LocalizedText description) => new()
    {
        Kind = rule.Kind,
        Amount = null,
        BaseAmount = null,
        UpliftAmount = 0,
        AmountRowId = null,
        AppliedUplifts = [],
        UndecidedUplifts = [],
        StartDate = start,
        Payments = [],
        RentSteps = rule.RentSteps,
        UpTo = rule.UpTo,
        RequiresManualReview = review,
        Description = description,
    };

    private static List<Instalment> Shares(BenefitRule rule, AmountRow row) => rule.Kind switch
    {
        BenefitKind.Instalments => [.. rule.Instalments],
        BenefitKind.Monthly => [.. Enumerable.Range(0, row.Months).Select(m => new Instalment(100m / row.Months, m))],
        _ => [new Instalment(100m, 0)],
    };

    /// <summary>Splits an amount by percentages, rounding each part to the fen; the last part takes the remainder.</summary>
    private static decimal[] Split(decimal amount, List<decimal> percents)
    {
        var parts = new decimal[percents.Count];
        var sum = 0m;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parts[i] = Round(amount * percents[i] / 100m);
            sum += parts[i];
        }

        parts[^1] = amount - sum;
        return parts;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static LocalizedText Describe(BenefitRule rule, AmountRow row, decimal total, int count) => rule.Kind switch
    {
        BenefitKind.Monthly => new(
            $"每月{Money(row.Amount)}，共{row.Months}个月，合计{Money(total)}",
            $"{Money(row.Amount)} a month for {row.Months} months, {Money(total)} in total"),
        BenefitKind.Instalments => new(
            $"合计{Money(total)}，分{count}期发放（{string.Join("/", rule.Instalments.Select(i => Percent(i.Percent)))}）",
            $"{Money(total)} in {count} instalments ({string.Join("/", rule.Instalments.Select(i => Percent(i.Percent)))})"),
        _ => new($"一次性发放{Money(total)}", $"{Money(total)} paid once"),
    };

    internal static string Money(decimal value) =>
        "¥" + value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
