using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Nothing moves on an unverified fact: results name what is pending verification, approval waits for it, and
/// approval re-evaluates on verified facts only.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class VerificationTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);

    private static JsonElement Result(JsonElement eligibility, string policyCode) =>
        eligibility.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policyCode").GetString() == policyCode);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>An evaluator over the seeded policies, for tests that evaluate facts without the service.</summary>
    private static EligibilityEvaluator SeededEvaluator()
    {
        var catalog = new PolicyCatalog();
        catalog.Replace(Directory.GetFiles(RepositoryPaths.Combine("seeds", "policies"), "*.yaml")
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));
        return new EligibilityEvaluator(catalog, TimeProvider.System);
    }

    private Task<HttpResponseMessage> ApprovalAsync(Guid applicationId) => _flows.Official.PostAsync($"/api/applications/{applicationId}/approval", null);

    /// <summary>A hired doctor whose registration <paramref name="registration"/> changes, with a living-allowance
    /// application through its public notice.</summary>
    private async Task<(Guid TalentId, Guid EmployerId, Guid ApplicationId)> InNoticeAsync(Func<TalentRegistered, TalentRegistered>? registration = null)
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, registration: registration);
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");
        await _flows.ThroughNoticeAsync(id, employer);
        return (talentId, employer, id);
    }

    [Fact]
    public async Task SelfDeclaredDoctorate_isEligiblePendingTheDegree_everywhereResultsAreShown()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, registration: r => r with { Provenance = Verification.Provenance("degreeLevel") });

        var mine = Result(await Flows.OkAsync(await _flows.Graduate(talentId).GetAsync("/api/eligibility/me")), "LIVING_ALLOWANCE");
        var screened = await Flows.OkAsync(await _flows.Hr(employer).GetAsync("/api/eligibility/employer"));
        var submitted = await Flows.OkAsync(await _flows.Graduate(talentId).PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" }));
        var stored = EligibilityResults.Parse((await factory.Store.GetAsync<TalentFacts>(talentId))!.Results);

        Assert.Equal("Eligible", mine.GetProperty("outcome").GetString());
        Assert.Equal(["degreeLevel"], Strings(mine.GetProperty("pendingVerification")));
        Assert.Equal("学历", mine.GetProperty("pendingVerificationNames")[0].GetProperty("zh").GetString());
        Assert.Equal("degree level", mine.GetProperty("pendingVerificationNames")[0].GetProperty("en").GetString());
        var hire = screened.EnumerateArray().Single(t => t.GetProperty("talentId").GetGuid() == talentId);
        Assert.Equal(["degreeLevel"], Strings(Result(hire, "LIVING_ALLOWANCE").GetProperty("pendingVerification")));
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Equal(["degreeLevel"], Strings(submitted.GetProperty("pendingVerification")));
        Assert.Equal(["degreeLevel"], stored.Single(o => o.PolicyCode == "LIVING_ALLOWANCE").PendingVerification);
    }

    [Fact]
    public async Task Approve_degreePendingVerification_is409NamingIt_andSucceedsOnceAnOfficialVerifiedIt()
    {
        var (talentId, _, id) = await InNoticeAsync(r => r with { Provenance = Verification.Provenance("degreeLevel") });

        await _flows.AfterNoticeAsync(async () =>
        {
            var refused = await Flows.ProblemAsync(await ApprovalAsync(id), 409);
            Assert.Equal("PendingVerification", refused.GetProperty("code").GetString());
            Assert.Equal("PublicNotice", refused.GetProperty("state").GetString());
            Assert.Equal(["degreeLevel"], Strings(refused.GetProperty("pendingVerification")));
            Assert.Equal("学历", refused.GetProperty("pendingVerificationNames")[0].GetProperty("zh").GetString());

            await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false));

            var approved = await _flows.ApproveAsync(id);
            Assert.Equal("Approved", approved.GetProperty("state").GetString());
            Assert.Equal(100_000m, approved.GetProperty("amount").GetDecimal());
        });
    }

    [Fact]
    public async Task Approve_identityUnverified_is409IdentityUnverified()
    {
        var (_, _, id) = await InNoticeAsync(r => r with { IdentityStatus = IdentityStatuses.Unverified });

        await _flows.AfterNoticeAsync(async () =>
        {
            var refused = await Flows.ProblemAsync(await ApprovalAsync(id), 409);
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            Assert.Equal("IdentityUnverified", refused.GetProperty("code").GetString());
            Assert.Equal("Unverified", refused.GetProperty("identityStatus").GetString());
            Assert.Equal("PublicNotice", application.GetProperty("state").GetString());
        });
    }

    [Fact]
    public async Task Approve_profileRevertedToBachelorAfterSubmission_is409SnapshotChangedNamingBeforeAndAfter()
    {
        var (talentId, _, id) = await InNoticeAsync();
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false, degree: "Bachelor"));

        await _flows.AfterNoticeAsync(async () =>
        {
            var refused = await Flows.ProblemAsync(await ApprovalAsync(id), 409);

            Assert.Equal("SnapshotChanged", refused.GetProperty("code").GetString());
            Assert.Equal("Eligible", refused.GetProperty("before").GetProperty("outcome").GetString());
            Assert.Equal(100_000m, refused.GetProperty("before").GetProperty("amount").GetDecimal());
            Assert.Equal("Eligible", refused.GetProperty("after").GetProperty("outcome").GetString());
            Assert.Equal(10_000m, refused.GetProperty("after").GetProperty("amount").GetDecimal());
        });
    }

    [Fact]
    public async Task TrustOverride_insuranceCheckedOnlyByAnOfficial_isPendingForTheLivingAllowanceButNotForTheHomePurchase()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid());
        var insurance = new FactProvenanceInfo(FactSources.OfficialVerified, "official-verifier", DateTimeOffset.UtcNow, []);
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with
        {
            FirstHomePurchase = true,
            Provenance = new Dictionary<string, FactProvenanceInfo>(Verification.Provenance()) { ["socialInsuranceMonths"] = insurance },
        });

        var results = await Flows.OkAsync(await _flows.Graduate(talentId).GetAsync("/api/eligibility/me"));

        // living-allowance.yaml accepts insurance months from HR or the bureau's file only; the default also takes an official's check.
        Assert.Equal(["socialInsuranceMonths"], Strings(Result(results, "LIVING_ALLOWANCE").GetProperty("pendingVerification")));
        Assert.Equal("Eligible", Result(results, "HOME_PURCHASE").GetProperty("outcome").GetString());
        Assert.Empty(Strings(Result(results, "HOME_PURCHASE").GetProperty("pendingVerification")));
    }

    [Fact]
    public async Task GetPolicy_showsItsTrustMap()
    {
        var policy = await Flows.OkAsync(await factory.CreateClient().GetAsync("/api/policies/LIVING_ALLOWANCE"));

        Assert.Equal(["Registry", "EmployerAttested"], Strings(policy.GetProperty("trust").GetProperty("socialInsuranceMonths")));
        Assert.Equal(["OfficialVerified", "Registry"], Strings(policy.GetProperty("trust").GetProperty("degreeLevel")));
    }

    [Fact]
    public async Task TalentFacts_showIdentityProvenanceAndFirstHomePurchase()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid(), registration: r => r with { Provenance = Verification.Provenance("degreeLevel") });
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with { FirstHomePurchase = true, Provenance = Verification.Provenance("degreeLevel") });

        var facts = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/talent-facts/{talentId}"));

        Assert.Equal("Verified", facts.GetProperty("identityStatus").GetString());
        Assert.Equal("OfficialVerified", facts.GetProperty("provenance").GetProperty("graduationDate").GetProperty("source").GetString());
        Assert.False(facts.GetProperty("provenance").TryGetProperty("degreeLevel", out _));
        Assert.True(facts.GetProperty("firstHomePurchase").GetBoolean());
    }

    [Fact]
    public void StoredResults_keepThePendingFactsOnTheirLine()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var talentId = Guid.NewGuid();
        var facts = TalentFacts.From(new TalentRegistered(
            talentId, "person-key", "周博士", today.AddYears(-29), "Male", false, null,
            [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", "化学", today.AddMonths(-5))], DateTimeOffset.UtcNow,
            IdentityStatuses.Verified, Verification.Provenance("degreeLevel", "fullTime")));
        facts.Apply(new EmploymentConfirmed(
            talentId, Guid.NewGuid(), Guid.NewGuid(), "卫蓝新能源", "凤凰街道", "new-energy", "Enterprise", today.AddMonths(-4), today.AddYears(3), 4, DateTimeOffset.UtcNow));

        SeededEvaluator().Recompute(facts, []);

        Assert.Contains("LIVING_ALLOWANCE|Eligible|100000|degreeLevel,fullTime", facts.Results.Split('\n'));
        Assert.Equal(["degreeLevel", "fullTime"], EligibilityResults.Parse(facts.Results).Single(o => o.PolicyCode == "LIVING_ALLOWANCE").PendingVerification);
    }

    [Fact]
    public void StartupFacts_fromTheRegistry_makeTheStartupGrantEligible_pendingWhatNoOfficialChecked()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var talentId = Guid.NewGuid();
        var facts = TalentFacts.From(new TalentRegistered(
            talentId, "person-key", "创业者", today.AddYears(-26), "Female", false, null,
            [new EducationRecordInfo("Master", true, "浙江大学", "Tier985", "材料", today.AddMonths(-8))], DateTimeOffset.UtcNow,
            IdentityStatuses.Verified, Verification.Provenance()));
        facts.Apply(new EmploymentConfirmed(
            talentId, Guid.NewGuid(), Guid.NewGuid(), "初创科技", "凤凰街道", "digital", "Enterprise", today.AddMonths(-4), today.AddYears(3), 4, DateTimeOffset.UtcNow));
        var evaluator = SeededEvaluator();
        evaluator.Recompute(facts, []);
        Assert.Equal("Unknown", EligibilityResults.Parse(facts.Results).Single(o => o.PolicyCode == "GRADUATE_STARTUP").Outcome.ToString());

        var official = new FactProvenanceInfo(FactSources.OfficialVerified, "grading-office", DateTimeOffset.UtcNow, [Guid.NewGuid()]);
        var declared = new FactProvenanceInfo(FactSources.SelfDeclared, $"talent:{talentId}", DateTimeOffset.UtcNow, []);
        var provenance = new Dictionary<string, FactProvenanceInfo>(Verification.Provenance()) { ["startupGrade"] = official, ["startupRegisteredInZone"] = declared };
        facts.Apply(new TalentProfileUpdated(
            talentId, false, null, null, [new EducationRecordInfo("Master", true, "浙江大学", "Tier985", "材料", today.AddMonths(-8))], DateTimeOffset.UtcNow,
            IdentityStatuses.Verified, provenance, StartupRegisteredInZone: true, StartupGrade: "A"));
        evaluator.Recompute(facts, []);

        var startup = EligibilityResults.Parse(facts.Results).Single(o => o.PolicyCode == "GRADUATE_STARTUP");
        Assert.Equal("Eligible", startup.Outcome.ToString());
        Assert.Equal(500000m, startup.Amount);
        Assert.Equal(["startupRegisteredInZone"], startup.PendingVerification);
    }

    [Fact]
    public async Task ListApplications_afterThePendingDegreeIsVerified_showsNothingPending_andAfterItIsSelfDeclaredAgainShowsItAgain()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, registration: r => r with { Provenance = Verification.Provenance("degreeLevel") });
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");

        async Task<string[]> PendingInTheQueueAsync()
        {
            var queue = await Flows.OkAsync(await _flows.Official.GetAsync("/api/applications?state=Submitted&take=200"));
            return Strings(queue.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id).GetProperty("pendingVerification"));
        }

        var submitted = await PendingInTheQueueAsync();
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false));
        var verified = await PendingInTheQueueAsync();
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with { Provenance = Verification.Provenance("degreeLevel", "fullTime") });
        var reverted = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

        Assert.Equal(["degreeLevel"], submitted);
        Assert.Empty(verified);
        Assert.Equal(["degreeLevel", "fullTime"], Strings(reverted.GetProperty("pendingVerification")));
        Assert.Equal("全日制学历", reverted.GetProperty("pendingVerificationNames")[1].GetProperty("zh").GetString());
    }
}
