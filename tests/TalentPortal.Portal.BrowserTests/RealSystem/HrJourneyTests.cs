using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class HrJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Hr_confirms_a_declared_hire_screens_it_applies_on_its_behalf_and_confirms_an_application() =>
        OnPageAsync(nameof(Hr_confirms_a_declared_hire_screens_it_applies_on_its_behalf_and_confirms_an_application), async page =>
        {
            const string name = "司马恬";
            const string applicant = "慕容川";
            await Api.DeclaredAtWeilanAsync(await Api.RegisteredGraduateAsync(name));
            await Api.AppliedForLivingAllowanceAsync(applicant);

            await page.SignInAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword);
            await Expect(page).ToHaveURLAsync(new Regex("/hr/hires$"));
            await Expect(page.Locator(".page-head p")).ToContainTextAsync("卫蓝新能源");
            await Expect(page.Locator(".hire-card .badge").Filter(new() { HasText = "已确认" }).First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "待单位确认" }).ClickAsync();
            var hire = page.Locator(".hire-card").Filter(new() { HasText = name });
            await Expect(hire.Locator(".badge")).ToHaveTextAsync("待单位确认");
            await Expect(hire).ToContainTextAsync("电池工艺工程师");
            await hire.GetByRole(AriaRole.Button, new() { Name = $"确认 {name} 在职" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"已确认 {name} 的用工信息，计入本月人才招引。");

            await page.GetByRole(AriaRole.Link, new() { Name = "政策筛查" }).ClickAsync();
            var claim = page.Locator(".screening-card").Filter(new() { HasText = name }).Locator(".claim").Filter(new() { HasText = "新引进大学生生活补贴" });
            await page.ReloadUntilVisibleAsync(claim, EventDelay);
            await Expect(claim.Locator(".claim-amount")).ToHaveTextAsync("¥30,000.00");
            await Expect(page.Locator("#claims-possible")).Not.ToHaveTextAsync("0");

            await claim.GetByRole(AriaRole.Button, new() { Name = $"为 {name} 申请：新引进大学生生活补贴" }).ClickAsync();
            // HR applying on the hire's behalf vouches for the employment at once.
            await Expect(claim.Locator("[role=status]")).ToHaveTextAsync("已代为提交，当前状态：单位已确认。");

            await page.GetByRole(AriaRole.Link, new() { Name = "单位申请" }).ClickAsync();
            var onBehalf = page.Locator(".application-card").Filter(new() { HasText = $"{name} · 新引进大学生生活补贴" });
            await Expect(onBehalf.Locator(".badge")).ToHaveTextAsync("单位已确认");
            var own = page.Locator(".application-card").Filter(new() { HasText = $"{applicant} · 新引进大学生生活补贴" });
            await Expect(own.Locator(".badge")).ToHaveTextAsync("已提交");
            await Expect(own.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await own.GetByRole(AriaRole.Button, new() { Name = $"确认 {applicant} 在职" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"已确认 {applicant} 在职，当前状态：单位已确认。");
            await Expect(own.Locator(".badge")).ToHaveTextAsync("单位已确认");
            await Expect(own.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        });
}
