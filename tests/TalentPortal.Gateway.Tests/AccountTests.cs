using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TalentPortal.Gateway.Tests;

public sealed class AccountTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private async Task<JsonElement> LoginAsync(string username, string password)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Login_seededStreetOfficial_tokenCarriesRoleAndStreet()
    {
        var body = await LoginAsync("official.fenghuang", "Demo#2026street");

        var token = new JsonWebToken(body.GetProperty("accessToken").GetString());
        Assert.Equal("official", token.GetClaim("role").Value);
        Assert.Equal("凤凰街道", token.GetClaim("street").Value);
        Assert.Equal("talentportal-gateway", token.Issuer);
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(60));
    }

    [Fact]
    public async Task Login_wrongPassword_returns401Problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "admin", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_missingFields_returns400WithFieldErrors()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Register_graduate_getsTalentIdOnce()
    {
        var client = factory.CreateClient();
        var username = $"grad-{Guid.NewGuid():N}"[..20];

        var created = await client.PostAsJsonAsync("/api/auth/register", new { username, password = "long-enough-1", displayName = "林一" });
        var again = await client.PostAsJsonAsync("/api/auth/register", new { username, password = "long-enough-2", displayName = "林二" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("graduate", body.GetProperty("role").GetString());
        Assert.NotEqual(Guid.Empty, body.GetProperty("talentId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Jwks_publishesTheKeyThatVerifiesIssuedTokens()
    {
        var token = (await LoginAsync("admin", "Demo#2026admin")).GetProperty("accessToken").GetString();
        var jwks = new JsonWebKeySet(await factory.CreateClient().GetStringAsync("/.well-known/jwks.json"));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "talentportal-gateway",
            ValidAudience = "talentportal",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.DoesNotContain("\"d\"", await factory.CreateClient().GetStringAsync("/.well-known/jwks.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxiedRoute_withoutToken_returns401WithoutReachingTheService()
    {
        var response = await factory.CreateClient().GetAsync($"/api/talents/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ready_namesEveryServiceAndReportsThemDown()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("gateway").GetProperty("status").GetString());
        foreach (var service in new[] { "talent-registry", "policy-matching", "housing" })
        {
            Assert.Equal("Unhealthy", checks.GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task AnyResponse_echoesTheCallersCorrelationId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "trace-me-123");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("trace-me-123", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
