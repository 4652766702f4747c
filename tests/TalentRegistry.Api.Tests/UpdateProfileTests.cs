using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class UpdateProfileTests(TalentRegistryFactory factory)
{
    private static object Profile(long? version = null, string graduation = "2026-06") => new
    {
        phone = "13700002222",
        hukouHuzhou = true,
        ownsHomeLocally = false,
        version,
        education = new[]
        {
            new { degreeLevel = "Master", fullTime = true, university = "南京大学", universityTier = "Tier985", major = "物理", graduationDate = "2022-06" },
            new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "物理", graduationDate = graduation },
        },
    };

    [Fact]
    public async Task Update_graduateOwnRecord_replacesEducationAndPublishesTalentProfileUpdated()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, "Master", graduateTalentId: own);
        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId);

        var response = await Api.Client(factory, Roles.Graduate, talentId: own).PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await probe.WaitAsync();
        Assert.True(published.HukouHuzhou);
        Assert.False(published.OwnsHomeLocally);
        Assert.Equal(new DateOnly(2026, 6, 30), published.Education[1].GraduationDate);
        Assert.Equal(2, (await Api.JsonAsync(response)).GetProperty("education").GetArrayLength());
    }

    [Theory]
    [InlineData(Roles.EmployerHr)]
    [InlineData(Roles.Graduate)]
    public async Task Update_hrOrAnotherGraduate_returns403(string role)
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: Guid.NewGuid()).PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_streetOfficialOutsideTheirStreet_returns403()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.Official, street: "龙溪街道").PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_withAStaleVersion_returns409()
    {
        var (talentId, _) = await Api.TalentAsync(factory);
        (await Api.Admin(factory).PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile(version: 1))).EnsureSuccessStatusCode();

        var stale = await Api.Admin(factory).PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile(version: 1));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Update_invalidGraduationDate_returns400NamingTheField()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PatchAsJsonAsync($"/api/talents/{talentId}/profile", Profile(graduation: "next June"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("education[1].graduationDate", out _));
    }

    [Fact]
    public async Task Patch_onlyOwnsHomeLocally_leavesEverythingElseAsItWas()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, "Master", hukouHuzhou: true, graduateTalentId: own);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: own);

        var response = await graduate.PatchAsJsonAsync($"/api/talents/{talentId}/profile", new { ownsHomeLocally = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.True(body.GetProperty("ownsHomeLocally").GetBoolean());
        Assert.True(body.GetProperty("hukouHuzhou").GetBoolean());
        Assert.Equal("Master", body.GetProperty("education")[0].GetProperty("degreeLevel").GetString());
        Assert.False(body.TryGetProperty("firstHomePurchase", out _));
    }

    [Fact]
    public async Task Patch_firstHomePurchase_isStoredAndPublished_andNullClearsIt()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var graduate = Api.Client(factory, Roles.Graduate, talentId: own);
        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId && e.FirstHomePurchase == true);

        var set = await graduate.PatchAsJsonAsync($"/api/talents/{talentId}/profile", new { firstHomePurchase = true, ownsHomeLocally = true });

        Assert.True((await Api.JsonAsync(set)).GetProperty("firstHomePurchase").GetBoolean());
        var published = await probe.WaitAsync();
        Assert.Equal(FactSources.SelfDeclared, published.Provenance![Facts.FirstHomePurchase].Source);
        using var clear = new StringContent("{\"firstHomePurchase\": null}", Encoding.UTF8, "application/json");
        var cleared = await graduate.PatchAsync($"/api/talents/{talentId}/profile", clear);
        var body = await Api.JsonAsync(cleared);
        Assert.False(body.TryGetProperty("firstHomePurchase", out _));
        Assert.True(body.GetProperty("ownsHomeLocally").GetBoolean());
    }

    [Theory]
    [InlineData("{\"ownsHomeLocally\": \"yes\"}", "ownsHomeLocally")]
    [InlineData("{\"hukouHuzhou\": null}", "hukouHuzhou")]
    [InlineData("{\"education\": null}", "education")]
    [InlineData("{\"education\": [{\"degreeLevel\": \"Master\", \"fullTime\": \"yes\"}]}", "education[0].fullTime")]
    [InlineData("{\"phone\": 13800001111}", "phone")]
    [InlineData("{\"version\": \"1\"}", "version")]
    [InlineData("{\"nationalId\": \"330502199503151239\"}", "nationalId")]
    [InlineData("[]", "body")]
    public async Task Patch_wrongTypeOrUnknownField_returns400NamingItAndChangesNothing(string json, string field)
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var store = factory.Services.GetRequiredService<IStore>();
        var before = (await store.GetAsync<Talent>(talentId))!.Version;
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await Api.Client(factory, Roles.Graduate, talentId: own).PatchAsync($"/api/talents/{talentId}/profile", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await store.GetAsync<Talent>(talentId))!.Version);
    }

    [Fact]
    public async Task Patch_byAnOfficial_isOfficialVerifiedAndSupersedesTheGraduatesDeclaration()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);

        var response = await Api.Client(factory, Roles.Official, accountId: "official-edits").PatchAsJsonAsync($"/api/talents/{talentId}/profile", new
        {
            education = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", graduationDate = "2024-06" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OfficialVerified", (await Api.JsonAsync(response)).GetProperty("provenance").GetProperty("graduationDate").GetProperty("source").GetString());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(0, await store.CountAsync<FactVerification>(v => v.TalentId == talentId && v.Fact == "education" && v.State == DecisionState.Pending));
        Assert.Equal(1, await store.CountAsync<FactVerification>(v => v.TalentId == talentId && v.Fact == "education" && v.State == DecisionState.Superseded));
    }
}
