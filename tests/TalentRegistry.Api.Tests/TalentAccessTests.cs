using System.Net;
using System.Net.Http.Json;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Who may read a talent, its employments and an employer's hires.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class TalentAccessTests(TalentRegistryFactory factory)
{
    private async Task<(Guid EmployerId, Guid TalentId, Guid EmploymentId)> HiredAtAsync(string street)
    {
        var (employerId, _) = await Api.EmployerAsync(factory, street);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        return (employerId, talentId, await Api.HireAsync(factory, employerId, nationalId));
    }

    [Fact]
    public async Task Get_hrOfTheHiringEmployer_isAllowedAndHrOfAnotherEmployer_is403()
    {
        var (employerId, talentId, _) = await HiredAtAsync("龙溪街道");

        var own = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).GetAsync($"/api/talents/{talentId}");
        var other = await Api.Client(factory, Roles.EmployerHr, employerId: Guid.NewGuid()).GetAsync($"/api/talents/{talentId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Get_streetOfficial_seesTalentsEmployedInTheirStreetOnly()
    {
        var (_, talentId, _) = await HiredAtAsync("仁皇山街道");

        var own = await Api.Client(factory, Roles.Official, street: "仁皇山街道").GetAsync($"/api/talents/{talentId}");
        var other = await Api.Client(factory, Roles.Official, street: "滨湖街道").GetAsync($"/api/talents/{talentId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Get_afterTheEmploymentEnded_hrOfTheFormerEmployer_is403()
    {
        var (employerId, talentId, employmentId) = await HiredAtAsync("龙溪街道");
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);
        (await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-08-31" })).EnsureSuccessStatusCode();

        var response = await hr.GetAsync($"/api/talents/{talentId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListEmployments_graduateOwnRecord_isAllowedAndSomeoneElses_is403()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);

        var mine = await Api.Client(factory, Roles.Graduate, talentId: own).GetAsync($"/api/talents/{talentId}/employments");
        var theirs = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).GetAsync($"/api/talents/{talentId}/employments");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }

    [Theory]
    [InlineData(Roles.EmployerHr, true, null, HttpStatusCode.OK)]
    [InlineData(Roles.EmployerHr, false, null, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Official, false, "杨家埠街道", HttpStatusCode.OK)]
    [InlineData(Roles.Official, false, "凤凰街道", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Official, false, null, HttpStatusCode.OK)]
    [InlineData(Roles.Graduate, false, null, HttpStatusCode.Forbidden)]
    public async Task ListHires_isForTheEmployersHrAndOfficialsCoveringItsStreet(string role, bool ownEmployer, string? street, HttpStatusCode expected)
    {
        var (employerId, talentId, _) = await HiredAtAsync("杨家埠街道");

        var response = await Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: ownEmployer ? employerId : Guid.NewGuid(), street: street)
            .GetAsync($"/api/employers/{employerId}/hires");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(talentId, Assert.Single((await Api.JsonAsync(response)).EnumerateArray()).GetProperty("talentId").GetGuid());
        }
    }
}
