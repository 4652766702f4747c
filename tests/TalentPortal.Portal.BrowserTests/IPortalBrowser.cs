using Microsoft.Playwright;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Where a test gets a fresh page: a new browser context (no cookies) on the portal.</summary>
public interface IPortalBrowser
{
    Task<IPage> NewPageAsync(int width = 1280, int height = 800, Language? language = null);
}
