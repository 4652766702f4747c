using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class OperationsTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Failed_messages_show_by_service_and_cause_and_a_discard_needs_a_reason() =>
        OnPageAsync(nameof(Failed_messages_show_by_service_and_cause_and_a_discard_needs_a_reason), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "失败消息" }).ClickAsync();

            var group = page.Locator(".failed-group");
            await Expect(group.Locator("h2")).ToHaveTextAsync("TalentRegistered policy-matching");
            await Expect(group.Locator(".badge")).ToHaveTextAsync("处理失败");
            await Expect(group).ToContainTextAsync("NullReferenceException");
            await group.GetByRole(AriaRole.Button, new() { Name = "全部丢弃（1 条）" }).ClickAsync();
            await Expect(page.Locator(".failed-group .field-errors, .failed-group [id$='-error']").First).ToContainTextAsync("请填写丢弃理由。");

            await page.Locator(".failed-group").GetByLabel("丢弃理由").FillAsync("演练用的无效消息");
            await page.Locator(".failed-group").GetByRole(AriaRole.Button, new() { Name = "全部丢弃（1 条）" }).ClickAsync();

            await Expect(page.Locator("#operations-notice")).ToHaveTextAsync("已丢弃 1 条消息。");
            await Expect(page.Locator("#operations-empty")).ToBeVisibleAsync();
            Assert.Contains("discard policy-matching 9f1c2b7e0d3a4c5b8e6f7a8b9c0d1e2f 演练用的无效消息", Portal.Gateway.Calls);
        });
}
