using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class WhatIfTests
{
    [Fact]
    public void WhatIf_moreInsurance_turnsNotEligibleIntoEligible()
    {
        var policy = SeedPolicies.Get("RENTAL_SUBSIDY");
        var facts = policy.TestCases.Single(c => c.Name == "phd-with-two-months-of-insurance-eligible-in-four-months").Facts;

        var result = PolicyEngine.WhatIf(facts, new Dictionary<string, string?> { ["continuousSocialInsuranceMonths"] = "6" }, policy, new DateOnly(2026, 11, 15));

        Assert.Equal(Outcome.NotEligible, result.Before.Outcome);
        Assert.Equal(Outcome.Eligible, result.After.Outcome);
        Assert.Equal(6, result.Facts.ContinuousSocialInsuranceMonths);
        Assert.Contains("continuous-social-insurance", result.ChangedCriteria);
    }

    [Fact]
    public void WhatIf_clearingAFact_makesTheAnswerUnknown()
    {
        var policy = SeedPolicies.Get("TALENT_APARTMENT");

        var result = PolicyEngine.WhatIf(policy.TestCases[0].Facts, new Dictionary<string, string?> { ["birthDate"] = null }, policy, new DateOnly(2026, 3, 1));

        Assert.Equal(Outcome.Unknown, result.After.Outcome);
        Assert.Equal([Fact.BirthDate], result.After.MissingFacts);
    }

    [Fact]
    public void WhatIf_badOverrides_nameEveryProblem()
    {
        var policy = SeedPolicies.Get("TALENT_APARTMENT");
        var overrides = new Dictionary<string, string?> { ["salary"] = "1", ["age"] = "30", ["degreeLevel"] = "PhD" };

        var e = Assert.Throws<ArgumentException>(() => PolicyEngine.WhatIf(new TalentFacts(), overrides, policy, new DateOnly(2026, 3, 1)));

        Assert.Contains("salary: unknown fact", e.Message, StringComparison.Ordinal);
        Assert.Contains("age: 'age' is derived; set birthDate instead", e.Message, StringComparison.Ordinal);
        Assert.Contains("degreeLevel: 'PhD' is not one of Associate, Bachelor, Master, Doctorate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_monthOnlyGraduationDate_isTheLastDayOfThatMonth()
    {
        var facts = FactOverrides.Apply(new TalentFacts(), new Dictionary<string, string?> { ["graduationDate"] = "2024-02", ["heldBenefits"] = "A, B" });

        Assert.Equal(new DateOnly(2024, 2, 29), facts.GraduationDate);
        Assert.Equal(["A", "B"], facts.HeldBenefits);
    }
}
