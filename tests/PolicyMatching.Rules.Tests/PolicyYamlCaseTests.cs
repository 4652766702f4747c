using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Runs every test case written beside the policies in seeds/policies (OpenFisca-style).</summary>
public sealed class PolicyYamlCaseTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var policy in SeedPolicies.All)
        {
            foreach (var testCase in policy.TestCases)
            {
                data.Add(policy.SourceFile, testCase.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_yamlCase_matchesExpectation(string file, string caseName)
    {
        var policy = SeedPolicies.All.Single(p => p.SourceFile == file);
        var testCase = policy.TestCases.Single(c => c.Name == caseName);
        var expect = testCase.Expect;

        var result = PolicyEngine.Evaluate(testCase.Facts, policy, testCase.AsOf);

        var context = $"{file} / {caseName}: {result.Summary.En}";
        Assert.True(expect.Outcome == result.Outcome, $"{context}: expected {expect.Outcome}, got {result.Outcome}");
        if (expect.VersionId is not null)
        {
            Assert.Equal(expect.VersionId, result.VersionId);
        }

        if (expect.Amount is not null)
        {
            Assert.Equal(expect.Amount, result.Benefit?.Amount);
        }

        if (expect.Payments is not null)
        {
            Assert.Equal(expect.Payments, result.Benefit!.Payments.Select(p => p.Amount));
        }

        if (expect.Failed is not null)
        {
            Assert.Equal(expect.Failed.Order(), result.FailedCriteria.Order());
        }

        if (expect.Missing is not null)
        {
            Assert.Equal(expect.Missing.Order(), result.MissingFacts.Order());
        }

        if (expect.EligibleFrom is not null)
        {
            Assert.Equal(expect.EligibleFrom, result.EligibleFrom);
        }

        if (expect.ManualReview is not null)
        {
            Assert.Equal(expect.ManualReview, result.Benefit?.RequiresManualReview);
        }

        foreach (var wanted in expect.Counterfactuals ?? [])
        {
            Assert.True(
                result.Counterfactuals.Any(c => c.CriterionId == wanted.Criterion && c.Kind == wanted.Kind && (wanted.Date is null || c.Date == wanted.Date)),
                $"{context}: expected counterfactual {wanted}; got {string.Join("; ", result.Counterfactuals.Select(c => $"{c.CriterionId} {c.Kind} {c.Date} {c.Text.En}"))}");
        }
    }

    [Fact]
    public void LoadDirectory_seedPolicies_encodeTheSixPoliciesWithTestCases()
    {
        var codes = SeedPolicies.All.Select(p => p.Code).Order().ToList();

        Assert.Equal(
            ["GRADUATE_STARTUP", "HOME_PURCHASE", "LIVING_ALLOWANCE", "RENTAL_SUBSIDY", "SOUTH_TAIHU_ELITE", "TALENT_APARTMENT"],
            codes);
        Assert.All(SeedPolicies.All, p => Assert.NotEmpty(p.TestCases));
    }

    [Fact]
    public void LoadDirectory_seedPolicies_everyComparisonNamesItsClause()
    {
        static IEnumerable<Comparison> Leaves(CriterionNode node) => node switch
        {
            AllOf a => a.Children.SelectMany(Leaves),
            AnyOf a => a.Children.SelectMany(Leaves),
            NotOf n => Leaves(n.Child),
            Comparison c => [c],
            _ => [],
        };

        var leaves = SeedPolicies.All.SelectMany(p => p.Versions).SelectMany(v => Leaves(v.Criteria)).ToList();

        Assert.All(leaves, c => Assert.Matches("《.+》.* 第.+条", c.Clause));
    }
}
