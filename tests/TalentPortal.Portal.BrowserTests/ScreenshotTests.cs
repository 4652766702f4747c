using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Keeps docs/screenshots current: the graduate's policies, the review queue, the intake dashboard and the policy
/// draft preview, desktop and phone, zh-CN.</summary>
[Collection(PortalCollection.Name)]
public sealed class ScreenshotTests(PortalFixture portal) : BrowserTest(portal)
{
    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_policies_and_review_render_Chinese(string device, int width, int height)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);

        await OnPageAsync($"screenshot-policies-{device}", async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await Expect(page.Locator("#policy-LIVING_ALLOWANCE")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-my-policies-{device}.png"), FullPage = true });
        }, width, height);

        await OnPageAsync($"screenshot-review-{device}", async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await Expect(page.Locator(".review-card").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-review-queue-{device}.png"), FullPage = true });
        }, width, height);
    }

    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_intake_dashboard_and_policy_editor_render_Chinese(string device, int width, int height)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);

        await OnPageAsync($"screenshot-intake-{device}", async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/dashboards/intake");
            await Expect(page.Locator("#targets canvas")).ToHaveAttributeAsync("data-rendered", "true");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-intake-dashboard-{device}.png"), FullPage = true });
        }, width, height);

        await OnPageAsync($"screenshot-policy-editor-{device}", async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync($"/policies/admin/drafts/{CannedJson.DraftId}?effectiveFrom=2027-01-01");
            await Expect(page.Locator("#diff-table")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-policy-draft-preview-{device}.png"), FullPage = true });
        }, width, height);
    }

    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_graduate_housing_and_hr_hires_render_Chinese(string device, int width, int height)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);

        await OnPageAsync($"screenshot-housing-{device}", async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/housing");
            await Expect(page.Locator("#queue-position")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-my-housing-{device}.png"), FullPage = true });
        }, width, height);

        await OnPageAsync($"screenshot-hr-hires-{device}", async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await Expect(page.Locator(".hire-card").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"portal-hr-hires-{device}.png"), FullPage = true });
        }, width, height);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TalentPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TalentPortal.sln not found above the test output.");
    }
}
