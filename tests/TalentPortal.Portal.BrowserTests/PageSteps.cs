using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

internal static class PageSteps
{
    public static async Task SignInAsync(this IPage page, string username, string password)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
    }

    /// <summary>Opens <paramref name="path"/> once the sign-in has landed (the nav shows), so the session cookie is set.</summary>
    public static async Task OpenAfterSignInAsync(this IPage page, string path)
    {
        await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
        await page.GotoAsync(path);
    }

    /// <summary>Reloads until <paramref name="locator"/> shows: what other services learn through events arrives after a moment.</summary>
    public static async Task ReloadUntilVisibleAsync(this IPage page, ILocator locator, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (await locator.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
        }

        await Expect(locator.First).ToBeVisibleAsync();
    }
}
