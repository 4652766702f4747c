using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class BenefitScheduleTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    [Fact]
    public void Evaluate_phdReturnee_pays40_40_20WithUpliftInLastInstalment()
    {
        var policy = SeedPolicies.Get("HOME_PURCHASE");
        var facts = policy.TestCases[0].Facts;

        var benefit = PolicyEngine.Evaluate(facts, policy, Start).Benefit!;

        Assert.Equal(BenefitKind.Instalments, benefit.Kind);
        Assert.Equal(350000m, benefit.BaseAmount);
        Assert.Equal(35000m, benefit.UpliftAmount);
        Assert.Equal(385000m, benefit.Amount);
        Assert.Equal(["huzhou-returnee"], benefit.AppliedUplifts);
        Assert.Equal(
            [(1, new DateOnly(2026, 3, 1), 140000m, 0m), (2, new DateOnly(2027, 3, 1), 140000m, 0m), (3, new DateOnly(2028, 3, 1), 105000m, 35000m)],
            benefit.Payments.Select(p => (p.Sequence, p.DueDate, p.Amount, p.Uplift)));
        Assert.Equal("¥385,000 in 3 instalments (40%/40%/20%)", benefit.Description.En);
    }

    [Fact]
    public void Evaluate_amountNotDivisibleByPercentages_roundsToFenAndLastTakesRemainder()
    {
        var policy = PolicyYaml.Policy("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", """
            kind: Instalments
            amounts:
              - { amount: 100001.01, article: 第二条 }
            uplifts:
              - { id: up, when: { fact: hukouHuzhou, eq: true }, percent: 10, article: 第三条 }
            instalments:
              - { percent: 33.33, afterMonths: 0 }
              - { percent: 33.33, afterMonths: 12 }
              - { percent: 33.34, afterMonths: 24 }
            """);

        var benefit = PolicyEngine.Evaluate(PolicyYaml.Facts("employerInZone=true;hukouHuzhou=true"), policy, Start).Benefit!;

        Assert.Equal([33330.34m, 33330.34m, 33340.33m + 10000.10m], benefit.Payments.Select(p => p.Amount));
        Assert.Equal(110001.11m, benefit.Amount);
        Assert.Equal(benefit.Amount, benefit.Payments.Sum(p => p.Amount));
    }

    [Fact]
    public void Evaluate_proRataUplift_isSpreadOverInstalments()
    {
        var policy = PolicyYaml.Policy("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", """
            kind: Instalments
            amounts:
              - { amount: 100000, article: 第二条 }
            uplifts:
              - { id: up, when: { fact: hukouHuzhou, eq: true }, percent: 10, paidWith: prorata, article: 第三条 }
            instalments:
              - { percent: 50, afterMonths: 0 }
              - { percent: 50, afterMonths: 6 }
            """);

        var benefit = PolicyEngine.Evaluate(PolicyYaml.Facts("employerInZone=true;hukouHuzhou=true"), policy, Start).Benefit!;

        Assert.Equal([55000m, 55000m], benefit.Payments.Select(p => p.Amount));
        Assert.Equal(new DateOnly(2026, 9, 1), benefit.Payments[1].DueDate);
    }

    [Fact]
    public void Evaluate_unknownUpliftFact_isEligibleWithoutUpliftAndSaysSo()
    {
        var policy = SeedPolicies.Get("HOME_PURCHASE");
        var facts = policy.TestCases[0].Facts with { HukouHuzhou = null };

        var result = PolicyEngine.Evaluate(facts, policy, Start);

        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.Equal(350000m, result.Benefit!.Amount);
        Assert.Equal(["huzhou-returnee"], result.Benefit.UndecidedUplifts);
    }

    [Fact]
    public void Evaluate_rentalSubsidy_paysMonthlyForTheRowsMonths()
    {
        var policy = SeedPolicies.Get("RENTAL_SUBSIDY");

        var benefit = PolicyEngine.Evaluate(policy.TestCases[0].Facts, policy, Start).Benefit!;

        Assert.Equal(36, benefit.Payments.Count);
        Assert.All(benefit.Payments, p => Assert.Equal(800m, p.Amount));
        Assert.Equal(28800m, benefit.Amount);
        Assert.Equal(new DateOnly(2029, 2, 1), benefit.Payments[^1].DueDate);
    }

    [Fact]
    public void StartingOn_approvalDate_movesEveryDueDate()
    {
        var policy = SeedPolicies.Get("HOME_PURCHASE");
        var benefit = PolicyEngine.Evaluate(policy.TestCases[0].Facts, policy, Start).Benefit!;

        var moved = benefit.StartingOn(new DateOnly(2026, 5, 31));

        Assert.Equal([new DateOnly(2026, 5, 31), new DateOnly(2027, 5, 31), new DateOnly(2028, 5, 31)], moved.Payments.Select(p => p.DueDate));
        Assert.Equal(benefit.Amount, moved.Amount);
    }

    [Fact]
    public void Evaluate_talentApartment_exposesSteppedRentAsData()
    {
        var policy = SeedPolicies.Get("TALENT_APARTMENT");

        var benefit = PolicyEngine.Evaluate(policy.TestCases[0].Facts, policy, Start).Benefit!;

        Assert.Equal(BenefitKind.TalentApartment, benefit.Kind);
        Assert.Null(benefit.Amount);
        Assert.Empty(benefit.Payments);
        Assert.Equal([new RentStep(1, 100m), new RentStep(2, 70m), new RentStep(3, 50m)], benefit.RentSteps);
        Assert.Equal("人才公寓，3年租金减免 100%/70%/50%", benefit.Description.Zh);
    }

    [Fact]
    public void Evaluate_elitePlan_screensAndLeavesTheAmountToReview()
    {
        var policy = SeedPolicies.Get("SOUTH_TAIHU_ELITE");

        var result = PolicyEngine.Evaluate(policy.TestCases[0].Facts, policy, Start);

        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.True(result.Benefit!.RequiresManualReview);
        Assert.Null(result.Benefit.Amount);
        Assert.Equal(100_000_000m, result.Benefit.UpTo);
        Assert.Equal("Passes screening, manual review: Case by case, up to ¥100,000,000, decided by review", result.Summary.En);
    }
}
