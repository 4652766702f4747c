using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class OfficialJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Official_sends_an_application_to_public_notice_and_reads_the_intake_dashboard() =>
        OnPageAsync(nameof(Official_sends_an_application_to_public_notice_and_reads_the_intake_dashboard), async page =>
        {
            const string name = "上官墨";
            await Api.ApplicationConfirmedByEmployerAsync(name);

            await page.SignInAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword);
            await page.OpenAfterSignInAsync("/review");
            var application = page.Locator(".review-card").Filter(new() { HasText = name });
            await Expect(application.Locator("h2")).ToHaveTextAsync($"{name} · 新引进大学生生活补贴");
            await Expect(application.Locator(".badge")).ToHaveTextAsync("单位已确认");
            await Expect(application.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await page.CheckAsync(Language.Chinese);
            await application.GetByRole(AriaRole.Button, new() { Name = "审核通过，进入公示" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"{name}：已处理，当前状态：公示中。");
            await Expect(page.Locator(".review-card").Filter(new() { HasText = name })).ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "公示管理" }).ClickAsync();
            var notice = page.Locator(".notice-card").Filter(new() { HasText = name });
            await Expect(notice.Locator(".card-head .badge")).ToHaveTextAsync("公示中");
            await Expect(notice.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await Expect(notice.Locator(".notice-window")).ToHaveTextAsync(new Regex(@"^\S+ 至 \S+（5 个工作日）$"));
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "引才数据" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("引才数据看板");

            // The twelve months before this one hold only demo hires (talent-registry seeds them over the last two years and this one).
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var from = today.AddMonths(-12);
            var to = today.AddMonths(-1);
            await page.Locator("#from").FillAsync($"{from:yyyy-MM}");
            await page.Locator("#to").FillAsync($"{to:yyyy-MM}");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(page.Locator(".summary-strip")).ToContainTextAsync($"{from.Year}年{from.Month}月 至 {to.Year}年{to.Month}月");
            await Expect(page.Locator("#intake-total")).ToHaveTextAsync(new Regex(@"^[1-9]\d+ 人$"));
            await Expect(page.Locator("#by-degree canvas")).ToHaveAttributeAsync("data-rendered", "true");
            foreach (var degree in new[] { "博士", "硕士", "本科", "大专" })
            {
                await Expect(page.Locator("#by-degree table.figures tbody th").Filter(new() { HasText = degree })).ToHaveCountAsync(1);
            }

            await Expect(page.Locator("#by-street table.figures tbody tr")).Not.ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);
        });
}
