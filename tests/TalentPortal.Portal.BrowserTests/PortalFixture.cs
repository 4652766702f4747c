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
public sealed class PortalFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ];

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
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
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

    /// <summary>A fresh browser context (no cookies) at desktop size unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PortalAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

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
