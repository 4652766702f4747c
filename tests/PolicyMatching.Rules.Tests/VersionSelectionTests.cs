using TalentPortal.PolicyMatching.Rules.Evaluation;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class VersionSelectionTests
{
    private static readonly Facts.TalentFacts RecentPhd = PolicyYaml.Facts(
        "degreeLevel=Doctorate;fullTime=true;graduationDate=2021-12-31;employerInZone=true;socialInsuranceMonths=1");

    [Theory]
    [InlineData("2021-07-01", "2021-10-13", "2019", 50000)]
    [InlineData("2021-07-01", "2021-10-14", "2021-10", 50000)]
    [InlineData("2021-10-14", "2021-10-20", "2021-10", 50000)]
    [InlineData("2021-10-15", "2021-10-20", "2021-10", 100000)]
    public void Evaluate_livingAllowanceAroundTheChange_usesVersionInForceAndGraduationDate(string graduated, string asOf, string version, int amount)
    {
        var facts = RecentPhd with { GraduationDate = Date(graduated) };

        var result = PolicyEngine.Evaluate(facts, SeedPolicies.Get("LIVING_ALLOWANCE"), Date(asOf));

        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.Equal(version, result.VersionId);
        Assert.Equal(amount, result.Benefit!.Amount);
    }

    [Fact]
    public void Evaluate_beforeFirstVersion_isNotEligibleWithNotInForceReason()
    {
        var result = PolicyEngine.Evaluate(RecentPhd, SeedPolicies.Get("LIVING_ALLOWANCE"), new DateOnly(2018, 12, 31));

        Assert.Equal(Outcome.NotEligible, result.Outcome);
        Assert.Null(result.VersionId);
        Assert.Empty(result.Trace);
        Assert.Equal("Not in force on 2018-12-31 (versions: 2019-01-01–2021-10-13, 2021-10-14–)", result.Summary.En);
        Assert.StartsWith("2018-12-31无有效版本", result.Summary.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateFast_notInForce_returnsNotEligible()
    {
        var compiled = SeedPolicies.Get("LIVING_ALLOWANCE").Compiled;

        var outcome = compiled.EvaluateFast(RecentPhd, new DateOnly(2018, 1, 1), new CriterionOutcome[compiled.TraceLength]);

        Assert.Equal(Outcome.NotEligible, outcome);
    }

    [Fact]
    public void VersionAt_dates_selectsByEffectiveRangeInclusive()
    {
        var policy = SeedPolicies.Get("LIVING_ALLOWANCE");

        Assert.Equal("2019", policy.VersionAt(new DateOnly(2019, 1, 1))!.Id);
        Assert.Equal("2019", policy.VersionAt(new DateOnly(2021, 10, 13))!.Id);
        Assert.Equal("2021-10", policy.VersionAt(new DateOnly(2030, 1, 1))!.Id);
        Assert.Null(policy.VersionAt(new DateOnly(2018, 12, 31)));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
