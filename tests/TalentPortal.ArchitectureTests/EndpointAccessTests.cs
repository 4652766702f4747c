extern alias GatewayApi;
extern alias HousingApi;
extern alias PolicyMatchingApi;
extern alias TalentRegistryApi;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing.Security;

namespace TalentPortal.ArchitectureTests;

/// <summary>Every endpoint a service maps declares who may call it with one <see cref="AccessRule"/> (<c>.Allow(...)</c>,
/// or <c>.Public(why)</c> with the reason), and the rule agrees with the authorization metadata that enforces it. Read
/// from the services' routing without a broker. Each service's own suite goes further against the real broker: it
/// sends every endpoint a request as every persona and compares the answers with the rule (AuthorizationMatrix in
/// tests/Housing.Api.Tests/AccessRuleTests.cs, tests/TalentRegistry.Api.Tests/SecuritySuiteTests.cs and
/// tests/PolicyMatching.Api.Tests/Security/AuthorizationMatrixTests.cs).</summary>
public sealed class EndpointAccessTests
{
    [Fact]
    public Task TalentRegistry_everyEndpointDeclaresItsAccess() => AssertDeclaredAsync<TalentRegistryApi::Program>();

    [Fact]
    public Task PolicyMatching_everyEndpointDeclaresItsAccess() => AssertDeclaredAsync<PolicyMatchingApi::Program>();

    [Fact]
    public Task Housing_everyEndpointDeclaresItsAccess() => AssertDeclaredAsync<HousingApi::Program>();

    /// <summary>The gateway's own endpoints (accounts, sign-in, operations, health); the routes it forwards are declared
    /// by the service that answers them.</summary>
    [Fact]
    public Task Gateway_everyEndpointOfItsOwnDeclaresItsAccess() => AssertDeclaredAsync<GatewayApi::Program>();

    private static async Task AssertDeclaredAsync<TProgram>() where TProgram : class
    {
        await using var host = new ServiceHost<TProgram>();
        var endpoints = EndpointCatalog.Own(host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()).ToList();

        var violations = EndpointCatalog.Undeclared(host.Services).Concat(endpoints.SelectMany(Disagreements)).ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true);
        ArchitectureAssert.None(violations, $"every endpoint of {typeof(TProgram).Assembly.GetName().Name} must declare who may call it");
    }

    /// <summary>What an endpoint enforces against what its rule declares: a public rule says why and lets anyone in;
    /// any other rule requires a token (an AllowAnonymous added after it would open the endpoint).</summary>
    private static IEnumerable<string> Disagreements(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<AccessRule>() is not { } rule)
        {
            yield break;
        }

        var name = endpoint.RoutePattern.RawText;
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (rule.IsPublic && string.IsNullOrWhiteSpace(rule.Who))
        {
            yield return $"{name}: public without a reason";
        }

        if (rule.IsPublic != anonymous)
        {
            yield return rule.IsPublic ? $"{name}: declared public but requires a token" : $"{name}: declared for {string.Join(", ", rule.Roles)} but allows anonymous callers";
        }

        if (!rule.IsPublic && !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => SameRoles(a.Roles, rule.Roles)))
        {
            yield return $"{name}: declared for {string.Join(", ", rule.Roles)} but those roles are not what it requires";
        }
    }

    private static bool SameRoles(string? required, IReadOnlyList<string> declared) =>
        required is not null && required.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal).SetEquals(declared);
}
