using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>The portal on a real Kestrel port, talking to <see cref="StubGateway"/>, and one shared Chromium.</summary>
public sealed class PortalFixture : IAsyncLifetime, IPortalBrowser
{
    private PortalFactory? _portal;
    private IPlaywright? _playwright;

    public StubGateway Gateway { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri PortalAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Gateway = await StubGateway.StartAsync();
        _portal = new PortalFactory(Gateway.Address);
        _portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _portal.StartServer();
        var address = _portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        PortalAddress = new Uri(address + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        await Gateway.DisposeAsync();
    }

    public Task<IPage> NewPageAsync(int width = 1280, int height = 800, Language? language = null) =>
        Chromium.NewPageAsync(Browser, PortalAddress, width, height, language ?? Language.Chinese);

    private sealed class PortalFactory(Uri gateway) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("Portal:GatewayUrl", gateway.ToString());
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
