using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Tests;

public sealed class ApartmentTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public async Task ListProjects_afterStartUp_showsTheSeededFutureCityApartmentsWithTheirUnits()
    {
        var projects = await Api.OkJsonAsync(await factory.Graduate(Guid.NewGuid()).GetAsync("/api/housing/projects"));

        var futureCity = projects.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "南太湖未来城人才公寓");
        Assert.Equal("滨湖街道", futureCity.GetProperty("street").GetString());
        Assert.True(futureCity.GetProperty("illustrative").GetBoolean());
        Assert.Equal(6, futureCity.GetProperty("units").GetInt32());
    }

    [Fact]
    public async Task Seeder_runAgain_addsNothing()
    {
        var store = factory.Services.GetRequiredService<IStore>();
        var before = await store.CountAsync<ApartmentUnit>(_ => true);
        var seeder = factory.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "ApartmentSeeder");

        await seeder.StartAsync(CancellationToken.None);

        Assert.Equal(before, await store.CountAsync<ApartmentUnit>(_ => true));
        Assert.Equal(3, await store.CountAsync<ApartmentProject>(p => p.Illustrative));
    }

    [Fact]
    public async Task CreateUnit_byOfficial_isListedAvailable_andTheSameNumberTwiceIs409()
    {
        var (projectId, units) = await factory.ProjectAsync(rents: 1234.50m);

        var listed = await Api.OkJsonAsync(await factory.Graduate(Guid.NewGuid()).GetAsync($"/api/housing/units?projectId={projectId}"));
        var again = await factory.Official().PostAsJsonAsync($"/api/housing/projects/{projectId}/units", new { number = "1-001", layout = "Studio", area = 30m, monthlyRent = 900m });

        var unit = Assert.Single(listed.EnumerateArray());
        Assert.Equal(units[0], unit.GetProperty("id").GetGuid());
        Assert.Equal("Available", unit.GetProperty("status").GetString());
        Assert.Equal(1234.50m, unit.GetProperty("monthlyRent").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CreateUnit_badLayoutAndRent_returns400NamingTheFields()
    {
        var (projectId, _) = await factory.ProjectAsync();

        var response = await factory.Official().PostAsJsonAsync($"/api/housing/projects/{projectId}/units", new { number = "9-9", layout = "Castle", area = 40m, monthlyRent = 10.555m });

        var problem = await Api.OkJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("layout", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("monthlyRent", out _));
    }

    [Fact]
    public async Task CreateProject_byGraduateOrOfficialOfAnotherStreet_returns403()
    {
        var body = new { code = "X-1", name = "某公寓", street = "凤凰街道" };

        var graduate = await factory.Graduate(Guid.NewGuid()).PostAsJsonAsync("/api/housing/projects", body);
        var otherStreet = await factory.Official(street: "龙溪街道").PostAsJsonAsync("/api/housing/projects", body);

        Assert.Equal(HttpStatusCode.Forbidden, graduate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
    }

    [Fact]
    public async Task ReviseUnit_newRent_isShown_andAStaleVersionIs409()
    {
        var (_, units) = await factory.ProjectAsync(rents: 1500m);
        var client = factory.ClientFor(Roles.Official, street: "凤凰街道");

        var revised = await Api.OkJsonAsync(await client.PutAsJsonAsync($"/api/housing/units/{units[0]}", new { layout = "OneBedroom", area = 50m, monthlyRent = 1600m, withdrawn = false, version = 1 }));
        var stale = await client.PutAsJsonAsync($"/api/housing/units/{units[0]}", new { layout = "OneBedroom", area = 50m, monthlyRent = 1700m, withdrawn = false, version = 1 });

        Assert.Equal(1600m, revised.GetProperty("monthlyRent").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task ServiceCategories_areConfiguredWithSlas()
    {
        var catalog = factory.Services.GetRequiredService<ServiceCategoryCatalog>();

        var categories = await Api.OkJsonAsync(await factory.Graduate(Guid.NewGuid()).GetAsync("/api/housing/service-requests/categories"));

        Assert.Equal(catalog.All.Count, categories.GetArrayLength());
        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("name").GetString() == "子女入学" && c.GetProperty("slaDays").GetInt32() > 0);
        Assert.Equal(["employer-hr"], catalog.Find("EnterpriseIssue")!.RaisedBy);
    }
}
