using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class OfficialTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string ZhangWei = "0193a000-0000-7000-8000-0000000000c1";

    [Fact]
    public Task Return_with_an_empty_reason_shows_the_error_next_to_the_reason_field() =>
        OnPageAsync(nameof(Return_with_an_empty_reason_shows_the_error_next_to_the_reason_field), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await Expect(page.Locator("h1")).ToHaveTextAsync("待审核申请");
            await Expect(page.Locator($"#applicant-{ZhangWei}")).ToHaveTextAsync("张伟 · 新引进大学生生活补贴");
            var card = page.Locator($"#application-{ZhangWei}");

            await card.GetByRole(AriaRole.Button, new() { Name = "退回补正" }).ClickAsync();

            await Expect(page.Locator($"#reason-{ZhangWei}-error")).ToHaveTextAsync("请填写审核意见。");
            await Expect(page.Locator($"#reason-{ZhangWei}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator(".field-error")).ToHaveCountAsync(1);
        });

    [Fact]
    public Task A_reason_the_api_refuses_shows_its_problem_next_to_the_reason_field() =>
        OnPageAsync(nameof(A_reason_the_api_refuses_shows_its_problem_next_to_the_reason_field), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            var card = page.Locator($"#application-{ZhangWei}");
            await card.GetByLabel("审核意见").FillAsync(new string('长', 501));

            await card.GetByRole(AriaRole.Button, new() { Name = "不予通过" }).ClickAsync();

            await Expect(page.Locator($"#reason-{ZhangWei}-error")).ToHaveTextAsync("reason must be at most 500 characters.");
            await Expect(page.Locator($"#reason-{ZhangWei}")).ToHaveValueAsync(new string('长', 501));
        });

    [Fact]
    public Task Approve_for_public_notice_reports_the_new_state() =>
        OnPageAsync(nameof(Approve_for_public_notice_reports_the_new_state), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            var card = page.Locator($"#application-{ZhangWei}");

            await card.GetByRole(AriaRole.Button, new() { Name = "审核通过，进入公示" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("张伟：已处理，当前状态：公示中。");
            Assert.Contains($"public-notice {ZhangWei} ", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Graduate_cannot_open_the_review_queue() =>
        OnPageAsync(nameof(Graduate_cannot_open_the_review_queue), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/review");

            await Expect(page.Locator("h1")).Not.ToHaveTextAsync("待审核申请");
        });

    [Fact]
    public Task The_queue_says_what_waits_for_the_employers_confirmation_and_for_verification() =>
        OnPageAsync(nameof(The_queue_says_what_waits_for_the_employers_confirmation_and_for_verification), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/review");

            await Expect(page.Locator("#waiting-for-employer")).ToHaveTextAsync("另有 2 份申请等待用人单位确认，确认后将进入此队列。");
            await Expect(page.Locator("#verification-counts a")).ToContainTextAsync("项身份认领");
            await Expect(page.Locator("#verification-counts a")).ToHaveAttributeAsync("href", "/verifications");
        });
}
