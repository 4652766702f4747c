using System.Net.Http.Json;
using TalentPortal.Testing.Security;

namespace TalentPortal.Housing.Tests;

/// <summary>Every endpoint says who may call it, and every answer matches what it says.</summary>
public sealed class AccessRuleTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public void EveryEndpoint_declaresOneAccessRule()
    {
        Assert.Empty(EndpointCatalog.Undeclared(factory.Services));
    }

    [Fact]
    public async Task AuthorizationMatrix_everyEndpointAsEveryPersona_answersAsDeclared()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory);
        var endpoints = EndpointCatalog.Of(factory.Services);
        var matrix = new AuthorizationMatrix(factory.CreateClient(), fixture.Scope);
        matrix.RouteValues["talentId"] = fixture.Scope.SelfTalentId.ToString();
        matrix.RouteValues["documentName"] = "v1";
        foreach (var endpoint in endpoints.Where(e => e.Pattern.Contains("{id", StringComparison.Ordinal)))
        {
            matrix.RouteValues[$"{endpoint.Pattern}|id"] = fixture.IdFor(endpoint.Pattern).ToString();
        }

        foreach (var (name, body) in fixture.Bodies(factory.Today()))
        {
            matrix.Bodies[name] = () => JsonContent.Create(body);
        }

        matrix.FixtureIds.AddRange(fixture.Ids());

        var violations = await matrix.RunAsync(endpoints);

        Assert.True(endpoints.Count >= 26, $"only {endpoints.Count} endpoints found");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task OpenApiDocument_passesTheLinter()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Empty(await OpenApiLint.ErrorsAsync(document, "housing"));
    }
}
