using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A graduate whose national ID is on a record nobody vouched for claims it instead of being locked out, and
/// an official decides: a Conflict moves the national ID to the claimant, a Link gives them the record.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class IdentityClaimTests(TalentRegistryFactory factory)
{
    private static object Registration(string nationalId, string name = "真本人") => new
    {
        fullName = name,
        nationalId,
        hukouHuzhou = true,
        education = new[] { new { degreeLevel = "Master", university = "浙江工业大学", universityTier = "Other", graduationDate = "2025-06" } },
    };

    private static HttpClient Graduate(ServiceFactory<Program> factory, Guid talentId, string accountId) =>
        Api.Client(factory, Roles.Graduate, talentId: talentId, accountId: accountId);

    private async Task<(Guid ClaimantTalentId, string Account, JsonElement Claim, HttpResponseMessage Response)> ClaimAsync(string nationalId)
    {
        var claimant = Guid.NewGuid();
        var account = $"claimant-{claimant:N}";
        var response = await Graduate(factory, claimant, account).PostAsJsonAsync("/api/talents", Registration(nationalId));
        return (claimant, account, await Api.JsonAsync(response), response);
    }

    [Fact]
    public async Task Register_graduateWithANationalIdOnAnotherAccountsUnverifiedRecord_returns202ConflictClaimAndCreatesNoTalent()
    {
        var (squatter, nationalId) = await Api.TalentAsync(factory, graduateTalentId: Guid.NewGuid());

        var (claimant, _, claim, response) = await ClaimAsync(nationalId);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Conflict", claim.GetProperty("kind").GetString());
        Assert.Equal("Pending", claim.GetProperty("state").GetString());
        Assert.Equal($"/api/identity-claims/{claim.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Null(await store.GetAsync<Talent>(claimant));
        Assert.DoesNotContain(squatter.ToString(), claim.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Register_graduateWithANationalIdOnARecordNoAccountHolds_returns202LinkClaim()
    {
        var (_, nationalId) = await Api.TalentAsync(factory);

        var (_, _, claim, response) = await ClaimAsync(nationalId);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Link", claim.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Register_secondClaimFromTheSameAccount_returns409ClaimOpen()
    {
        var (_, first) = await Api.TalentAsync(factory);
        var (_, second) = await Api.TalentAsync(factory);
        var claimant = Guid.NewGuid();
        var graduate = Graduate(factory, claimant, $"claimant-{claimant:N}");
        (await graduate.PostAsJsonAsync("/api/talents", Registration(first))).EnsureSuccessStatusCode();

        var again = await graduate.PostAsJsonAsync("/api/talents", Registration(second));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("ClaimOpen", (await Api.JsonAsync(again)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ApproveConflict_revokesTheUnverifiedRecordAndRegistersTheClaimantVerified()
    {
        var (squatter, nationalId) = await Api.TalentAsync(factory, graduateTalentId: Guid.NewGuid());
        var (claimant, account, claim, _) = await ClaimAsync(nationalId);
        var revoked = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == squatter);
        var registered = await Api.ListenAsync<TalentRegistered>(factory, e => e.TalentId == claimant);

        var decision = await Api.Client(factory, Roles.Official, accountId: "official-decides").PostAsJsonAsync(
            $"/api/identity-claims/{claim.GetProperty("id").GetGuid()}/decision", new { approved = true, reason = "申请人持身份证原件到窗口核验" });

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal(IdentityStatuses.Revoked, (await revoked.WaitAsync()).IdentityStatus);
        var created = await registered.WaitAsync();
        Assert.Equal(IdentityStatuses.Verified, created.IdentityStatus);
        Assert.Equal(FactSources.SelfDeclared, created.Provenance![Facts.DegreeLevel].Source);
        Assert.Equal("Revoked", (await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{squatter}")).GetProperty("identityStatus").GetString());
        var own = await Graduate(factory, claimant, account).GetFromJsonAsync<JsonElement>($"/api/talents/{claimant}");
        Assert.Equal("Verified", own.GetProperty("identityStatus").GetString());
        Assert.Equal("真本人", own.GetProperty("fullName").GetString());
        var mine = await Graduate(factory, claimant, account).GetFromJsonAsync<JsonElement>("/api/identity-claims/mine");
        Assert.Equal("Approved", mine[0].GetProperty("state").GetString());
        Assert.Equal(claimant, mine[0].GetProperty("linkedTalentId").GetGuid());

        // The national ID now names the claimant: HR's hire by national ID and name finds their record.
        var (employerId, _) = await Api.EmployerAsync(factory);
        var hire = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsJsonAsync(
            $"/api/employers/{employerId}/hires", new { nationalId, fullName = "真本人", startDate = "2026-03-01" });
        Assert.Equal(claimant, (await Api.JsonAsync(hire)).GetProperty("talentId").GetGuid());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(1, await store.CountAsync<AuditEntry>(a => a.SubjectId == squatter && a.Action == "decide-identity-claim" && a.ActorId == "official-decides"));
    }

    [Fact]
    public async Task ApproveLink_putsTheRecordInTheClaimantsAccountVerified()
    {
        var (existing, nationalId) = await Api.TalentAsync(factory);
        var (claimant, account, claim, _) = await ClaimAsync(nationalId);

        var decision = await Api.Admin(factory).PostAsJsonAsync(
            $"/api/identity-claims/{claim.GetProperty("id").GetGuid()}/decision", new { approved = true, reason = "人证一致" });

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal(existing, (await Api.JsonAsync(decision)).GetProperty("linkedTalentId").GetGuid());
        var mine = await Graduate(factory, claimant, account).GetFromJsonAsync<JsonElement>("/api/identity-claims/mine");
        Assert.Equal(existing, mine[0].GetProperty("linkedTalentId").GetGuid());
        var store = factory.Services.GetRequiredService<IStore>();
        var linked = await store.GetAsync<Talent>(existing);
        Assert.Equal(account, linked!.AccountId);
        Assert.Equal(IdentityStatus.Verified, linked.IdentityStatus);
        Assert.Null(await store.GetAsync<Talent>(claimant));

        // Held by an account and verified now: another graduate's registration is a 409, not a claim.
        var (_, _, _, another) = await ClaimAsync(nationalId);
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
    }

    [Fact]
    public async Task Reject_leavesTheRecordsAsTheyWereAndASecondDecisionIs409()
    {
        var (squatter, nationalId) = await Api.TalentAsync(factory, graduateTalentId: Guid.NewGuid());
        var (claimant, account, claim, _) = await ClaimAsync(nationalId);
        var path = $"/api/identity-claims/{claim.GetProperty("id").GetGuid()}/decision";

        var rejected = await Api.Admin(factory).PostAsJsonAsync(path, new { approved = false, reason = "未能提供身份证原件" });
        var again = await Api.Admin(factory).PostAsJsonAsync(path, new { approved = true, reason = "改判" });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Rejected", (await Api.JsonAsync(again)).GetProperty("state").GetString());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(IdentityStatus.Unverified, (await store.GetAsync<Talent>(squatter))!.IdentityStatus);
        Assert.Null(await store.GetAsync<Talent>(claimant));
        var mine = await Graduate(factory, claimant, account).GetFromJsonAsync<JsonElement>("/api/identity-claims/mine");
        Assert.Equal("未能提供身份证原件", mine[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(null, "理由")]
    [InlineData(true, null)]
    [InlineData(true, "")]
    public async Task Decide_withoutApprovedOrReason_returns400AndDecidesNothing(bool? approved, string? reason)
    {
        var (_, nationalId) = await Api.TalentAsync(factory);
        var (_, _, claim, _) = await ClaimAsync(nationalId);
        var id = claim.GetProperty("id").GetGuid();

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/identity-claims/{id}/decision", new { approved, reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DecisionState.Pending, (await factory.Services.GetRequiredService<IStore>().GetAsync<IdentityClaim>(id))!.State);
    }

    [Fact]
    public async Task ListAndDecide_streetOfficials_seeAndDecideOnlyClaimsOnRecordsEmployedInTheirStreet()
    {
        var (existing, nationalId) = await Api.TalentAsync(factory);
        var (employerId, _) = await Api.EmployerAsync(factory, street: "杨家埠街道");
        await Api.HireAsync(factory, employerId, nationalId);
        var (_, _, claim, _) = await ClaimAsync(nationalId);
        var id = claim.GetProperty("id").GetGuid().ToString();
        var own = Api.Client(factory, Roles.Official, street: "杨家埠街道");
        var other = Api.Client(factory, Roles.Official, street: "凤凰街道");

        var ownList = await own.GetStringAsync("/api/identity-claims?state=Pending&take=500");
        var otherList = await other.GetStringAsync("/api/identity-claims?state=Pending&take=500");
        var otherDecision = await other.PostAsJsonAsync($"/api/identity-claims/{id}/decision", new { approved = false, reason = "越权" });

        Assert.Contains(id, ownList, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(existing.ToString(), ownList, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nationalId, ownList, StringComparison.Ordinal);
        Assert.Contains($"**************{nationalId[^4..]}", ownList, StringComparison.Ordinal);
        Assert.DoesNotContain(id, otherList, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, otherDecision.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await own.GetAsync("/api/identity-claims?state=Open")).StatusCode);
    }
}
