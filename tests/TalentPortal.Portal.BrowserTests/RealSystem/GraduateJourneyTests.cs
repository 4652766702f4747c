using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class GraduateJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Graduate_registers_declares_the_hire_and_applies_for_the_living_allowance_once_hr_confirms() =>
        OnPageAsync(nameof(Graduate_registers_declares_the_hire_and_applies_for_the_living_allowance_once_hr_confirms), async page =>
        {
            const string name = "欧阳澜";
            await page.GotoAsync("/register");
            await page.GetByLabel("姓名").FillAsync(name);
            await page.GetByLabel("用户名").FillAsync($"g{Guid.NewGuid():N}"[..16]);
            await page.Locator("#password").FillAsync("graduate-pass-1");
            await page.Locator("#passwordConfirm").FillAsync("graduate-pass-1");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/me/profile$"));
            await page.Locator("#fullName").FillAsync(name);
            var nationalId = NationalIds.Next();
            await page.Locator("#nationalId").FillAsync(nationalId);
            await page.Locator("#education-0-degree").SelectOptionAsync("Master");
            await page.Locator("#education-0-university").FillAsync("苏州大学");
            await page.Locator("#education-0-tier").SelectOptionAsync("Tier211");
            await page.Locator("#education-0-major").FillAsync("化学工程");
            await page.Locator("#education-0-graduation").FillAsync("2025-06");
            await page.Locator("#education-0-fulltime").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("人才信息已登记。政策比对结果将在几秒钟内更新。");
            await Expect(page.Locator("#profile .facts")).ToContainTextAsync(name);
            await page.CheckAsync(Language.Chinese);

            await page.Locator("#employerId").SelectOptionAsync(new SelectOptionValue { Label = "卫蓝新能源" });
            await page.Locator("#startDate").FillAsync("2025-08-01");
            await page.Locator("#socialInsuranceMonths").FillAsync("12");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已向卫蓝新能源申报就业，等待单位确认。");
            await Expect(page.Locator(".employment .badge")).ToHaveTextAsync("待单位确认");
            await page.CheckAsync(Language.Chinese);

            // The employer's HR, in a browser of their own, confirms the declared hire.
            await OnPageAsync(nameof(Graduate_registers_declares_the_hire_and_applies_for_the_living_allowance_once_hr_confirms) + "-hr", async hr =>
            {
                await hr.SignInAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword);
                await hr.OpenAfterSignInAsync("/hr/hires?status=Declared");
                await hr.GetByRole(AriaRole.Button, new() { Name = $"确认在职：{name}" }).ClickAsync();
                await Expect(hr.Locator("[role=status]")).ToHaveTextAsync($"已确认 {name} 的用工信息，计入本月人才招引。");
                await hr.CheckAsync(Language.Chinese);
            });

            await page.ReloadAsync();
            await Expect(page.Locator(".employment .badge")).ToHaveTextAsync("已确认");

            // The degree is the graduate's own word: the allowance shows as eligible once verified, and what to bring.
            await page.GotoAsync("/me/policies");
            var pending = page.Locator($"#policy-{SystemApi.LivingAllowance}.outcome-eligible");
            await page.ReloadUntilVisibleAsync(pending.Locator(".pending-verification"), EventDelay);
            await Expect(pending.Locator(".badge")).ToHaveTextAsync("符合（待核验：学历）");
            await Expect(pending.Locator(".pending-fact").First).ToContainTextAsync("学信网");
            await page.CheckAsync(Language.Chinese);

            // An official checks the diploma and the 学信网 record and verifies the degree.
            await OnPageAsync(nameof(Graduate_registers_declares_the_hire_and_applies_for_the_living_allowance_once_hr_confirms) + "-official", async official =>
            {
                await official.SignInAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword);
                await official.OpenAfterSignInAsync("/verifications");
                var card = official.Locator(".verification-card").Filter(new() { HasText = nationalId[^4..] }).Filter(new() { HasText = "苏州大学" });
                await Expect(card).ToHaveCountAsync(1);
                await official.CheckAsync(Language.Chinese);
                await Expect(card.Locator(".declared")).ToHaveTextAsync("硕士 · 苏州大学 · 2025年6月30日");
                await card.Locator("textarea").FillAsync("已查验学位证书及学信网学历备案表");
                await card.GetByLabel("学信网在线验证码").FillAsync("A1B2C3D4E5F6G7H8");
                await card.GetByLabel("报告日期").FillAsync("2026-11-30");
                await card.GetByRole(AriaRole.Button, new() { Name = "核验通过" }).ClickAsync();
                await Expect(official.Locator("[role=status]")).ToHaveTextAsync("已核验通过，政策比对结果将随之更新。");
                await official.CheckAsync(Language.Chinese);
            });

            var allowance = page.Locator($"#policy-{SystemApi.LivingAllowance}.outcome-eligible:not(:has(.pending-verification))");
            await page.ReloadUntilVisibleAsync(allowance, EventDelay);
            await Expect(allowance.Locator("h2")).ToHaveTextAsync("新引进大学生生活补贴");
            await Expect(allowance.Locator(".badge")).ToHaveTextAsync("符合");
            await Expect(allowance.Locator(".amount")).ToContainTextAsync("¥30,000.00");

            await allowance.GetByRole(AriaRole.Button, new() { Name = "申请：新引进大学生生活补贴" }).ClickAsync();
            await Expect(page.Locator($"#policy-{SystemApi.LivingAllowance} [role=status]")).ToHaveTextAsync("申请已提交，当前状态：已提交。");
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "我的申请" }).ClickAsync();
            var application = page.Locator(".application-card").Filter(new() { HasText = "新引进大学生生活补贴" });
            await Expect(application).ToHaveCountAsync(1);
            await Expect(application.Locator(".badge")).ToHaveTextAsync("已提交");
            await Expect(application.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await Expect(application.Locator(".timeline-section h3")).ToHaveTextAsync("办理进度");
            await Expect(application.Locator(".timeline .timeline-state").First).ToHaveTextAsync("已提交");
            await page.CheckAsync(Language.Chinese);

            // The apartment waiting list opens only once the apartment benefit is approved, after its public notice of 5 working days.
            await page.GetByRole(AriaRole.Link, new() { Name = "人才公寓" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("您尚未获批人才公寓待遇，暂不能申请。请先在“我的政策”中申请人才公寓。");
            await Expect(page.Locator("#housing-application")).ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);
        });
}
