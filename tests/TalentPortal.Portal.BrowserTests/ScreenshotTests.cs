using Microsoft.Playwright;
using TalentPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Keeps docs/screenshots current: the main page of each role area, desktop and phone, zh-CN.</summary>
[Collection(PortalCollection.Name)]
public sealed class ScreenshotTests(PortalFixture portal) : BrowserTest(portal)
{
    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_policies_and_review_render_Chinese(string device, int width, int height)
    {
        await ShootAsync("portal-my-policies", device, width, height, async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await Expect(page.Locator("#policy-LIVING_ALLOWANCE")).ToBeVisibleAsync();
        });

        await ShootAsync("portal-review-queue", device, width, height, async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await Expect(page.Locator(".review-card").First).ToBeVisibleAsync();
        });
    }

    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_intake_dashboard_and_policy_editor_render_Chinese(string device, int width, int height)
    {
        await ShootAsync("portal-intake-dashboard", device, width, height, async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/dashboards/intake");
            await Expect(page.Locator("#targets canvas")).ToHaveAttributeAsync("data-rendered", "true");
        });

        await ShootAsync("portal-policy-draft-preview", device, width, height, async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync($"/policies/admin/drafts/{CannedJson.DraftId}?effectiveFrom=2027-01-01");
            await Expect(page.Locator("#diff-table")).ToBeVisibleAsync();
        });
    }

    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_graduate_housing_and_hr_hires_render_Chinese(string device, int width, int height)
    {
        await ShootAsync("portal-my-housing", device, width, height, async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/housing");
            await Expect(page.Locator("#queue-position")).ToBeVisibleAsync();
        });

        await ShootAsync("portal-hr-hires", device, width, height, async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await Expect(page.Locator(".hire-card").First).ToBeVisibleAsync();
        });
    }

    /// <summary>Opens a page in a fresh context, waits for what shows it is ready, and saves {name}-{device}.png: into
    /// docs/screenshots only when TALENTPORTAL_WRITE_SCREENSHOTS=1 asks for it, else beside the test binaries, so a normal
    /// run never rewrites tracked files.</summary>
    private Task ShootAsync(string name, string device, int width, int height, Func<IPage, Task> openUntilReady) =>
        OnPageAsync($"screenshot-{name}-{device}", async page =>
        {
            await openUntilReady(page);
            var folder = Environment.GetEnvironmentVariable("TALENTPORTAL_WRITE_SCREENSHOTS") == "1"
                ? RepositoryPaths.Combine("docs", "screenshots")
                : Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{device}.png"), FullPage = true });
        }, width, height);
}
