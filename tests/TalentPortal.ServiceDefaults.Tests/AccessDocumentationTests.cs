using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;
using TalentPortal.Testing.Security;

namespace TalentPortal.ServiceDefaults.Tests;

public sealed class AccessDocumentationTests
{
    private static async Task<WebApplication> HostAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults("sample");
        builder.Services.TrustTestTokens();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        var things = app.MapGroup("/api/things").WithTags("Things");
        things.MapGet("/", () => TypedResults.Ok(new[] { "a" }))
            .Public("the public list of things")
            .WithName("ListThings").WithSummary("List things");
        things.MapGet("/{id:guid}", (Guid id) => TypedResults.Ok(id))
            .Allow(AccessScope.Record, "the owner, officials covering its street", Roles.Graduate, Roles.Official)
            .WithName("GetThing").WithSummary("Read one thing");
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task Document_declaresTheBearerSchemeRolesAndErrorStatuses_andPassesTheLinter()
    {
        await using var app = await HostAsync();
        var json = await app.GetTestClient().GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var get = root.GetProperty("paths").GetProperty("/api/things/{id}").GetProperty("get");
        Assert.Contains("graduate, official", get.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(get.GetProperty("security")[0].TryGetProperty("bearer", out _));
        foreach (var status in new[] { "400", "401", "403", "404" })
        {
            Assert.True(get.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        var list = root.GetProperty("paths").GetProperty("/api/things").GetProperty("get");
        Assert.Equal(0, list.GetProperty("security").GetArrayLength());
        Assert.Empty(await OpenApiLint.ErrorsAsync(json, "sample"));
    }

    [Fact]
    public async Task Roles_areEnforcedAsDeclared()
    {
        await using var app = await HostAsync();
        var client = app.GetTestClient();
        var id = Guid.NewGuid();

        using var anonymous = await client.GetAsync($"/api/things/{id}");
        using var hr = new HttpRequestMessage(HttpMethod.Get, $"/api/things/{id}") { Headers = { Authorization = new("Bearer", TestTokens.Issue(Roles.EmployerHr)) } };
        using var forbidden = await client.SendAsync(hr);
        using var list = await client.GetAsync("/api/things");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}
