using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

internal static class PageSteps
{
    /// <summary>Opens <paramref name="path"/> once the sign-in has landed (the nav shows), so the session cookie is set.</summary>
    public static async Task OpenAfterSignInAsync(this IPage page, string path)
    {
        await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
        await page.GotoAsync(path);
    }
}
