using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TalentPortal.Gateway.Tests;

public sealed class RegistrationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private async Task<HttpResponseMessage> RegisterAsync(string username, string password, string displayName) =>
        await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { username, password, displayName });

    [Fact]
    public async Task Register_takenUsername_answersThatItCannotBeRegistered_withoutSayingWhy()
    {
        var username = $"g{Guid.NewGuid():N}"[..16];
        await RegisterAsync(username, "long-enough-1", "林一");

        var again = await RegisterAsync(username, "long-enough-2", "林二");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UsernameUnavailable", problem.GetProperty("state").GetString());
        Assert.DoesNotContain("taken", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(username, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password", "          ")]
    [InlineData("password", "\t\t\t\t\t\t\t\t\t")]
    [InlineData("displayName", "林\u202E一")]
    [InlineData("displayName", "林\u0007一")]
    [InlineData("username", "a\u202Eb-user")]
    [InlineData("username", "has space")]
    [InlineData("username", "ab")]
    public async Task Register_blankPasswordOrHiddenCharacters_is400NamingTheField(string field, string value)
    {
        var body = new Dictionary<string, string>
        {
            ["username"] = $"g{Guid.NewGuid():N}"[..16],
            ["password"] = "long-enough-1",
            ["displayName"] = "林一",
        };
        body[field] = value;

        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task PolicyCatalogue_isPublicThroughTheGateway()
    {
        var list = await factory.CreateClient().GetAsync("/api/policies");
        var one = await factory.CreateClient().GetAsync("/api/policies/LIVING_ALLOWANCE");
        var drafts = await factory.CreateClient().PostAsync("/api/policies/drafts", null);

        // The policy service is down in this host: the gateway lets the anonymous read through (and gets no answer),
        // but still demands a token for everything else under /api/policies.
        Assert.NotEqual(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, one.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, drafts.StatusCode);
    }
}
