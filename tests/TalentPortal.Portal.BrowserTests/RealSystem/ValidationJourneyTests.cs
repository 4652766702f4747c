using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class ValidationJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Registration_and_a_bad_national_id_show_their_errors_next_to_the_fields() =>
        OnPageAsync(nameof(Registration_and_a_bad_national_id_show_their_errors_next_to_the_fields), async page =>
        {
            await page.GotoAsync("/register");
            await page.Locator("#password").FillAsync("short");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();

            await Expect(page.Locator("#displayName-error")).ToHaveTextAsync("请输入姓名。");
            await Expect(page.Locator("#displayName")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#password-error")).ToHaveTextAsync("密码须为 8 至 128 位，且不能全是空格。");
            await page.CheckAsync(Language.Chinese);

            await page.GetByLabel("姓名").FillAsync("东方晴");
            await page.GetByLabel("用户名").FillAsync($"g{Guid.NewGuid():N}"[..16]);
            await page.Locator("#password").FillAsync("graduate-pass-1");
            await page.Locator("#passwordConfirm").FillAsync("graduate-pass-1");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/me/profile$"));

            // A valid number with its check character changed: only talent-registry knows it is wrong.
            var valid = NationalIds.Next();
            var wrong = valid[..17] + (valid[17] == '1' ? '2' : '1');
            await page.Locator("#fullName").FillAsync("东方晴");
            await page.Locator("#nationalId").FillAsync(wrong);
            await page.Locator("#education-0-degree").SelectOptionAsync("Bachelor");
            await page.Locator("#education-0-university").FillAsync("湖州师范学院");
            await page.Locator("#education-0-tier").SelectOptionAsync("Other");
            await page.Locator("#education-0-graduation").FillAsync("2026-06");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("#nationalId-error")).ToHaveTextAsync("身份证号不正确，请核对 18 位号码及末位校验码。");
            await Expect(page.Locator("#nationalId")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#nationalId")).ToHaveValueAsync(wrong);
            await Expect(page.Locator("#fullName")).ToHaveValueAsync("东方晴");
            await page.CheckAsync(Language.Chinese);
        });
}
