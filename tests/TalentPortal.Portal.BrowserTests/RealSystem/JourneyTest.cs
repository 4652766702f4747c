namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>A journey on the real system: pages through the gateway, what other roles did arranged through its API.</summary>
public abstract class JourneyTest(RealSystemFixture fixture) : PageTest(fixture)
{
    /// <summary>How long what one service learns from another's events may take to show (pages are polled by reloading).</summary>
    protected static readonly TimeSpan EventDelay = TimeSpan.FromSeconds(30);

    protected RealSystemFixture Fixture { get; } = fixture;

    internal SystemApi Api => new(Fixture.System);
}
