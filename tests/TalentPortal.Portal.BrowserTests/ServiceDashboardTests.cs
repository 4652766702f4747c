using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ServiceDashboardTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Dashboard_shows_overdue_on_time_rate_and_satisfaction_with_charts_and_tables() =>
        OnPageAsync(nameof(Dashboard_shows_overdue_on_time_rate_and_satisfaction_with_charts_and_tables), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "人才服务统计" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("人才服务事项统计");
            await Expect(page.Locator("#kpi-total")).ToHaveTextAsync("8");
            await Expect(page.Locator("#kpi-overdue")).ToHaveTextAsync("1");
            await Expect(page.Locator("#kpi-on-time")).ToHaveTextAsync("50%");
            await Expect(page.Locator("#kpi-satisfaction")).ToHaveTextAsync("3.5 分（2 份评价）");
            await Expect(page.Locator("#by-status canvas")).ToHaveAttributeAsync("data-rendered", "true");
            await Expect(page.Locator("#by-category canvas")).ToHaveAttributeAsync("data-rendered", "true");
            await Expect(page.Locator("#by-status tbody tr").Nth(3).Locator("th, td")).ToHaveTextAsync(["已办结", "2"]);
            var school = page.Locator("#by-category tbody tr").Filter(new() { HasText = "子女入学" });
            await Expect(school.Locator("th, td")).ToHaveTextAsync(["子女入学", "5", "2", "2", "1", "33.3%", "3", "3.2"]);
            await Expect(page.Locator("#by-street tbody th")).ToHaveTextAsync("凤凰街道");
        });

    [Fact]
    public Task Csv_export_downloads_the_dashboard_with_the_chosen_category() =>
        OnPageAsync(nameof(Csv_export_downloads_the_dashboard_with_the_chosen_category), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/dashboards/service-requests");
            await page.Locator("#category").SelectOptionAsync("SchoolPlace");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(page.Locator("#category")).ToHaveValueAsync("SchoolPlace");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出统计（CSV）" }).ClickAsync());

            Assert.Equal("service-requests.csv", download.SuggestedFilename);
            var text = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.StartsWith("dimension,key,total,Submitted", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains(Portal.Gateway.Queries, q => q.Contains("category=SchoolPlace", StringComparison.Ordinal) && q.Contains("format=csv", StringComparison.Ordinal));
        });
}
