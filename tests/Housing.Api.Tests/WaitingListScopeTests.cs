using System.Net;

namespace TalentPortal.Housing.Tests;

public sealed class WaitingListScopeTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public async Task WaitingList_streetOfficial_seesApplicationsForTheirStreetsProjectsOnly()
    {
        var (projectId, _) = await factory.ProjectAsync("龙溪街道", "OneBedroom", 1800m);
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId, new { preferredProjectId = projectId });

        var sameStreet = await Api.OkJsonAsync(await factory.Official("龙溪街道").GetAsync("/api/housing/applications"));
        var otherStreet = await Api.OkJsonAsync(await factory.Official("滨湖街道").GetAsync("/api/housing/applications"));
        var zone = await Api.OkJsonAsync(await factory.Official().GetAsync("/api/housing/applications"));
        var otherStreetRead = await factory.Official("滨湖街道").GetAsync($"/api/housing/applications/{applicationId}");

        Assert.Contains(sameStreet.EnumerateArray(), a => a.GetProperty("id").GetGuid() == applicationId);
        Assert.DoesNotContain(otherStreet.EnumerateArray(), a => a.GetProperty("id").GetGuid() == applicationId);
        var inZone = zone.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == applicationId);
        var inStreet = sameStreet.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == applicationId);
        Assert.Equal(inZone.GetProperty("position").GetInt32(), inStreet.GetProperty("position").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, otherStreetRead.StatusCode);
    }
}
