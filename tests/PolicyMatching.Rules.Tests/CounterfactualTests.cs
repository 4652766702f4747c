using TalentPortal.PolicyMatching.Rules.Counterfactuals;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class CounterfactualTests
{
    private static readonly TalentFacts RentalPhd = PolicyYaml.Facts(
        "degreeLevel=Doctorate;birthDate=1995-03-10;graduationDate=2026-06-30;continuousSocialInsuranceMonths=2;" +
        "ownsHomeLocally=false;employedLocally=true") with
    { HeldBenefits = [] };

    [Fact]
    public void Evaluate_fourMonthsOfInsuranceMissing_waitsUntilTheyAccrue()
    {
        var result = PolicyEngine.Evaluate(RentalPhd, SeedPolicies.Get("RENTAL_SUBSIDY"), new DateOnly(2026, 11, 15));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal(CounterfactualKind.WaitUntil, step.Kind);
        Assert.Equal(Fact.ContinuousSocialInsuranceMonths, step.Fact);
        Assert.Equal("≥ 6", step.Required);
        Assert.Equal(new DateOnly(2027, 3, 1), step.Date);
        Assert.Equal(new DateOnly(2027, 3, 1), result.EligibleFrom);
        Assert.Equal("4 more months of continuous local social insurance (≥ 6) → eligible from 2027-03-01", step.Text.En);
        Assert.Equal("再缴纳4个月连续本地社保（需≥6个月）→ 2027-03-01起符合条件", step.Text.Zh);
    }

    [Fact]
    public void Evaluate_notEmployedLocally_insuranceNeedsAChangeNotWaiting()
    {
        var facts = RentalPhd with { EmployedLocally = false };

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("RENTAL_SUBSIDY"), new DateOnly(2026, 11, 15));

        Assert.Null(result.EligibleFrom);
        var insurance = result.Counterfactuals.Single(c => c.CriterionId == "continuous-social-insurance");
        Assert.Equal(CounterfactualKind.ChangeFact, insurance.Kind);
        Assert.Null(insurance.Date);
        Assert.Contains(result.Counterfactuals, c => c.CriterionId == "employed-locally" && c.Kind == CounterfactualKind.ChangeFact);
    }

    [Fact]
    public void Evaluate_ageLimitPassed_isImpossibleSinceBirthday()
    {
        var facts = PolicyYaml.Facts("degreeLevel=Bachelor;birthDate=1980-05-02;employmentStartDate=2024-01-01;employedLocally=true");

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("TALENT_APARTMENT"), new DateOnly(2026, 6, 1));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal(CounterfactualKind.Impossible, step.Kind);
        Assert.Equal(new DateOnly(2026, 5, 2), step.Date);
        Assert.Equal("Too old since 2026-05-02 (limit 45) — cannot change", step.Text.En);
        Assert.Equal("自2026-05-02起超过45周岁的年龄上限 — 无法改变", step.Text.Zh);
        Assert.Null(result.EligibleFrom);
        Assert.Equal("Not eligible (age-limit) and cannot become eligible", result.Summary.En);
    }

    [Fact]
    public void Evaluate_graduationWindowClosed_isImpossibleSinceDayAfterWindow()
    {
        var facts = PolicyYaml.Facts("degreeLevel=Master;fullTime=true;graduationDate=2024-06-30;employerInZone=true;socialInsuranceMonths=3");

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("LIVING_ALLOWANCE"), new DateOnly(2026, 8, 1));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal(CounterfactualKind.Impossible, step.Kind);
        Assert.Equal(new DateOnly(2026, 7, 1), step.Date);
        Assert.Equal("Graduated more than 2 years ago since 2026-07-01 — cannot change", step.Text.En);
        Assert.Equal("自2026-07-01起毕业已超过2年 — 无法改变", step.Text.Zh);
    }

    [Fact]
    public void Evaluate_windowClosesBeforeInsuranceAccrues_reportsTheConflictInsteadOfADate()
    {
        var facts = RentalPhd with { GraduationDate = new DateOnly(2024, 12, 31) };

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("RENTAL_SUBSIDY"), new DateOnly(2026, 11, 15));

        Assert.Null(result.EligibleFrom);
        Assert.Contains(result.Counterfactuals, c => c.Kind == CounterfactualKind.WaitUntil && c.Date == new DateOnly(2027, 3, 1));
        Assert.Contains(result.Counterfactuals, c => c.CriterionId == "doctorate-graduation-window"
            && c.Kind == CounterfactualKind.Impossible && c.Date == new DateOnly(2027, 1, 1));
        Assert.All(result.Counterfactuals, c => Assert.DoesNotContain("eligible from", c.Text.En, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_anyNode_picksTheCheapestBranch()
    {
        var policy = PolicyYaml.Policy("""
            any:
              - { id: home, fact: ownsHomeLocally, eq: false, article: 第一条 }
              - { id: adult, fact: age, min: 18, article: 第一条 }
            """);
        var facts = PolicyYaml.Facts("ownsHomeLocally=true;birthDate=2008-09-01");

        var result = PolicyEngine.Evaluate(facts, policy, new DateOnly(2026, 3, 1));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal("adult", step.CriterionId);
        Assert.Equal(CounterfactualKind.WaitUntil, step.Kind);
        Assert.Equal(new DateOnly(2026, 9, 1), step.Date);
        Assert.Equal(new DateOnly(2026, 9, 1), result.EligibleFrom);
        Assert.Equal("Reaches age 18 on 2026-09-01 → eligible", step.Text.En);
    }

    [Fact]
    public void Evaluate_higherDegreeRequiredButBranchWantsLower_cannotLowerADegree()
    {
        var policy = PolicyYaml.Policy("{ id: bachelor, fact: degreeLevel, eq: Bachelor, article: 第一条 }");

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts("degreeLevel=Master"), policy, new DateOnly(2026, 3, 1));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal(CounterfactualKind.Impossible, step.Kind);
        Assert.Contains("a degree cannot be lowered", step.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_failingAndMissing_asksToChangeOneAndProvideTheOther()
    {
        var policy = PolicyYaml.Policy("""
            all:
              - { id: zone, fact: employerInZone, eq: true, article: 第一条 }
              - { id: insured, fact: socialInsuranceMonths, min: 1, article: 第一条 }
            """);

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts("employerInZone=false"), policy, new DateOnly(2026, 3, 1));

        Assert.Equal(
            [("zone", CounterfactualKind.ChangeFact), ("insured", CounterfactualKind.ProvideFact)],
            result.Counterfactuals.Select(c => (c.CriterionId, c.Kind)));
        Assert.Equal("Employer located in the zone must be yes (now no)", result.Counterfactuals[0].Text.En);
        Assert.Equal("用人单位位于新区须是（当前：否）", result.Counterfactuals[0].Text.Zh);
    }

    [Fact]
    public void Evaluate_versionNotYetInForce_waitsForEffectiveDate()
    {
        var facts = PolicyYaml.Facts("degreeLevel=Bachelor;fullTime=true;graduationDate=2018-06-30;employerInZone=true;socialInsuranceMonths=3");

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("LIVING_ALLOWANCE"), new DateOnly(2018, 11, 1));

        var step = Assert.Single(result.Counterfactuals);
        Assert.Equal("effectiveFrom", step.CriterionId);
        Assert.Equal(new DateOnly(2019, 1, 1), result.EligibleFrom);
        Assert.Equal("The policy takes effect on 2019-01-01 → eligible", step.Text.En);
    }
}
