using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ServiceRequestTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Raising_a_request_without_details_shows_errors_next_to_the_fields_then_it_is_followed_in_the_list() =>
        OnPageAsync(nameof(Raising_a_request_without_details_shows_errors_next_to_the_fields_then_it_is_followed_in_the_list), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GetByRole(AriaRole.Link, new() { Name = "服务诉求" }).ClickAsync();
            await page.GetByLabel("事项类别").SelectOptionAsync("MedicalGreenChannel");

            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("#street")).ToHaveValueAsync("");
            await Expect(page.Locator("#title-error")).ToHaveTextAsync("请填写标题。");
            await Expect(page.Locator("#description-error")).ToHaveTextAsync("请描述具体情况。");
            await Expect(page.GetByLabel("事项类别")).ToHaveValueAsync("MedicalGreenChannel");
            await Expect(page.GetByLabel("事项类别")).Not.ToHaveAttributeAsync("aria-invalid", "true");

            await page.Locator("#street").SelectOptionAsync("仁皇山街道");
            await page.GetByLabel("标题").FillAsync("母亲住院绿色通道");
            await page.GetByLabel("具体情况").FillAsync("母亲需住院手术，请协助安排。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToContainTextAsync("诉求已提交，由区卫健局办理");
            var first = page.Locator(".request-card").First;
            await Expect(first.Locator("h3")).ToHaveTextAsync("母亲住院绿色通道");
            await Expect(first.Locator(".card-head .badge")).ToHaveTextAsync("已提交");
            await Expect(first).ToContainTextAsync("医疗绿色通道");
            Assert.Contains("raise MedicalGreenChannel 母亲住院绿色通道", Portal.Gateway.Calls);
        });

    [Fact]
    public Task A_resolved_request_is_rated_and_shows_the_rating() =>
        OnPageAsync(nameof(A_resolved_request_is_rated_and_shows_the_rating), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/services");
            var card = page.Locator($"#request-{GraduateHrData.ResolvedRequestId}");
            await Expect(card.Locator(".card-head .badge")).ToHaveTextAsync("已办结");
            await Expect(card.Locator(".timeline li")).ToHaveCountAsync(3);
            await Expect(card.Locator(".timeline li").Nth(2)).ToContainTextAsync("已安排就近入学");

            await card.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            await Expect(page.Locator($"#score-{GraduateHrData.ResolvedRequestId}-error")).ToHaveTextAsync("请选择满意度。");

            await card.GetByLabel("满意", new() { Exact = true }).CheckAsync();
            await card.GetByLabel("意见建议（选填）").FillAsync("办理很快");
            await card.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("感谢您的评价！");
            await Expect(page.Locator($"#request-{GraduateHrData.ResolvedRequestId} .survey-done")).ToHaveTextAsync("您的评价：4 分（满分 5 分）");
            Assert.Contains($"survey {GraduateHrData.ResolvedRequestId} 4 办理很快", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Hr_raises_an_enterprise_issue_and_a_503_says_the_service_is_unavailable() =>
        OnPageAsync(nameof(Hr_raises_an_enterprise_issue_and_a_503_says_the_service_is_unavailable), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.GetByRole(AriaRole.Link, new() { Name = "企业诉求" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("企业诉求");
            await Expect(page.Locator("#category option[value=EnterpriseIssue]")).ToHaveCountAsync(1);
            await Expect(page.Locator("#category option[value=StartupPremises]")).ToHaveCountAsync(0);
            await page.Locator("#category").SelectOptionAsync("EnterpriseIssue");
            await page.Locator("#street").SelectOptionAsync("凤凰街道");
            await page.GetByLabel("标题").FillAsync("503");
            await page.GetByLabel("具体情况").FillAsync("厂区周边公交线路不足。");

            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("服务暂时不可用，请稍后再试。");
            await Expect(page.GetByLabel("具体情况")).ToHaveValueAsync("厂区周边公交线路不足。");

            await page.GetByLabel("标题").FillAsync("增开园区公交线路");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToContainTextAsync("诉求已提交，由所在街道办理");
            await Expect(page.Locator(".request-card h3").First).ToHaveTextAsync("增开园区公交线路");
        });
}
