using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Stacking;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class ExclusionResolverTests
{
    /// <summary>A recent PhD who qualifies for home purchase, rent, living allowance and a talent apartment.</summary>
    private static readonly TalentFacts Phd = PolicyYaml.Facts(
        "degreeLevel=Doctorate;fullTime=true;universityTier=985;birthDate=1995-03-10;graduationDate=2025-06-30;" +
        "employerInZone=true;employedLocally=true;employmentStartDate=2025-09-01;contractEndDate=2030-08-31;" +
        "socialInsuranceMonths=8;continuousSocialInsuranceMonths=8;firstHomePurchase=true;ownsHomeLocally=false;" +
        "hukouHuzhou=false;seniorTechnician=false") with
    { HeldBenefits = [] };

    [Fact]
    public void Resolve_homePurchaseAndRent_grantsTheHigherAndExcludesTheOther()
    {
        var results = PolicyEngine.EvaluateAll(Phd, SeedPolicies.All, new DateOnly(2026, 3, 1));

        var resolved = ExclusionResolver.Resolve(results);

        var home = resolved.Single(r => r.Result.PolicyCode == "HOME_PURCHASE");
        var rent = resolved.Single(r => r.Result.PolicyCode == "RENTAL_SUBSIDY");
        Assert.True(home.Granted);
        Assert.False(rent.Granted);
        Assert.Equal("HOME_PURCHASE", rent.ExcludedBy);
        Assert.Equal("Same exclusion group 'housing' as Talent home-purchase subsidy; only the higher benefit is granted (¥350,000 ≥ ¥28,800)", rent.Reason!.En);
        Assert.Contains("从高从优不重复", rent.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_benefitsWithoutGroup_areAllGrantedAndIneligibleAreDropped()
    {
        var results = PolicyEngine.EvaluateAll(Phd, SeedPolicies.All, new DateOnly(2026, 3, 1));

        var resolved = ExclusionResolver.Resolve(results);

        Assert.True(resolved.Single(r => r.Result.PolicyCode == "LIVING_ALLOWANCE").Granted);
        Assert.True(resolved.Single(r => r.Result.PolicyCode == "TALENT_APARTMENT").Granted);
        Assert.DoesNotContain(resolved, r => r.Result.PolicyCode == "GRADUATE_STARTUP");
        Assert.All(resolved, r => Assert.Equal(Outcome.Eligible, r.Result.Outcome));
    }

    [Fact]
    public void Resolve_onlyOneEligibleInGroup_grantsIt()
    {
        var owner = Phd with { FirstHomePurchase = false };
        var results = PolicyEngine.EvaluateAll(owner, SeedPolicies.All, new DateOnly(2026, 3, 1));

        var resolved = ExclusionResolver.Resolve(results);

        Assert.True(resolved.Single(r => r.Result.PolicyCode == "RENTAL_SUBSIDY").Granted);
        Assert.DoesNotContain(resolved, r => r.Result.PolicyCode == "HOME_PURCHASE");
    }

    [Fact]
    public void Resolve_equalAmounts_keepsTheLowestPolicyCode()
    {
        var policy = PolicyYaml.Policy("{ id: c, fact: employerInZone, eq: true, article: 第一条 }", header: "exclusionGroup: g");
        var facts = PolicyYaml.Facts("employerInZone=true");
        var a = PolicyEngine.Evaluate(facts, policy, new DateOnly(2026, 1, 1)) with { PolicyCode = "B_POLICY" };
        var b = a with { PolicyCode = "A_POLICY" };

        var resolved = ExclusionResolver.Resolve([a, b]);

        Assert.Equal([("A_POLICY", true), ("B_POLICY", false)], resolved.Select(r => (r.Result.PolicyCode, r.Granted)));
    }
}
