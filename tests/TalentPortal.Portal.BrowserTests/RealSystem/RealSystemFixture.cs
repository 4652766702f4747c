using Microsoft.Playwright;
using TalentPortal.Testing;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>The whole system as real processes (services, gateway, portal behind the gateway at <c>/</c>, demo data and
/// demo accounts), started once for the collection, and one shared Chromium.</summary>
public sealed class RealSystemFixture : IAsyncLifetime, IPortalBrowser
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalSystem System { get; } = new WithDemoData();

    public async Task InitializeAsync()
    {
        await System.InitializeAsync();

        // Five processes, the broker and Chromium share the machine (in CI with the other test projects too): pages
        // through the gateway can take longer than the 5 s Playwright waits by default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await System.DisposeAsync();
    }

    public Task<IPage> NewPageAsync(int width = 1280, int height = 800, Language? language = null) =>
        Chromium.NewPageAsync(_browser!, System.Gateway, width, height, language ?? Language.Chinese);

    /// <summary>As deploy/run.sh starts it: talent-registry seeds the demo graduate and the generated demo hires too
    /// (the base system seeds the gateway's demo accounts only); its clock can be moved.</summary>
    private sealed class WithDemoData : PortalSystem
    {
        protected override bool DemoData => true;

        // Journeys let a public notice's days pass.
        protected override bool ShiftableClock => true;
    }
}

[CollectionDefinition(Name)]
public sealed class RealSystemCollection : ICollectionFixture<RealSystemFixture>
{
    public const string Name = "real-system";
}
