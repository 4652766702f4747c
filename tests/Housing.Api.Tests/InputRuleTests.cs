using System.Net;
using System.Net.Http.Json;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Housing.Tests;

/// <summary>No impossible value is stored: enums by name only, money and areas with at most two decimals and bounded,
/// plausible dates, and no hidden characters in names and texts.</summary>
public sealed class InputRuleTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private static async Task<bool> NamesAsync(HttpResponseMessage response, string field) =>
        (await Api.OkJsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _);

    [Fact]
    public async Task CreateUnit_rentOrAreaWithThreeDecimalsOrAboveTheMaximum_returns400NamingTheField_andStoresNothing()
    {
        var (projectId, _) = await factory.ProjectAsync();
        var client = factory.Official();
        var path = $"/api/housing/projects/{projectId}/units";

        var fractionOfFen = await client.PostAsJsonAsync(path, new { number = "2-1", layout = "Studio", area = 30m, monthlyRent = 999.999m });
        var tooDear = await client.PostAsJsonAsync(path, new { number = "2-2", layout = "Studio", area = 30m, monthlyRent = 100_000.01m });
        var negative = await client.PostAsJsonAsync(path, new { number = "2-3", layout = "Studio", area = 30m, monthlyRent = -1m });
        var oddArea = await client.PostAsJsonAsync(path, new { number = "2-4", layout = "Studio", area = 30.125m, monthlyRent = 900m });

        Assert.True(await NamesAsync(fractionOfFen, "monthlyRent"));
        Assert.True(await NamesAsync(tooDear, "monthlyRent"));
        Assert.True(await NamesAsync(negative, "monthlyRent"));
        Assert.True(await NamesAsync(oddArea, "area"));
        var units = await Api.OkJsonAsync(await client.GetAsync($"/api/housing/units?projectId={projectId}"));
        Assert.Equal(1, units.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/housing/units?layout=2", "layout")]
    [InlineData("/api/housing/units?layout=-1", "layout")]
    [InlineData("/api/housing/units?status=7", "status")]
    [InlineData("/api/housing/units?status=Let,Available", "status")]
    [InlineData("/api/housing/service-requests?status=1", "status")]
    [InlineData("/api/housing/service-requests?category=Nonsense", "category")]
    [InlineData("/api/housing/dashboard/service-requests?category=Nonsense", "category")]
    [InlineData("/api/housing/dashboard/service-requests?street=火星街道", "street")]
    public async Task Query_enumOrCodeNotByItsName_returns400NamingTheParameter(string path, string field)
    {
        Assert.True(await NamesAsync(await factory.ClientFor(Roles.Official).GetAsync(path), field));
    }

    [Fact]
    public async Task Apply_preferredLayoutAsANumber_returns400NamingPreferredLayout()
    {
        var talentId = await factory.TalentWithBenefitAsync();

        var response = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { preferredLayout = "1" });

        Assert.True(await NamesAsync(response, "preferredLayout"));
    }

    [Theory]
    [InlineData("1999-12-31", null, "from")]
    [InlineData(null, "9999-12-31", "to")]
    [InlineData("0001-01-01", "2026-01-01", "from")]
    public async Task Dashboard_periodOutsidePlausibleDates_returns400NamingTheField(string? from, string? to, string field)
    {
        var query = string.Join('&', new[] { from is null ? null : $"from={from}", to is null ? null : $"to={to}" }.Where(q => q is not null));

        Assert.True(await NamesAsync(await factory.Official().GetAsync($"/api/housing/dashboard/service-requests?{query}"), field));
    }

    [Fact]
    public async Task Texts_withBidiOrControlCharacters_return400NamingTheField_whileDescriptionsKeepLineBreaks()
    {
        var graduate = factory.Graduate(Guid.NewGuid());

        var project = await factory.Official().PostAsJsonAsync("/api/housing/projects", new { code = "BIDI-1", name = "公寓\u202Egnp.exe", street = "凤凰街道" });
        var title = await graduate.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "入学\u0007", description = "说明", street = "凤凰街道" });
        var description = await graduate.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "入学", description = "说明\u200F", street = "凤凰街道" });
        var multiline = await Api.OkJsonAsync(
            await graduate.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "入学", description = "第一行\n第二行", street = "凤凰街道" }),
            HttpStatusCode.Created);

        Assert.True(await NamesAsync(project, "name"));
        Assert.True(await NamesAsync(title, "title"));
        Assert.True(await NamesAsync(description, "description"));
        Assert.Equal("第一行\n第二行", multiline.GetProperty("description").GetString());
    }
}
