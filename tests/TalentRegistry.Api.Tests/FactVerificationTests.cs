using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>What a graduate declares waits for an official, and never overwrites a verified value: the verified value
/// stays beside the declared one until an official approves or rejects.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class FactVerificationTests(TalentRegistryFactory factory)
{
    private static async Task<JsonElement[]> VerificationsAsync(HttpClient client, Guid talentId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}/verifications")).EnumerateArray()];

    // Approving a degree records the 学信网 report's code and date; the other facts take none.
    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid verificationId, bool approved, string? reason, bool degree = false) =>
        degree && approved
            ? client.PostAsJsonAsync($"/api/verifications/{verificationId}/decision", new { approved, reason, verificationCode = "A1B2C3D4E5F6G7H8", reportDate = "2026-01-05" })
            : client.PostAsJsonAsync($"/api/verifications/{verificationId}/decision", new { approved, reason });

    [Fact]
    public async Task SelfRegistration_declaredEducationAndHukou_waitForVerification()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);

        var verifications = await VerificationsAsync(Api.Client(factory, Roles.Graduate, talentId: own), own);

        Assert.Equal(["education", "hukouHuzhou"], verifications.Select(v => v.GetProperty("fact").GetString()).Order());
        Assert.All(verifications, v => Assert.Equal("Pending", v.GetProperty("state").GetString()));
        var queue = await Api.Admin(factory).GetStringAsync("/api/verifications?state=Pending&take=500");
        Assert.Contains(own.ToString(), queue, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Declare_overAVerifiedValue_keepsItBesideTheDeclaredOneAndRejectionRestoresIt()
    {
        var (talentId, _) = await Api.TalentAsync(factory, hukouHuzhou: false);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: talentId, accountId: "grad-declares");

        var patched = await graduate.PatchAsJsonAsync($"/api/talents/{talentId}/profile", new { hukouHuzhou = true });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var body = await Api.JsonAsync(patched);
        Assert.True(body.GetProperty("hukouHuzhou").GetBoolean());
        Assert.Equal("SelfDeclared", body.GetProperty("provenance").GetProperty("hukouHuzhou").GetProperty("source").GetString());
        var verification = Assert.Single(await VerificationsAsync(graduate, talentId));
        Assert.True(verification.GetProperty("declaredValue").GetBoolean());
        Assert.False(verification.GetProperty("verifiedValue").GetBoolean());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(1, await store.CountAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "declare-over-verified-fact" && a.ActorId == "grad-declares"));

        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId && !e.HukouHuzhou);
        var rejected = await DecideAsync(Api.Admin(factory), verification.GetProperty("id").GetGuid(), false, "户口簿显示户籍不在湖州");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var restored = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.False(restored.GetProperty("hukouHuzhou").GetBoolean());
        Assert.Equal("OfficialVerified", restored.GetProperty("provenance").GetProperty("hukouHuzhou").GetProperty("source").GetString());
        Assert.Equal(FactSources.OfficialVerified, (await probe.WaitAsync()).Provenance![Facts.HukouHuzhou].Source);
        Assert.Equal(1, await store.CountAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "decide-fact-verification"));
    }

    [Fact]
    public async Task Approve_aDeclaredValue_makesItOfficialVerifiedByTheOfficial()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: own);
        (await graduate.PatchAsJsonAsync($"/api/talents/{own}/profile", new { ownsHomeLocally = false })).EnsureSuccessStatusCode();
        var pending = (await VerificationsAsync(graduate, own)).Single(v => v.GetProperty("fact").GetString() == "ownsHomeLocally");

        var approved = await DecideAsync(Api.Client(factory, Roles.Official, accountId: "official-approves"), pending.GetProperty("id").GetGuid(), true, null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var asOfficial = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{own}");
        var provenance = asOfficial.GetProperty("provenance").GetProperty("ownsHomeLocally");
        Assert.Equal("OfficialVerified", provenance.GetProperty("source").GetString());
        Assert.Equal("official-approves", provenance.GetProperty("by").GetString());
        Assert.False(asOfficial.GetProperty("ownsHomeLocally").GetBoolean());
        var again = await DecideAsync(Api.Admin(factory), pending.GetProperty("id").GetGuid(), false, "改判");
        Assert.Equal("Approved", (await Api.JsonAsync(again)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Reject_aValueWithNoVerifiedOneBehindIt_staysDeclaredAndIsMarkedRejected()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: own);
        (await graduate.PatchAsJsonAsync($"/api/talents/{own}/profile", new { firstHomePurchase = true })).EnsureSuccessStatusCode();
        var pending = (await VerificationsAsync(graduate, own)).Single(v => v.GetProperty("fact").GetString() == "firstHomePurchase");

        var noReason = await DecideAsync(Api.Admin(factory), pending.GetProperty("id").GetGuid(), false, null);
        var rejected = await DecideAsync(Api.Admin(factory), pending.GetProperty("id").GetGuid(), false, "购房合同非首套");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await Api.JsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var talent = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{own}");
        var provenance = talent.GetProperty("provenance").GetProperty("firstHomePurchase");
        Assert.Equal("SelfDeclared", provenance.GetProperty("source").GetString());
        Assert.True(provenance.GetProperty("rejected").GetBoolean());
    }

    [Fact]
    public async Task Declare_again_supersedesThePendingVerificationOfThatFact()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: own);
        (await graduate.PatchAsJsonAsync($"/api/talents/{own}/profile", new { ownsHomeLocally = true })).EnsureSuccessStatusCode();
        var first = (await VerificationsAsync(graduate, own)).Single(v => v.GetProperty("fact").GetString() == "ownsHomeLocally").GetProperty("id").GetGuid();

        (await graduate.PatchAsJsonAsync($"/api/talents/{own}/profile", new { ownsHomeLocally = false })).EnsureSuccessStatusCode();

        var states = (await VerificationsAsync(graduate, own)).Where(v => v.GetProperty("fact").GetString() == "ownsHomeLocally")
            .ToDictionary(v => v.GetProperty("id").GetGuid(), v => v.GetProperty("state").GetString());
        Assert.Equal("Superseded", states[first]);
        Assert.Equal("Pending", Assert.Single(states, s => s.Key != first).Value);
        var decision = await DecideAsync(Api.Admin(factory), first, true, null);
        Assert.Equal("Superseded", (await Api.JsonAsync(decision)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task QueueAndDecision_streetOfficials_onlyForTalentsEmployedInTheirStreet()
    {
        var own = Guid.NewGuid();
        var (_, nationalId) = await Api.TalentAsync(factory, graduateTalentId: own);
        var (employerId, _) = await Api.EmployerAsync(factory, street: "仁皇山街道");
        await Api.HireAsync(factory, employerId, nationalId);
        var pending = (await VerificationsAsync(Api.Client(factory, Roles.Graduate, talentId: own), own))
            .Single(v => v.GetProperty("fact").GetString() == "education").GetProperty("id").GetGuid();
        var inStreet = Api.Client(factory, Roles.Official, street: "仁皇山街道");
        var outside = Api.Client(factory, Roles.Official, street: "滨湖街道");

        var ownQueue = await inStreet.GetStringAsync("/api/verifications?state=Pending&take=500");
        var otherQueue = await outside.GetStringAsync("/api/verifications?state=Pending&take=500");
        var refused = await DecideAsync(outside, pending, true, null, degree: true);
        var hr = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).GetAsync($"/api/talents/{own}/verifications");

        Assert.Contains(pending.ToString(), ownQueue, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(own.ToString(), otherQueue, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hr.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(inStreet, pending, true, null, degree: true)).StatusCode);
    }
}
