using Microsoft.Playwright;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Debian's Chromium, headless, never a downloaded browser.</summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });

    /// <summary>A fresh context on <paramref name="baseUrl"/> whose browser speaks <paramref name="language"/>; in English
    /// it holds the portal's culture cookie, as if the language switch had been used (Chinese needs none: the default).</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseUrl, int width, int height, Language language)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = language.Locale,
        });
        if (!language.IsChinese)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language.Code}|uic={language.Code}", Url = baseUrl.ToString() }]);
        }

        return await context.NewPageAsync();
    }
}
