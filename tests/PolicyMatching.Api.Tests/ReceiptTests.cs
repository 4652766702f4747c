using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Every approval keeps a receipt that can be shown and run again. A fixture of its own: these tests publish
/// and edit policy texts.</summary>
public sealed class ReceiptTests(PolicyMatchingFactory factory) : IClassFixture<PolicyMatchingFactory>
{
    private const string Rules2019 = "《湖州市新引进大学生生活补贴实施办法》（2019年）";

    /// <summary>The seed policies a talent in these tests can be approved for, and those whose facts (a start-up's grade,
    /// a team's ages) policy-matching does not keep, so nothing can be submitted for them.</summary>
    private static readonly string[] Approvable = ["HOME_PURCHASE", "LIVING_ALLOWANCE", "RENTAL_SUBSIDY", "TALENT_APARTMENT"];

    private readonly Flows _flows = new(factory);

    public static TheoryData<string> SeedPolicyCodes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("seeds", "policies"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(PolicyLoader.Parse(File.ReadAllText(file), Path.GetFileName(file)).Code);
        }

        return data;
    }

    private static string SeedYaml(string file) => File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", file));

    private static JsonElement Input(JsonElement receipt, string key) => receipt.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);

    /// <summary>The amount, or null for a benefit in kind (answers leave nulls out).</summary>
    private static string? AmountOf(JsonElement answer) => answer.TryGetProperty("amount", out var amount) ? amount.ToString() : null;

    private static JsonElement Criterion(JsonElement receipt, string id) => receipt.GetProperty("trace").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    /// <summary>A hired doctor who rents and is buying a first home, everything verified: eligible for every approvable policy.</summary>
    private async Task<(Guid TalentId, Guid EmployerId)> DoctorAsync()
    {
        var (talentId, employer) = await _flows.RentingDoctorAsync();
        await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with { FirstHomePurchase = true });
        return (talentId, employer);
    }

    private async Task<(Guid TalentId, Guid ApplicationId)> ApprovedAsync(string policyCode)
    {
        var (talentId, employer) = await DoctorAsync();
        var id = await _flows.SubmitAsync(talentId, policyCode);
        await _flows.ThroughNoticeAsync(id, employer);
        await _flows.AfterNoticeAsync(() => _flows.ApproveAsync(id));
        return (talentId, id);
    }

    private Task<HttpResponseMessage> VerifyAsync(Guid applicationId) => _flows.Official.PostAsync($"/api/applications/{applicationId}/receipt/verify", null);

    [Fact]
    public async Task Approve_livingAllowance_storesAReceiptTheApplicantReads_withPolicyTextEngineFactsProvenanceTraceAndApprover()
    {
        var (talentId, id) = await ApprovedAsync("LIVING_ALLOWANCE");

        var receipt = await Flows.OkAsync(await _flows.Graduate(talentId).GetAsync($"/api/applications/{id}/receipt"));
        var stored = await factory.Store.GetAsync<DecisionReceipt>(id);
        var document = await factory.Store.GetAsync<PolicyDocument>(receipt.GetProperty("policyDocumentId").GetGuid());
        var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

        Assert.NotNull(stored);
        Assert.Equal("LIVING_ALLOWANCE", receipt.GetProperty("policyCode").GetString());
        Assert.Equal("2021-10", receipt.GetProperty("policyVersionId").GetString());
        Assert.Equal(PolicyText.Sha256Of(document!.Yaml), receipt.GetProperty("policySha256").GetString());
        Assert.Equal(64, receipt.GetProperty("policySha256").GetString()!.Length);
        Assert.Equal(PolicyEngine.Version, receipt.GetProperty("engineVersion").GetString());
        Assert.Equal(DateOnly.FromDateTime(application.GetProperty("submittedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).DateTime), DateOnly.Parse(receipt.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            ["degreeLevel", "fullTime", "graduationDate", "socialInsuranceMonths", "employerInZone"],
            receipt.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        var degree = Input(receipt, "degreeLevel");
        Assert.Equal("Doctorate", degree.GetProperty("value").GetString());
        Assert.Equal("OfficialVerified", degree.GetProperty("source").GetString());
        Assert.Equal("official-verifier", degree.GetProperty("by").GetString());
        Assert.Equal(1, degree.GetProperty("evidenceIds").GetArrayLength());
        Assert.Equal("2025-06-30", Input(receipt, "graduationDate").GetProperty("value").GetString());
        Assert.Equal("EmployerAttested", Input(receipt, "socialInsuranceMonths").GetProperty("source").GetString());
        Assert.Equal($"{Rules2019} 第二条第（一）项", Criterion(receipt, "degree").GetProperty("clause").GetString());
        Assert.Equal("Pass", Criterion(receipt, "graduation-window").GetProperty("verdict").GetString());
        Assert.Equal("Eligible", receipt.GetProperty("outcome").GetString());
        Assert.Equal(100_000m, receipt.GetProperty("amount").GetDecimal());
        Assert.Equal("Verified", receipt.GetProperty("identityStatus").GetString());
        Assert.Equal(Roles.Official, receipt.GetProperty("approvedByRole").GetString());
        Assert.Equal(application.GetProperty("approvedAt").GetDateTimeOffset(), receipt.GetProperty("approvedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task GetReceipt_beforeApproval_is404SayingThereIsNoneYet()
    {
        var (talentId, _) = await DoctorAsync();
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");

        var problem = await Flows.ProblemAsync(await _flows.Graduate(talentId).GetAsync($"/api/applications/{id}/receipt"), 404);
        var verify = await Flows.ProblemAsync(await VerifyAsync(id), 404);

        Assert.Contains("no decision receipt", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Submitted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("no decision receipt", verify.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedPolicyCodes))]
    public async Task VerifyReceipt_ofEverySeedPolicyApproved_reproducesTheOutcomeAndAmount(string policyCode)
    {
        if (!Approvable.Contains(policyCode))
        {
            var (talentId, _) = await DoctorAsync();
            var refused = await _flows.Graduate(talentId).PostAsJsonAsync("/api/applications", new { policyCode });
            Assert.Equal(409, (int)refused.StatusCode);
            return;
        }

        var (_, id) = await ApprovedAsync(policyCode);
        var receipt = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}/receipt"));

        var verified = await Flows.OkAsync(await VerifyAsync(id));

        Assert.True(verified.GetProperty("reproduced").GetBoolean(), verified.GetRawText());
        Assert.True(verified.GetProperty("policyTextMatches").GetBoolean());
        Assert.Empty(verified.GetProperty("differences").EnumerateArray());
        Assert.Equal("Eligible", verified.GetProperty("outcome").GetString());
        Assert.Equal(AmountOf(receipt), AmountOf(verified));
        Assert.Equal(PolicyEngine.Version, verified.GetProperty("engineVersion").GetString());
        Assert.Equal(receipt.GetProperty("engineVersion").GetString(), verified.GetProperty("recordedEngineVersion").GetString());
    }

    [Fact]
    public async Task VerifyReceipt_afterALaterPolicyTextIsPublished_reproducesWithTheRecordedText()
    {
        var (talentId, id) = await ApprovedAsync("LIVING_ALLOWANCE");
        var admin = factory.ClientFor(Roles.Admin);
        var raised = SeedYaml("living-allowance.yaml").Replace("amount: 100000", "amount: 120000", StringComparison.Ordinal);
        var draft = await Flows.OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = raised }));
        Assert.Equal(202, (int)(await admin.PostAsJsonAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { })).StatusCode);
        try
        {
            var now = await Flows.OkAsync(await _flows.Graduate(talentId).GetAsync("/api/eligibility/me"));
            var verified = await Flows.OkAsync(await VerifyAsync(id));
            var receipt = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}/receipt"));

            var living = now.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policyCode").GetString() == "LIVING_ALLOWANCE");
            Assert.Equal(120_000m, living.GetProperty("benefit").GetProperty("amount").GetDecimal());
            Assert.NotEqual(draft.GetProperty("id").GetGuid(), receipt.GetProperty("policyDocumentId").GetGuid());
            Assert.True(verified.GetProperty("reproduced").GetBoolean(), verified.GetRawText());
            Assert.True(verified.GetProperty("policyTextMatches").GetBoolean());
            Assert.Equal(100_000m, verified.GetProperty("amount").GetDecimal());
        }
        finally
        {
            var restore = await Flows.OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("living-allowance.yaml") }));
            Assert.Equal(202, (int)(await admin.PostAsJsonAsync($"/api/policies/drafts/{restore.GetProperty("id").GetGuid()}/publish", new { })).StatusCode);
        }
    }

    [Fact]
    public async Task VerifyReceipt_storedPolicyTextEditedSince_saysTheTextNoLongerMatches()
    {
        var (_, id) = await ApprovedAsync("TALENT_APARTMENT");
        var receipt = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}/receipt"));
        var document = (await factory.Store.GetAsync<PolicyDocument>(receipt.GetProperty("policyDocumentId").GetGuid()))!;
        var original = document.Yaml;
        var edited = await EditAsync(document, original + "\n# edited after the approval\n");
        try
        {
            var verified = await Flows.OkAsync(await VerifyAsync(id));

            Assert.False(verified.GetProperty("policyTextMatches").GetBoolean());
            Assert.False(verified.GetProperty("reproduced").GetBoolean());
            var difference = verified.GetProperty("differences").EnumerateArray().Single();
            Assert.Equal("policyText", difference.GetProperty("field").GetString());
            Assert.Equal(receipt.GetProperty("policySha256").GetString(), difference.GetProperty("recorded").GetString());
        }
        finally
        {
            await EditAsync(edited, original);
        }
    }

    [Fact]
    public async Task VerifyReceipt_asTheApplicantOrHr_is403()
    {
        var (talentId, id) = await ApprovedAsync("TALENT_APARTMENT");

        Assert.Equal(403, (int)(await _flows.Graduate(talentId).PostAsync($"/api/applications/{id}/receipt/verify", null)).StatusCode);
    }

    /// <summary>Changes a stored policy text behind the API's back (as a tampered or mis-migrated store would).</summary>
    private async Task<PolicyDocument> EditAsync(PolicyDocument document, string yaml)
    {
        typeof(PolicyDocument).GetProperty(nameof(PolicyDocument.Yaml))!.SetValue(document, yaml);
        var unitOfWork = factory.Store.BeginUnitOfWork();
        unitOfWork.Update(document);
        await unitOfWork.CommitAsync();
        return document;
    }
}
