using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class GraduateTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Graduate_in_Chinese_sees_policy_cards_with_yuan_amounts_and_what_would_change_then_applies() =>
        OnPageAsync(nameof(Graduate_in_Chinese_sees_policy_cards_with_yuan_amounts_and_what_would_change_then_applies), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me/policies$"));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            var living = page.Locator("#policy-LIVING_ALLOWANCE");
            await Expect(living.Locator("h2")).ToHaveTextAsync("新引进大学生生活补贴");
            await Expect(living.Locator(".badge")).ToHaveTextAsync("符合");
            await Expect(living.Locator(".amount")).ToContainTextAsync("¥30,000.00");
            await Expect(living.Locator(".schedule")).ToContainTextAsync("第 1 期 · 2026年12月15日");
            var settlement = page.Locator("#policy-SETTLEMENT_GRANT .schedule li");
            await Expect(settlement).ToHaveCountAsync(3);
            await Expect(settlement.Nth(2)).ToContainTextAsync("¥10,000.00");
            await Expect(page.Locator("#policy-SETTLEMENT_GRANT .badge")).ToHaveTextAsync("符合（待核验：学历）");
            await Expect(page.Locator("#policy-SETTLEMENT_GRANT .pending-fact")).ToContainTextAsync("学历：学历证书");
            await Expect(living.Locator(".pending-verification")).ToHaveCountAsync(0);

            var home = page.Locator("#policy-HOME_PURCHASE_SUBSIDY");
            await Expect(home.Locator(".badge")).ToHaveTextAsync("不符合");
            await Expect(home.Locator(".counterfactual")).ToHaveTextAsync("继续缴纳社保，2027年1月1日起满 6 个月即可符合条件");
            await Expect(home.Locator(".eligible-from")).ToHaveTextAsync("预计自 2027年1月1日 起符合条件");
            await Expect(home.Locator(".reason.fail")).ToContainTextAsync("在本地连续缴纳社保满 6 个月（已缴 5 个月）");
            await Expect(home.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await Expect(page.Locator("#policy-TALENT_APARTMENT .badge")).ToHaveTextAsync("待补充信息");
            await Expect(page.Locator("#policy-TALENT_APARTMENT .counterfactual")).ToHaveTextAsync("请补充本地住房情况（不动产登记信息）");

            await living.GetByRole(AriaRole.Button, new() { Name = "申请：新引进大学生生活补贴" }).ClickAsync();

            await Expect(page.Locator("#policy-LIVING_ALLOWANCE [role=status]")).ToHaveTextAsync("申请已提交，当前状态：已提交。");
            Assert.Contains("apply LIVING_ALLOWANCE", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Policies_page_after_switching_to_English_shows_English_texts_dates_and_yuan() =>
        OnPageAsync(nameof(Policies_page_after_switching_to_English_shows_English_texts_dates_and_yuan), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GetByRole(AriaRole.Link, new() { Name = "Switch to English" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("My policies");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            var living = page.Locator("#policy-LIVING_ALLOWANCE");
            await Expect(living.Locator("h2")).ToHaveTextAsync("Living allowance for newly recruited graduates");
            await Expect(living.Locator(".badge")).ToHaveTextAsync("Eligible");
            await Expect(living.Locator(".amount")).ToContainTextAsync("¥30,000.00");
            await Expect(living.Locator(".schedule")).ToContainTextAsync("Payment 1 · 15 Dec 2026");
            await Expect(page.Locator("#policy-SETTLEMENT_GRANT .badge")).ToHaveTextAsync("Eligible (pending verification: degree)");
            var home = page.Locator("#policy-HOME_PURCHASE_SUBSIDY");
            await Expect(home.Locator(".badge")).ToHaveTextAsync("Not eligible");
            await Expect(home.Locator(".counterfactual")).ToHaveTextAsync("Keep paying social insurance: you reach 6 months on 1 January 2027");
            await Expect(home.Locator(".eligible-from")).ToHaveTextAsync("Eligible from 1 Jan 2027");

            await page.GetByRole(AriaRole.Link, new() { Name = "切换到中文" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("我的政策");
        });

    [Fact]
    public Task My_applications_shows_the_state_and_the_history_timeline() =>
        OnPageAsync(nameof(My_applications_shows_the_state_and_the_history_timeline), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GetByRole(AriaRole.Link, new() { Name = "我的申请" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("我的申请");
            var card = page.Locator(".application-card").First;
            await Expect(card.Locator("h2")).ToHaveTextAsync("高校毕业生安家补助");
            await Expect(card.Locator(".card-head .badge")).ToHaveTextAsync("公示中");
            await Expect(card.Locator(".amount")).ToHaveTextAsync("¥50,000.00");
            await Expect(card).ToContainTextAsync("公示期：2026年11月24日 至 2026年11月30日");
            var steps = card.Locator(".timeline li");
            await Expect(steps).ToHaveCountAsync(5);
            await Expect(steps.Nth(2)).ToContainTextAsync("退回补正");
            await Expect(steps.Nth(2)).ToContainTextAsync("请补充劳动合同扫描件");
            await Expect(steps.Nth(2).Locator("time")).ToHaveTextAsync("2026年11月10日 11:00");
        });
}
