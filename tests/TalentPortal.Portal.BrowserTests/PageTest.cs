using Microsoft.Playwright;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Runs a test against a fresh page and keeps a screenshot of the page when it fails.</summary>
public abstract class PageTest(IPortalBrowser browser)
{
    protected async Task OnPageAsync(string testName, Func<IPage, Task> test, int width = 1280, int height = 800, Language? language = null)
    {
        var page = await browser.NewPageAsync(width, height, language);
        try
        {
            await test(page);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{testName}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    protected static Task SignInAsync(IPage page, string username, string password) => page.SignInAsync(username, password);
}
