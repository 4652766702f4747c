using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>The talent tier comes from the talent office's 人才分类认定 decision only.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class TalentTierTests(TalentRegistryFactory factory)
{
    [Theory]
    [InlineData(Roles.Graduate)]
    [InlineData(Roles.EmployerHr)]
    public async Task Register_withATalentTierByAGraduateOrHr_returns400NamingItAndStoresNothing(string role)
    {
        var nationalId = NationalIds.Next();
        var response = await Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: Guid.NewGuid()).PostAsJsonAsync("/api/talents", new
        {
            fullName = "自评A类",
            nationalId,
            talentTier = "A",
            education = new[] { new { degreeLevel = "Doctorate", university = "浙江大学", universityTier = "Tier985", graduationDate = "2025-06" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("人才分类认定", (await Api.JsonAsync(response)).GetProperty("errors").GetProperty("talentTier")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Talent>(t => t.FullName == "自评A类"));
    }

    [Fact]
    public async Task PatchProfile_withATalentTier_returns400NamingIt()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);

        var response = await Api.Client(factory, Roles.Graduate, talentId: own).PatchAsJsonAsync($"/api/talents/{own}/profile", new { talentTier = "A" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("talentTier", out _));
    }

    [Fact]
    public async Task SetTalentTier_byAnOfficial_recordsTheDecisionOfficialVerifiedAndAudited()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.Official, accountId: "talent-office").PutAsJsonAsync(
            $"/api/talents/{talentId}/talent-tier", new { tier = "B", decisionReference = "南太湖人才认定〔2026〕8号" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Equal("B", body.GetProperty("talentTier").GetString());
        Assert.Equal("OfficialVerified", body.GetProperty("provenance").GetProperty("talentTier").GetProperty("source").GetString());
        Assert.Equal("talent-office", body.GetProperty("provenance").GetProperty("talentTier").GetProperty("by").GetString());
        var audit = await factory.Services.GetRequiredService<IStore>().FindAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "classify");
        Assert.Contains("南太湖人才认定〔2026〕8号", Assert.Single(audit).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F", "人才认定", "tier")]
    [InlineData("A", "", "decisionReference")]
    public async Task SetTalentTier_invalid_returns400NamingTheField(string tier, string reference, string field)
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PutAsJsonAsync($"/api/talents/{talentId}/talent-tier", new { tier, decisionReference = reference });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SetTalentTier_byTheGraduate_returns403()
    {
        var own = Guid.NewGuid();
        await Api.TalentAsync(factory, graduateTalentId: own);

        var response = await Api.Client(factory, Roles.Graduate, talentId: own).PutAsJsonAsync($"/api/talents/{own}/talent-tier", new { tier = "A", decisionReference = "自评" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{own}")).TryGetProperty("talentTier", out _));
    }
}
