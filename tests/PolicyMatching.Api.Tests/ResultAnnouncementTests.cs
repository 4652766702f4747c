using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Which results a talent hears about (<c>EligibilityChanged</c>) and which are stored, without the service.</summary>
public sealed class ResultAnnouncementTests
{
    private static readonly string[] SeedFiles = Directory.GetFiles(RepositoryPaths.Combine("seeds", "policies"), "*.yaml");

    private static void Publish(PolicyCatalog catalog, IEnumerable<string> files) =>
        catalog.Replace(files.Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));

    private static (EligibilityEvaluator Evaluator, PolicyCatalog Catalog) Evaluator()
    {
        var catalog = new PolicyCatalog();
        Publish(catalog, SeedFiles);
        return (new EligibilityEvaluator(catalog, TimeProvider.System), catalog);
    }

    private static TalentFacts HiredDoctor()
    {
        var talentId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var facts = TalentFacts.From(new TalentRegistered(
            talentId, "person-key", "周博士", today.AddYears(-29), "Male", false, null,
            [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", "化学", today.AddMonths(-5))], DateTimeOffset.UtcNow,
            IdentityStatuses.Verified, Verification.Provenance()));
        facts.Apply(new EmploymentConfirmed(
            talentId, Guid.NewGuid(), Guid.NewGuid(), "卫蓝新能源", "凤凰街道", "new-energy", "Enterprise", today.AddMonths(-4), today.AddYears(3), 4, DateTimeOffset.UtcNow));
        return facts;
    }

    [Fact]
    public void FirstResults_announceWhatTheTalentMayClaimOrMustProve_butNoRefusals()
    {
        var (evaluator, catalog) = Evaluator();
        var facts = HiredDoctor();
        var changes = new List<EligibilityChanged>();

        Assert.True(evaluator.Recompute(facts, changes));

        var stored = EligibilityResults.Parse(facts.Results);
        Assert.Contains(changes, c => c.PolicyCode == "LIVING_ALLOWANCE" && c.Outcome == "Eligible" && c.Amount == 100000m && c.PreviousOutcome is null);
        Assert.DoesNotContain(changes, c => c.Outcome == "NotEligible");
        Assert.Equal(changes.Select(c => c.PolicyCode).Order(), stored.Select(o => o.PolicyCode).Order());
        Assert.True(stored.Count < catalog.Policies.Count, "the doctor is not eligible for everything");
    }

    [Fact]
    public void Recompute_withNothingChanged_writesAndAnnouncesNothing()
    {
        var (evaluator, _) = Evaluator();
        var facts = HiredDoctor();
        evaluator.Recompute(facts, []);
        var changes = new List<EligibilityChanged>();

        Assert.False(evaluator.Recompute(facts, changes));
        Assert.Empty(changes);
    }

    [Fact]
    public void RetiredPolicy_theTalentWasEligibleFor_isAnnouncedAsNoLongerEligible()
    {
        var (evaluator, catalog) = Evaluator();
        var facts = HiredDoctor();
        evaluator.Recompute(facts, []);
        Publish(catalog, SeedFiles.Where(f => !f.EndsWith("living-allowance.yaml", StringComparison.Ordinal)));
        var changes = new List<EligibilityChanged>();

        Assert.True(evaluator.Recompute(facts, changes));

        var change = Assert.Single(changes);
        Assert.Equal(("LIVING_ALLOWANCE", "Eligible", "NotEligible"), (change.PolicyCode, change.PreviousOutcome, change.Outcome));
        Assert.DoesNotContain("LIVING_ALLOWANCE", facts.Results, StringComparison.Ordinal);
    }
}
