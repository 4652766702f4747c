using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>What a version reads is recorded as text and read back to the same answer.</summary>
public sealed class FactInputsTests
{
    [Fact]
    public void ReadBy_livingAllowance_namesTheInputFactsOfCriteriaAndAmounts()
    {
        var version = SeedPolicies.Get("LIVING_ALLOWANCE").Versions[1];

        var read = FactInputs.ReadBy(version).Select(FactCatalog.KeyOf);

        Assert.Equal(["degreeLevel", "fullTime", "graduationDate", "socialInsuranceMonths", "employerInZone"], read);
    }

    [Fact]
    public void From_textOfEveryFactRead_evaluatesToTheSameOutcomeAmountAndTrace()
    {
        var facts = PolicyYaml.Facts(
            "degreeLevel=Doctorate;fullTime=true;universityTier=985;graduationDate=2025-06-30;birthDate=1994-08-01;employmentStartDate=2026-07-01;" +
            "contractEndDate=9999-12-31;employedLocally=true;employerInZone=true;socialInsuranceMonths=7;continuousSocialInsuranceMonths=7;" +
            "ownsHomeLocally=false;firstHomePurchase=true;hukouHuzhou=true;heldBenefits=");
        var asOf = new DateOnly(2027, 1, 15);
        foreach (var policy in SeedPolicies.All)
        {
            var version = policy.VersionAt(asOf)!;
            var recorded = FactInputs.ReadBy(version).ToDictionary(FactCatalog.KeyOf, f => FactInputs.Text(facts, f));

            var before = PolicyEngine.Evaluate(facts, policy, asOf);
            var after = PolicyEngine.Evaluate(FactInputs.From(recorded), policy, asOf);

            Assert.Equal(before.Outcome, after.Outcome);
            Assert.Equal(before.Benefit?.Amount, after.Benefit?.Amount);
            Assert.Equal(before.Trace, after.Trace);
        }
    }

    [Fact]
    public void Text_emptySetAndUnknownSet_readBackAsThemselves()
    {
        var none = FactInputs.From(new Dictionary<string, string?> { ["heldBenefits"] = FactInputs.Text(new TalentFacts { HeldBenefits = [] }, Fact.HeldBenefits) });
        var unknown = FactInputs.From(new Dictionary<string, string?> { ["heldBenefits"] = FactInputs.Text(new TalentFacts(), Fact.HeldBenefits) });

        Assert.Empty(none.HeldBenefits!);
        Assert.Null(unknown.HeldBenefits);
    }
}
