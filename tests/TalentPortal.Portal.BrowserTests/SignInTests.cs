using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task SignIn_with_empty_fields_shows_an_error_next_to_each_field() => OnPageAsync(nameof(SignIn_with_empty_fields_shows_an_error_next_to_each_field), async page =>
    {
        await page.GotoAsync("/signin");
        await page.Locator("main button[type=submit]").ClickAsync();

        await Expect(page.Locator("#username-error")).ToHaveTextAsync("请输入用户名。");
        await Expect(page.Locator("#password-error")).ToHaveTextAsync("请输入密码。");
        await Expect(page.Locator("#username")).ToHaveAttributeAsync("aria-describedby", "username-error");
        await Expect(page.Locator("#username")).ToHaveAttributeAsync("aria-invalid", "true");
    });

    [Fact]
    public Task SignIn_rejected_by_the_gateway_shows_its_field_error_next_to_the_field() => OnPageAsync(nameof(SignIn_rejected_by_the_gateway_shows_its_field_error_next_to_the_field), async page =>
    {
        await SignInAsync(page, new string('x', 65), "whatever1");

        await Expect(page.Locator("#username-error")).ToHaveTextAsync("username must be at most 64 characters.");
        await Expect(page.Locator("#password-error")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task SignIn_with_a_wrong_password_says_so_and_stays_signed_out() => OnPageAsync(nameof(SignIn_with_a_wrong_password_says_so_and_stays_signed_out), async page =>
    {
        await SignInAsync(page, "grad.demo", "wrong-password");

        await Expect(page.Locator("#signin-failure")).ToHaveTextAsync("用户名或密码错误，请重新输入。");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        await page.GotoAsync("/me/policies");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnUrl=%2Fme%2Fpolicies$"));
    });

    [Fact]
    public Task SignIn_keeps_the_access_token_out_of_reach_of_page_scripts() => OnPageAsync(nameof(SignIn_keeps_the_access_token_out_of_reach_of_page_scripts), async page =>
    {
        await SignInAsync(page, "grad.demo", "Demo#2026grad");
        await Expect(page.Locator("h1")).ToHaveTextAsync("我的政策");

        var scriptCookies = await page.EvaluateAsync<string>("document.cookie");
        var cookies = await page.Context.CookiesAsync();
        Assert.DoesNotContain("tp.session", scriptCookies, StringComparison.Ordinal);
        Assert.True(cookies.Single(c => c.Name == "tp.session").HttpOnly);
        Assert.DoesNotContain(StubGateway.GraduateToken, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(cookies, c => c.Value.Contains(StubGateway.GraduateToken, StringComparison.Ordinal));
    });

    [Fact]
    public Task SignOut_returns_to_the_sign_in_page_and_protects_the_pages_again() => OnPageAsync(nameof(SignOut_returns_to_the_sign_in_page_and_protects_the_pages_again), async page =>
    {
        await SignInAsync(page, "grad.demo", "Demo#2026grad");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("统一身份登录");
        await page.GotoAsync("/me/applications");
        await Expect(page.Locator("h1")).ToHaveTextAsync("统一身份登录");
    });

    [Fact]
    public Task A_signed_in_graduate_opening_an_officials_page_is_told_it_is_not_theirs_not_asked_to_sign_in() =>
        OnPageAsync(nameof(A_signed_in_graduate_opening_an_officials_page_is_told_it_is_not_theirs_not_asked_to_sign_in), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/verifications");

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/no-permission\\?returnUrl=%2Fverifications$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("无权访问此页面");
            await Expect(page.Locator("#no-permission-title + p")).ToContainTextAsync("申请人");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true })).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Link, new() { Name = "返回我的首页" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me/policies$"));
        });
}
