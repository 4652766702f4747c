using System.Net;
using System.Net.Http.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;

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
}
