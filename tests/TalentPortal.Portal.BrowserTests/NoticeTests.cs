using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class NoticeTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string WangXiao = CannedJson.WangXiao;
    private const string LiuYang = CannedJson.LiuYang;
    private const string Objection = CannedJson.OpenObjection;

    [Fact]
    public Task Lodging_an_objection_with_an_empty_text_shows_the_error_next_to_the_field() =>
        OnPageAsync(nameof(Lodging_an_objection_with_an_empty_text_shows_the_error_next_to_the_field), async page =>
        {
            await OpenNoticeAsync(page);
            var card = page.Locator($"#notice-{WangXiao}");

            await card.GetByRole(AriaRole.Button, new() { Name = "登记异议" }).ClickAsync();

            await Expect(page.Locator($"#objection-{WangXiao}-error")).ToHaveTextAsync("请填写异议内容。");
            await Expect(page.Locator($"#objection-{WangXiao}")).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.DoesNotContain($"object {WangXiao} ", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Lodging_an_objection_sends_it_and_says_so() =>
        OnPageAsync(nameof(Lodging_an_objection_sends_it_and_says_so), async page =>
        {
            await OpenNoticeAsync(page);
            var card = page.Locator($"#notice-{WangXiao}");
            await card.GetByLabel("异议内容").FillAsync("群众来信：该申请人社保缴纳地不在本区。");

            await card.GetByRole(AriaRole.Button, new() { Name = "登记异议" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("王晓：异议已登记。");
            Assert.Contains($"object {WangXiao} 群众来信：该申请人社保缴纳地不在本区。", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Resolving_an_objection_needs_a_finding_and_a_resolution_then_records_them() =>
        OnPageAsync(nameof(Resolving_an_objection_needs_a_finding_and_a_resolution_then_records_them), async page =>
        {
            await OpenNoticeAsync(page);
            var objection = page.Locator($"#objection-item-{Objection}");
            await Expect(objection.Locator(".objection-text")).ToHaveTextAsync("来电反映：该申请人已在外地领取同类安家补助。");

            await objection.GetByRole(AriaRole.Button, new() { Name = "提交处理结果" }).ClickAsync();

            await Expect(page.Locator($"#upheld-{Objection}-error")).ToHaveTextAsync("请选择核查结论。");
            await Expect(page.Locator($"#resolution-{Objection}-error")).ToHaveTextAsync("请填写处理意见。");

            objection = page.Locator($"#objection-item-{Objection}");
            await objection.GetByLabel("异议不成立（继续公示）").CheckAsync();
            await objection.GetByLabel("处理意见").FillAsync("经核实，申请人未在外地领取同类补助。");
            await objection.GetByRole(AriaRole.Button, new() { Name = "提交处理结果" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("王晓：异议已处理，当前状态：公示中。");
            Assert.Contains($"resolve {WangXiao} {Objection} False 经核实，申请人未在外地领取同类补助。", Portal.Gateway.Calls);
        });

    [Fact]
    public Task After_the_notice_window_an_application_can_be_approved_but_not_before() =>
        OnPageAsync(nameof(After_the_notice_window_an_application_can_be_approved_but_not_before), async page =>
        {
            await OpenNoticeAsync(page);
            var running = page.Locator($"#notice-{WangXiao}");
            var ended = page.Locator($"#notice-{LiuYang}");
            await Expect(running.Locator(".notice-window")).ToContainTextAsync("（5 个工作日）");
            await Expect(running.Locator(".card-head .badge")).ToHaveTextAsync("有待处理异议");
            await Expect(running.GetByRole(AriaRole.Button, new() { Name = "公示期满，审批通过" })).ToHaveCountAsync(0);
            await Expect(ended.Locator(".card-head .badge")).ToHaveTextAsync("公示期满，待审批");
            await Expect(ended.GetByRole(AriaRole.Button, new() { Name = "登记异议" })).ToHaveCountAsync(0);

            await ended.GetByRole(AriaRole.Button, new() { Name = "公示期满，审批通过" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("刘洋：已处理，当前状态：已批准。");
            Assert.Contains($"approve {LiuYang}", Portal.Gateway.Calls);
        });

    private static async Task OpenNoticeAsync(IPage page)
    {
        await SignInAsync(page, "official.zone", "Demo#2026zone");
        await Expect(page.Locator("h1")).ToHaveTextAsync("待审核申请");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "公示管理" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("公示管理");
    }
}
