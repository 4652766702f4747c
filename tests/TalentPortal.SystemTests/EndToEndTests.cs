using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>The real hosts as processes, driven only through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class EndToEndTests(PortalSystem system)
{
    internal static object Talent(string name, string? nationalId = null) => new
    {
        fullName = name,
        nationalId = nationalId ?? NationalIds.Next(),
        education = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "电子科技大学", universityTier = "Tier985", major = "微电子", graduationDate = "2025-06" } },
    };

    [Fact]
    public async Task Official_createsTalent_itReachesPolicyMatchingAndHousing()
    {
        using var client = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));

        var created = await client.PostAsJsonAsync("api/talents", Talent("孙悦"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var facts = await Eventually.GetAsync(async () =>
        {
            using var r = await client.GetAsync($"api/talent-facts/{id}");
            return r.IsSuccessStatusCode ? await r.Content.ReadAsStringAsync() : null;
        }, TimeSpan.FromSeconds(30), "policy-matching's facts");
        var resident = await Eventually.GetAsync(async () =>
        {
            using var r = await client.GetAsync($"api/housing/residents/{id}");
            return r.IsSuccessStatusCode ? await r.Content.ReadAsStringAsync() : null;
        }, TimeSpan.FromSeconds(30), "housing's resident record");

        Assert.Contains("孙悦", facts, StringComparison.Ordinal);
        Assert.Contains("\"highestDegree\":\"Doctorate\"", resident, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graduate_registersAndSeesOnlyTheirOwnRecord()
    {
        using var anonymous = system.Client();
        var username = $"g{Guid.NewGuid():N}"[..16];
        var account = await (await anonymous.PostAsJsonAsync("api/auth/register", new { username, password = "graduate-pass-1", displayName = "钱多多" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var graduate = system.Client(account.GetProperty("accessToken").GetString());
        using var official = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));
        var someoneElse = (await (await official.PostAsJsonAsync("api/talents", Talent("别人"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var own = await graduate.PostAsJsonAsync("api/talents", Talent("钱多多"));
        var other = await graduate.GetAsync($"api/talents/{someoneElse}");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(account.GetProperty("talentId").GetGuid(), (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData("{\"fullName\":", "JSON body is invalid")]
    [InlineData("{\"fullName\": [1,2]}", "$.fullName")]
    [InlineData("{\"education\": \"many\"}", "$.education")]
    public async Task BadInput_throughTheGateway_is400ProblemNever500(string json, string expected)
    {
        using var client = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("api/talents", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedStrings_are400WithTheFieldNamed()
    {
        using var client = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));

        var response = await client.PostAsJsonAsync("api/talents", Talent(new string('名', 5000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fullName", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthenticated_is401_andWrongRole_is403()
    {
        using var anonymous = system.Client();
        using var hr = system.Client(await system.LoginAsync("hr.weilan", "Demo#2026hr"));

        var noToken = await anonymous.PostAsJsonAsync("api/talents", Talent("无名"));
        var reveal = await hr.GetAsync($"api/talents/{Guid.NewGuid()}?reveal=true");
        var facts = await hr.GetAsync($"api/talent-facts/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Contains(reveal.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, facts.StatusCode);
    }

    [Fact]
    public async Task Portal_throughTheGateway_servesTheChineseSignInPage()
    {
        using var client = system.Client();

        var response = await client.GetAsync("signin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("南太湖新区人才服务平台", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_reportsEveryServiceByName()
    {
        using var client = system.Client();

        var ready = await client.GetFromJsonAsync<JsonElement>("health/ready");

        foreach (var name in new[] { "gateway", "talent-registry", "policy-matching", "housing" })
        {
            Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty(name).GetProperty("status").GetString());
        }
    }
}
