using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Registers one typed client per service: through the Dapr sidecar's invoke API when <c>DAPR_HTTP_PORT</c>
/// is set, straight to <c>Services:{appId}:Url</c> otherwise.</summary>
public static class ServiceClientExtensions
{
    public static IServiceCollection AddServiceClient<TClient>(this IServiceCollection services, IConfiguration configuration, string appId)
        where TClient : class
    {
        var daprPort = configuration["DAPR_HTTP_PORT"];
        if (!string.IsNullOrWhiteSpace(daprPort))
        {
            var endpoint = $"http://127.0.0.1:{daprPort}";
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TClient>(
                sp, DaprClient.CreateInvokeHttpClient(appId, endpoint, configuration["DAPR_API_TOKEN"])));
        }
        else
        {
            var url = configuration[$"Services:{appId}:Url"] ?? throw new InvalidOperationException($"Services:{appId}:Url is not configured.");
            services.AddHttpClient<TClient>(client => client.BaseAddress = new Uri(url));
        }

        return services;
    }
}
