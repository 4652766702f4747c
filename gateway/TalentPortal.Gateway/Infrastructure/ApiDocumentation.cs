using Scalar.AspNetCore;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Infrastructure;

/// <summary>One Scalar UI at <c>/scalar</c> over every service's OpenAPI document, fetched through the typed clients.</summary>
public static class ApiDocumentation
{
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/api-docs/{service}.json", async (string service, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            ServiceClient? client = service switch
            {
                ServiceIds.TalentRegistry => services.GetRequiredService<TalentRegistryClient>(),
                ServiceIds.PolicyMatching => services.GetRequiredService<PolicyMatchingClient>(),
                ServiceIds.Housing => services.GetRequiredService<HousingClient>(),
                _ => null,
            };
            return client is null
                ? Results.Problem(title: "Unknown service", detail: $"There is no service named {service}.", statusCode: 404)
                : Results.Content(await client.GetOpenApiAsync(cancellationToken), "application/json");
        }).Public("the services' API descriptions hold no data").ExcludeFromDescription();
        app.MapScalarApiReference("/scalar", options =>
        {
            options.WithTitle("TalentPortal API");
            foreach (var service in new[] { ServiceIds.TalentRegistry, ServiceIds.PolicyMatching, ServiceIds.Housing, ServiceIds.Gateway })
            {
                options.AddDocument(service, service, service == ServiceIds.Gateway ? "/openapi/v1.json" : $"/api-docs/{service}.json");
            }
        }).Public("the API reference page holds no data");
        return app;
    }
}
