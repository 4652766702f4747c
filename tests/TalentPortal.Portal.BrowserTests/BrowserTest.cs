namespace TalentPortal.Portal.BrowserTests;

/// <summary>A page test against the portal and <see cref="StubGateway"/>.</summary>
public abstract class BrowserTest(PortalFixture portal) : PageTest(portal)
{
    protected PortalFixture Portal { get; } = portal;
}
