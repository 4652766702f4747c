using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace TalentPortal.Gateway.Tests;

/// <summary>talent-registry as far as the link needs it: the caller's own claims, answered from what the test sets.</summary>
public sealed class ClaimsRegistryStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ClaimsRegistryStub(WebApplication app) => _app = app;

    /// <summary>The JSON the stub answers <c>GET /api/identity-claims/mine</c> with, per bearer token.</summary>
    public Func<string?, string> Claims { get; set; } = _ => "[]";

    public string? LastAuthorization { get; private set; }

    public string Url => _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/";

    public static async Task<ClaimsRegistryStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ClaimsRegistryStub(app);
        app.MapGet("/api/identity-claims/mine", (HttpContext http) =>
        {
            stub.LastAuthorization = http.Request.Headers.Authorization;
            return Results.Content(stub.Claims(stub.LastAuthorization), "application/json");
        });
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed class LinkTalentRecordTests : IAsyncLifetime
{
    private ClaimsRegistryStub _registry = null!;
    private GatewayWithRegistry _gateway = null!;

    public async Task InitializeAsync()
    {
        _registry = await ClaimsRegistryStub.StartAsync();
        _gateway = new GatewayWithRegistry(_registry.Url);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _registry.DisposeAsync();
    }

    private async Task<(HttpClient Client, string Username, Guid TalentId)> GraduateAsync()
    {
        var client = _gateway.CreateClient();
        var username = $"link-{Guid.NewGuid():N}"[..20];
        var created = await client.PostAsJsonAsync("/api/auth/register", new { username, password = "long-enough-1", displayName = "王五" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return (client, username, body.GetProperty("talentId").GetGuid());
    }

    [Fact]
    public async Task ApprovedLinkClaim_pointsTheAccountAtTheLinkedRecord_forThisAndEverySignInAfter()
    {
        var (client, username, ownTalentId) = await GraduateAsync();
        var imported = Guid.NewGuid();
        _registry.Claims = _ => $$"""[{ "id": "{{Guid.NewGuid()}}", "state": "Approved", "kind": "Link", "linkedTalentId": "{{imported}}" }]""";

        var linked = await client.PostAsync("/api/auth/me/talent-link", null);

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var token = new JsonWebToken((await linked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        Assert.Equal(imported.ToString(), token.GetClaim("talent_id").Value);
        Assert.Equal(client.DefaultRequestHeaders.Authorization!.ToString(), _registry.LastAuthorization);
        var login = await _gateway.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = "long-enough-1" });
        Assert.Equal(imported, (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("talentId").GetGuid());
        Assert.NotEqual(ownTalentId, imported);
    }

    [Fact]
    public async Task PendingOrRejectedClaims_linkNothing_andTheAnswerSaysWhatToDo()
    {
        var (client, username, ownTalentId) = await GraduateAsync();
        _registry.Claims = _ => $$"""
            [{ "id": "{{Guid.NewGuid()}}", "state": "Pending", "kind": "Link", "linkedTalentId": "{{Guid.NewGuid()}}" },
             { "id": "{{Guid.NewGuid()}}", "state": "Rejected", "kind": "Link", "linkedTalentId": "{{Guid.NewGuid()}}" }]
            """;

        var refused = await client.PostAsync("/api/auth/me/talent-link", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("NoApprovedClaim", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var login = await _gateway.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = "long-enough-1" });
        Assert.Equal(ownTalentId, (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("talentId").GetGuid());
    }

    [Fact]
    public async Task Link_isForGraduatesOnly()
    {
        var client = _gateway.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "official.fenghuang", password = "Demo#2026street" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/auth/me/talent-link", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _gateway.CreateClient().PostAsync("/api/auth/me/talent-link", null)).StatusCode);
    }

    private sealed class GatewayWithRegistry(string registryUrl) : GatewayFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Services:talent-registry:Url"] = registryUrl };
    }
}
