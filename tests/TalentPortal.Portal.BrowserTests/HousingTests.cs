using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class HousingTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Waiting_graduate_sees_the_queue_position_and_the_expected_wait() =>
        OnPageAsync(nameof(Waiting_graduate_sees_the_queue_position_and_the_expected_wait), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GetByRole(AriaRole.Link, new() { Name = "人才公寓" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("人才公寓");
            await Expect(page.Locator("#queue-position")).ToHaveTextAsync("第 4 位（共 9 人）");
            await Expect(page.Locator("#expected-wait")).ToHaveTextAsync("约 16.0 周");
            await Expect(page.Locator("#housing-application")).ToContainTextAsync("南太湖未来城人才公寓 · 一室");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出轮候" })).ToBeVisibleAsync();
        });

    [Fact]
    public Task Accepting_the_offer_shows_the_lease_and_its_rent_schedule_in_yuan() =>
        OnPageAsync(nameof(Accepting_the_offer_shows_the_lease_and_its_rent_schedule_in_yuan), async page =>
        {
            await SignInAsync(page, "grad.offer", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/housing");
            var offer = page.Locator($"#offer-{GraduateHrData.OfferId}");
            await Expect(offer).ToContainTextAsync("南太湖未来城人才公寓 · 1-0802");
            await Expect(offer.Locator(".amount")).ToHaveTextAsync("¥1,560.00");

            await offer.GetByRole(AriaRole.Button, new() { Name = "接受配租" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已接受配租：南太湖未来城人才公寓 1-0802。租约已生成。");
            var lease = page.Locator($"#lease-{GraduateHrData.LeaseId}");
            await Expect(lease.Locator(".badge")).ToHaveTextAsync("履约中");
            await Expect(lease).ToContainTextAsync("2026年12月1日 至 2029年11月30日");
            var rows = lease.Locator(".rent-schedule tbody tr");
            await Expect(rows).ToHaveCountAsync(36);
            await Expect(rows.Nth(0)).ToContainTextAsync("¥0.00");
            await Expect(rows.Nth(12)).ToContainTextAsync("70%");
            await Expect(rows.Nth(12)).ToContainTextAsync("¥468.00");
            await Expect(rows.Nth(35)).ToContainTextAsync("¥780.00");
            await Expect(lease.Locator(".rent-total")).ToHaveTextAsync("¥14,976.00");
            await Expect(page.Locator("#offer-" + GraduateHrData.OfferId)).ToHaveCountAsync(0);
            Assert.Contains($"accept-offer {GraduateHrData.OfferId}", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Applying_without_an_apartment_benefit_says_so_in_Chinese() =>
        OnPageAsync(nameof(Applying_without_an_apartment_benefit_says_so_in_Chinese), async page =>
        {
            await SignInAsync(page, "grad.new", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/housing");
            await page.GetByLabel("意向户型").SelectOptionAsync("TwoBedroom");

            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("您尚未获批人才公寓待遇，暂不能申请。请先在“我的政策”中申请人才公寓。");
            await Expect(page.GetByLabel("意向户型")).ToHaveValueAsync("TwoBedroom");
        });
}
