using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Testing.Security;

/// <summary>One mapped route and method with its declared <see cref="AccessRule"/> (null when none is declared).</summary>
public sealed record MappedEndpoint(string Method, string Pattern, string Name, AccessRule? Rule, int RuleCount)
{
    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>Reads every endpoint a host maps, from its routing data source; in the gateway, the routes it forwards are
/// left out (the service that answers them declares their access).</summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<MappedEndpoint> Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpoints = Own(services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>());
        return [.. endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new MappedEndpoint(
                method,
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.DisplayName ?? "",
                e.Metadata.GetMetadata<AccessRule>(),
                e.Metadata.GetOrderedMetadata<AccessRule>().Count)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    /// <summary>The endpoints a host answers itself: not those the gateway's reverse proxy forwards.</summary>
    public static IEnumerable<RouteEndpoint> Own(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints.Where(e => !e.Metadata.Any(m => m.GetType().FullName == "Yarp.ReverseProxy.Model.RouteModel"));

    /// <summary>Endpoints that do not declare exactly one access rule: each must say who may call it.</summary>
    public static IReadOnlyList<string> Undeclared(IServiceProvider services) =>
        [.. Of(services).Where(e => e.RuleCount != 1).Select(e => $"{e} declares {e.RuleCount} access rules")];
}
