using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class IntakeDashboardTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Dashboard_draws_charts_and_tables_of_the_same_figures() =>
        OnPageAsync(nameof(Dashboard_draws_charts_and_tables_of_the_same_figures), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "引才数据" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("引才数据看板");
            await Expect(page.Locator("#intake-total")).ToHaveTextAsync("12 人");
            foreach (var figure in new[] { "#by-degree", "#by-street", "#by-industry", "#targets" })
            {
                var canvas = page.Locator($"{figure} canvas");
                await Expect(canvas).ToHaveAttributeAsync("data-rendered", "true");
                Assert.True(await canvas.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"), $"{figure} has no chart");
            }

            var degreeRows = page.Locator("#by-degree tbody tr");
            await Expect(degreeRows).ToHaveCountAsync(3);
            await Expect(degreeRows.Nth(0).Locator("th, td")).ToHaveTextAsync(["硕士", "5", "2", "1", "2"]);
            await Expect(page.Locator("#by-degree thead th")).ToHaveTextAsync(["学历", "合计", "2026年1月", "2026年2月", "2026年3月"]);
            await Expect(page.Locator("#by-degree tfoot td")).ToHaveTextAsync(["12", "4", "4", "4"]);
            await Expect(page.Locator("#by-street tbody tr").Nth(0).Locator("th, td")).ToHaveTextAsync(["凤凰街道", "7", "3", "2", "2"]);
            await Expect(page.Locator("#by-industry tbody tr").Nth(0).Locator("th")).ToHaveTextAsync("锂电池");
            var behind = page.Locator("#targets tbody tr").Nth(1);
            await Expect(behind.Locator("th")).ToHaveTextAsync("凤凰街道 · 全部学历");
            await Expect(behind).ToContainTextAsync("5.9 人/月");
            await Expect(behind.Locator(".badge")).ToHaveTextAsync("进度滞后");
            var labels = await page.Locator("#by-degree canvas").EvaluateAsync<string[]>("c => Chart.getChart(c).data.datasets.map(d => d.label)");
            Assert.Equal(["硕士", "本科", "博士"], labels);
        });

    [Fact]
    public Task Csv_export_downloads_the_figures_through_the_portal() =>
        OnPageAsync(nameof(Csv_export_downloads_the_figures_through_the_portal), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/dashboards/intake?degree=Doctorate");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出明细（CSV）" }).ClickAsync());

            Assert.Equal("intake.csv", download.SuggestedFilename);
            var path = await download.PathAsync();
            var text = await File.ReadAllTextAsync(path);
            Assert.StartsWith("degree,street,industryChain,month,count", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains("Doctorate,凤凰街道,LithiumBatteries,2026-01,1", text, StringComparison.Ordinal);
            Assert.Contains(Portal.Gateway.Queries, q => q.Contains("format=csv", StringComparison.Ordinal)
                && q.Contains("by=degree%2Cstreet%2CindustryChain", StringComparison.Ordinal) && q.Contains("degree=Doctorate", StringComparison.Ordinal));
        });

    [Fact]
    public Task Filters_reach_the_api_and_a_bad_month_shows_its_problem_next_to_the_field() =>
        OnPageAsync(nameof(Filters_reach_the_api_and_a_bad_month_shows_its_problem_next_to_the_field), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/dashboards/intake");
            await page.Locator("#industryChain").SelectOptionAsync("Semiconductors");
            await page.Locator("#street").SelectOptionAsync("滨湖街道");

            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

            await Expect(page.Locator("#industryChain")).ToHaveValueAsync("Semiconductors");
            Assert.Contains(Portal.Gateway.Queries, q => q.Contains("industryChain=Semiconductors", StringComparison.Ordinal)
                && q.Contains($"street={Uri.EscapeDataString("滨湖街道")}", StringComparison.Ordinal));

            await page.GotoAsync("/dashboards/intake?from=2026-13");

            await Expect(page.Locator("#from-error")).ToHaveTextAsync("from must be a month, yyyy-MM.");
            await Expect(page.Locator("#from")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("查询条件有误，请按提示修改。");
        });

    [Fact]
    public Task Graduate_cannot_open_the_dashboards_or_the_export() =>
        OnPageAsync(nameof(Graduate_cannot_open_the_dashboards_or_the_export), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "引才数据" })).ToHaveCountAsync(0);

            await page.GotoAsync("/dashboards/intake");
            await Expect(page.Locator("h1")).Not.ToHaveTextAsync("引才数据看板");
            var export = await page.APIRequest.GetAsync("/exports/intake.csv", new() { MaxRedirects = 0 });
            Assert.NotEqual(200, export.Status);
        });
}
