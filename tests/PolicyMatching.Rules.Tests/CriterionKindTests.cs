using TalentPortal.PolicyMatching.Rules.Evaluation;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Each kind of comparison passes, fails, and is Unknown when its fact is missing.</summary>
public sealed class CriterionKindTests
{
    [Theory]
    [InlineData("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", "employerInZone=true", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", "employerInZone=false", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", "", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: ownsHomeLocally, ne: true, article: 第一条 }", "ownsHomeLocally=false", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: socialInsuranceMonths, min: 6, article: 第一条 }", "socialInsuranceMonths=6", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: socialInsuranceMonths, min: 6, article: 第一条 }", "socialInsuranceMonths=5", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: socialInsuranceMonths, min: 6, article: 第一条 }", "", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: degreeLevel, min: Master, article: 第一条 }", "degreeLevel=Doctorate", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: degreeLevel, min: Master, article: 第一条 }", "degreeLevel=Bachelor", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: degreeLevel, max: Master, article: 第一条 }", "degreeLevel=Doctorate", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: universityTier, in: [\"985\", \"211\"], article: 第一条 }", "universityTier=211", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: universityTier, in: [\"985\", \"211\"], article: 第一条 }", "universityTier=Other", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: universityTier, notIn: [Other], article: 第一条 }", "universityTier=DoubleFirstClass", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: universityTier, notIn: [Other], article: 第一条 }", "", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: employerType, eq: ResearchInstitute, article: 第一条 }", "employerType=ResearchInstitute", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: talentTier, min: C, article: 第一条 }", "talentTier=B", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: talentTier, min: C, article: 第一条 }", "talentTier=D", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: employmentStartDate, after: 2020-01-01, article: 第一条 }", "employmentStartDate=2020-01-02", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: employmentStartDate, after: 2020-01-01, article: 第一条 }", "employmentStartDate=2020-01-01", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: employmentStartDate, before: 2020-01-01, article: 第一条 }", "employmentStartDate=2019-12-31", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: age, max: 35, article: 第一条 }", "birthDate=1990-05-02", "2026-05-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: age, max: 35, article: 第一条 }", "birthDate=1990-05-02", "2026-05-02", Verdict.Fail)]
    [InlineData("{ id: c, fact: age, min: 18, article: 第一条 }", "birthDate=2008-02-29", "2026-02-27", Verdict.Fail)]
    [InlineData("{ id: c, fact: age, min: 18, article: 第一条 }", "birthDate=2008-02-29", "2026-02-28", Verdict.Pass)]
    [InlineData("{ id: c, fact: age, max: 35, article: 第一条 }", "", "2026-05-02", Verdict.Unknown)]
    [InlineData("{ id: c, fact: monthsSinceGraduation, max: 24, article: 第一条 }", "graduationDate=2024-06-30", "2026-06-30", Verdict.Pass)]
    [InlineData("{ id: c, fact: monthsSinceGraduation, max: 24, article: 第一条 }", "graduationDate=2024-06-30", "2026-07-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: monthsSinceGraduation, max: 24, article: 第一条 }", "graduationDate=2024-06", "2026-06-30", Verdict.Pass)]
    [InlineData("{ id: c, fact: monthsSinceGraduation, min: 6, article: 第一条 }", "graduationDate=2025-12-31", "2026-06-30", Verdict.Pass)]
    [InlineData("{ id: c, fact: monthsSinceGraduation, min: 6, article: 第一条 }", "graduationDate=2025-12-31", "2026-06-29", Verdict.Fail)]
    [InlineData("{ id: c, fact: contractMonths, min: 12, article: 第一条 }", "employmentStartDate=2025-03-01;contractEndDate=2026-02-28", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: contractMonths, min: 12, article: 第一条 }", "employmentStartDate=2025-03-01;contractEndDate=2026-02-27", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: contractMonths, min: 12, article: 第一条 }", "employmentStartDate=2025-03-01", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: teamAverageAge, max: 45, article: 第一条 }", "teamAverageAge=45", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: teamAverageAge, max: 45, article: 第一条 }", "teamAverageAge=45.5", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: industryChain, in: [semiconductors, new-energy-vehicles], article: 第一条 }", "industryChain=semiconductors", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: industryChain, in: [semiconductors, new-energy-vehicles], article: 第一条 }", "industryChain=biomedicine", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: industryChain, ne: biomedicine, article: 第一条 }", "", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: heldBenefits, contains: TALENT_APARTMENT, article: 第一条 }", "heldBenefits=RENTAL_SUBSIDY,TALENT_APARTMENT", "2026-01-01", Verdict.Pass)]
    [InlineData("{ id: c, fact: heldBenefits, notContains: TALENT_APARTMENT, article: 第一条 }", "heldBenefits=TALENT_APARTMENT", "2026-01-01", Verdict.Fail)]
    [InlineData("{ id: c, fact: heldBenefits, notContains: TALENT_APARTMENT, article: 第一条 }", "heldBenefits=", "2026-01-01", Verdict.Unknown)]
    [InlineData("{ id: c, fact: socialInsuranceMonthsLast12, min: 6, article: 第一条 }", "socialInsuranceMonthsLast12=7", "2026-01-01", Verdict.Pass)]
    public void Evaluate_comparison_givesVerdictAndOutcome(string criterion, string facts, string asOf, Verdict expected)
    {
        var policy = PolicyYaml.Policy(criterion);

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts(facts), policy, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Trace.Single(t => t.Id == "c").Verdict);
        Assert.Equal(expected switch { Verdict.Pass => Outcome.Eligible, Verdict.Fail => Outcome.NotEligible, _ => Outcome.Unknown }, result.Outcome);
    }

    [Theory]
    [InlineData("ownsHomeLocally=false", Verdict.Pass)]
    [InlineData("ownsHomeLocally=true", Verdict.Fail)]
    [InlineData("", Verdict.Unknown)]
    public void Evaluate_notNode_negatesAndKeepsUnknown(string facts, Verdict expected)
    {
        var policy = PolicyYaml.Policy("""
            not: { id: c, fact: ownsHomeLocally, eq: true, article: 第一条 }
            """);

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts(facts), policy, new DateOnly(2026, 1, 1));

        Assert.Equal(expected, result.Trace.Single(t => t.Id == "c").Verdict);
        Assert.Equal("≠ true", result.Trace.Single(t => t.Id == "c").Required);
    }

    [Theory]
    [InlineData("employerInZone=true", Outcome.Eligible)]
    [InlineData("employerInZone=false", Outcome.Unknown)]
    public void Evaluate_anyWithUnknownBranch_passesWhenAnotherBranchPasses(string facts, Outcome expected)
    {
        var policy = PolicyYaml.Policy("""
            any:
              - { id: a, fact: employerInZone, eq: true, article: 第一条 }
              - { id: b, fact: socialInsuranceMonths, min: 1, article: 第一条 }
            """);

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts(facts), policy, new DateOnly(2026, 1, 1));

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(expected == Outcome.Unknown ? ["SocialInsuranceMonths"] : Array.Empty<string>(), result.MissingFacts.Select(f => f.ToString()));
    }

    [Fact]
    public void Evaluate_failingCriterionWithMissingFact_isNotEligibleNotUnknown()
    {
        var policy = PolicyYaml.Policy("""
            all:
              - { id: a, fact: employerInZone, eq: true, article: 第一条 }
              - { id: b, fact: socialInsuranceMonths, min: 1, article: 第一条 }
            """);

        var result = PolicyEngine.Evaluate(PolicyYaml.Facts("employerInZone=false"), policy, new DateOnly(2026, 1, 1));

        Assert.Equal(Outcome.NotEligible, result.Outcome);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(["a"], result.FailedCriteria);
    }

    [Fact]
    public void Evaluate_phdWithoutSocialInsurance_isUnknownAndListsFact()
    {
        var policy = SeedPolicies.Get("HOME_PURCHASE");
        var facts = SeedPolicies.Get("HOME_PURCHASE").TestCases[0].Facts with { SocialInsuranceMonths = null };

        var result = PolicyEngine.Evaluate(facts, policy, new DateOnly(2026, 3, 1));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([Facts.Fact.SocialInsuranceMonths], result.MissingFacts);
        Assert.Null(result.Benefit);
        Assert.Contains("local social insurance", result.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_trace_namesFactValuesRequirementAndClause()
    {
        var policy = PolicyYaml.Policy("{ id: c, fact: age, max: 35, article: 第二条第（二）项 }");

        var line = PolicyEngine.Evaluate(PolicyYaml.Facts("birthDate=1990-05-02"), policy, new DateOnly(2026, 6, 1)).Trace.Single();

        Assert.Equal(Facts.Fact.Age, line.Fact);
        Assert.Equal("36 years", line.Actual);
        Assert.Equal("≤ 35", line.Required);
        Assert.Equal("《测试办法》 第二条第（二）项", line.Clause);
        Assert.Equal("年龄：要求≤35周岁，当前36周岁 — 不满足", line.Text.Zh);
        Assert.Equal("Age: required ≤ 35 years, is 36 years — not met", line.Text.En);
    }
}
