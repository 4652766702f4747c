using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ProfileTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Registering_then_a_wrong_national_id_shows_the_error_next_to_the_field_and_a_right_one_registers() =>
        OnPageAsync(nameof(Registering_then_a_wrong_national_id_shows_the_error_next_to_the_field_and_a_right_one_registers), async page =>
        {
            await page.GotoAsync("/signin");
            await page.GetByRole(AriaRole.Link, new() { Name = "注册" }).ClickAsync();
            await page.GetByLabel("姓名").FillAsync("赵磊");
            await page.GetByLabel("用户名").FillAsync("zhao.lei");
            await page.Locator("#password").FillAsync("short");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
            await Expect(page.Locator("#password-error")).ToHaveTextAsync("密码须为 8 至 128 位，且不能全是空格。");

            await page.Locator("#password").FillAsync("Zhao#2026lei");
            await page.Locator("#passwordConfirm").FillAsync("Zhao#2026le1");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
            await Expect(page.Locator("#passwordConfirm-error")).ToHaveTextAsync("两次输入的密码不一致，请重新输入。");
            Assert.DoesNotContain(Portal.Gateway.Calls, c => c.Contains("zhao.lei", StringComparison.Ordinal));

            await page.Locator("#password").FillAsync("Zhao#2026lei");
            await page.Locator("#passwordConfirm").FillAsync("Zhao#2026lei");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me/profile$"));
            await Expect(page.Locator("#profile-title")).ToHaveTextAsync("完善人才信息");
            await page.GetByLabel("姓名").FillAsync("赵磊");
            await page.GetByLabel("身份证号").FillAsync("330502199503151230");
            await page.Locator("#education-0-degree").SelectOptionAsync("Master");
            await page.Locator("#education-0-university").FillAsync("浙江大学");
            await page.Locator("#education-0-tier").SelectOptionAsync("Tier985");
            await page.Locator("#education-0-graduation").FillAsync("2025-06");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("#nationalId-error")).ToHaveTextAsync("身份证号不正确，请核对 18 位号码及末位校验码。");
            await Expect(page.Locator("#nationalId")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#education-0-university")).ToHaveValueAsync("浙江大学");

            await page.GetByLabel("身份证号").FillAsync(StubGateway.ValidNationalId);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("人才信息已登记。政策比对结果将在几秒钟内更新。");
            await Expect(page.Locator("#profile-title")).ToHaveTextAsync("基本信息");
            Assert.Contains("register zhao.lei", Portal.Gateway.Calls);
            Assert.Contains("register-talent 赵磊 浙江大学", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Profile_shows_the_record_and_its_employment_and_saves_an_edit() =>
        OnPageAsync(nameof(Profile_shows_the_record_and_its_employment_and_saves_an_edit), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GetByRole(AriaRole.Link, new() { Name = "个人档案" }).ClickAsync();

            await Expect(page.Locator(".facts").First).ToContainTextAsync("3305**********1239");
            await Expect(page.Locator("#education-0-university")).ToHaveValueAsync("浙江大学");
            await Expect(page.Locator("#education-0-graduation")).ToHaveValueAsync("2025-06");
            await Expect(page.Locator(".employment").First).ToContainTextAsync("卫蓝新能源");
            await Expect(page.Locator(".employment .badge").First).ToHaveTextAsync("已确认");

            await page.GetByLabel("电子邮箱").FillAsync("li.ming@example.cn");
            await page.GetByLabel("在湖州是否有自有住房").SelectOptionAsync("no");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("个人档案已保存。");
            await Expect(page.GetByLabel("在湖州是否有自有住房")).ToHaveValueAsync("no");
            Assert.Contains("profile [email,ownsHomeLocally,version] li.ming@example.cn", Portal.Gateway.Calls);
        });

    [Fact]
    public Task A_graduate_without_a_talent_record_is_asked_to_complete_the_profile() =>
        OnPageAsync(nameof(A_graduate_without_a_talent_record_is_asked_to_complete_the_profile), async page =>
        {
            await SignInAsync(page, "grad.new", "Demo#2026grad");

            await Expect(page.Locator("#no-record")).ToContainTextAsync("您还没有登记人才信息");
            await page.Locator("#no-record a").ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me/profile$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("个人档案");
        });
}
