using System.Net;
using System.Net.Http.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class EmployerTests(TalentRegistryFactory factory)
{
    private static object Body(string code, string street = "龙溪街道") =>
        new { name = "湖州测试科技有限公司", creditCode = code, street, industryChain = "DigitalEconomy", employerType = "Enterprise" };

    [Fact]
    public async Task Register_asZoneOfficial_returns201AndPublishesEmployerRegistered()
    {
        var code = Api.NewCreditCode();
        var probe = await Api.ListenAsync<EmployerRegistered>(factory, e => e.CreditCode == code);

        var response = await Api.Client(factory, Roles.Official).PostAsJsonAsync("/api/employers", Body(code));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Api.JsonAsync(response);
        var published = await probe.WaitAsync();
        Assert.Equal(body.GetProperty("id").GetGuid(), published.EmployerId);
        Assert.Equal("龙溪街道", published.Street);
        Assert.Equal("DigitalEconomy", published.IndustryChain);
    }

    [Fact]
    public async Task Register_wrongCheckCharacterAndUnknownStreet_returns400NamingTheFields()
    {
        var code = Api.NewCreditCode();
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');

        var response = await Api.Admin(factory).PostAsJsonAsync("/api/employers", new { name = "", creditCode = wrong, street = "西湖街道", industryChain = "Tea", employerType = "Enterprise" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.JsonAsync(response)).GetProperty("errors");
        Assert.Contains("GB 32100", errors.GetProperty("creditCode")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("street", out _));
        Assert.True(errors.TryGetProperty("industryChain", out _));
        Assert.True(errors.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Register_sameCreditCodeTwice_returns409PointingToTheExistingEmployer()
    {
        var (id, code) = await Api.EmployerAsync(factory);

        var again = await Api.Admin(factory).PostAsJsonAsync("/api/employers", Body(code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, (await Api.JsonAsync(again)).GetProperty("existingEmployerId").GetGuid());
    }

    [Fact]
    public async Task Register_streetOfficial_mayRegisterInOwnStreetOnly()
    {
        var client = Api.Client(factory, Roles.Official, street: "凤凰街道");

        var own = await client.PostAsJsonAsync("/api/employers", Body(Api.NewCreditCode(), "凤凰街道"));
        var other = await client.PostAsJsonAsync("/api/employers", Body(Api.NewCreditCode(), "滨湖街道"));

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Graduate)]
    [InlineData(Roles.EmployerHr)]
    public async Task Register_asGraduateOrHr_returns403(string role)
    {
        var response = await Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: Guid.NewGuid()).PostAsJsonAsync("/api/employers", Body(Api.NewCreditCode()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_afterStart_holdsTheSeededZoneEmployersWithValidCodes()
    {
        var employers = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).GetFromJsonAsync<List<EmployerRow>>("/api/employers?street=凤凰街道");

        var weilan = Assert.Single(employers!, e => e.Name == "卫蓝新能源");
        Assert.Equal(Guid.Parse("0192f000-0000-7000-8000-0000000000e1"), weilan.Id);
        Assert.All(employers!, e => Assert.Equal("凤凰街道", e.Street));
        Assert.All(employers!, e => Assert.True(Domain.CreditCode.TryParse(e.CreditCode, out _, out _)));
    }

    [Fact]
    public async Task Get_unknownEmployer_returns404()
    {
        var response = await Api.Admin(factory).GetAsync($"/api/employers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_withoutToken_returns401()
    {
        var response = await factory.CreateClient().GetAsync("/api/employers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record EmployerRow(Guid Id, string Name, string CreditCode, string Street);
}
