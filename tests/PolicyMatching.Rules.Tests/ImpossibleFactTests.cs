using TalentPortal.PolicyMatching.Rules.Evaluation;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Impossible facts are unknown, never a pass, and never break the date arithmetic.</summary>
public sealed class ImpossibleFactTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    [Fact]
    public void Evaluate_birthDateInTheFuture_doesNotPassAnAgeLimit()
    {
        var policy = SeedPolicies.Get("TALENT_APARTMENT");
        var facts = policy.TestCases[0].Facts with { BirthDate = new DateOnly(2099, 1, 1) };

        var result = PolicyEngine.Evaluate(facts, policy, AsOf);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains(Facts.Fact.BirthDate, result.MissingFacts);
        Assert.NotEqual(Outcome.Eligible, PolicyEngine.Screen(facts, policy, AsOf).Outcome);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Evaluate_extremeDatesInFacts_answersWithoutThrowing(string date)
    {
        var extreme = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var policy in SeedPolicies.All)
        {
            var facts = PolicyYaml.Facts("degreeLevel=Doctorate;employerInZone=true;employedLocally=true;socialInsuranceMonths=3") with
            {
                BirthDate = extreme,
                GraduationDate = extreme,
                EmploymentStartDate = extreme,
                ContractEndDate = extreme,
            };

            var result = PolicyEngine.Evaluate(facts, policy, AsOf);

            Assert.NotEqual(Outcome.Eligible, result.Outcome);
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2101-01-01")]
    public void Evaluate_asOfOutsideTheSupportedRange_isRefused(string date)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyEngine.Evaluate(new Facts.TalentFacts(), SeedPolicies.Get("LIVING_ALLOWANCE"), asOf));
    }
}
