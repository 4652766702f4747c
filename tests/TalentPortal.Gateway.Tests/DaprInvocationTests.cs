using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Gateway.Infrastructure;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Tests;

/// <summary>With DAPR_HTTP_PORT set, the typed clients call the sidecar's invoke API; a small listener plays the sidecar.</summary>
public sealed class DaprInvocationTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _paths = new();
    private WebApplication _sidecar = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _sidecar = builder.Build();
        _sidecar.Run(context =>
        {
            _paths.Enqueue(context.Request.Path + context.Request.QueryString);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return context.Response.WriteAsync("{}");
        });
        await _sidecar.StartAsync();
    }

    public async Task DisposeAsync() => await _sidecar.DisposeAsync();

    private int SidecarPort => new Uri(_sidecar.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

    [Fact]
    public async Task ServiceClient_withDaprPort_callsTheSidecarInvokeApi()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DAPR_HTTP_PORT"] = SidecarPort.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        await using var services = new ServiceCollection().AddServiceClient<HousingClient>(configuration, ServiceIds.Housing).BuildServiceProvider();

        var ready = await services.GetRequiredService<HousingClient>().IsReadyAsync(CancellationToken.None);

        Assert.True(ready);
        Assert.Equal("/v1.0/invoke/housing/method/health/ready", Assert.Single(_paths));
    }

    [Fact]
    public async Task ServiceClient_withoutDaprPort_callsTheConfiguredUrl()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Services:talent-registry:Url"] = $"http://127.0.0.1:{SidecarPort}/" })
            .Build();
        await using var services = new ServiceCollection().AddServiceClient<TalentRegistryClient>(configuration, ServiceIds.TalentRegistry).BuildServiceProvider();

        await services.GetRequiredService<TalentRegistryClient>().GetOpenApiAsync(CancellationToken.None);

        Assert.Equal("/openapi/v1.json", Assert.Single(_paths));
    }
}
