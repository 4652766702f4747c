using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>The graduate's main journey with the keyboard alone (Tab, Shift+Tab, Enter and typing, never a click):
/// skip to the content, sign in, reach 我的政策, apply, and find the application under 我的申请. Each control reached is
/// focused visibly.</summary>
[Collection(RealSystemCollection.Name)]
public sealed partial class KeyboardJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    /// <summary>More Tab presses than any page here has controls before the one sought: a control further away is a
    /// focus-order problem.</summary>
    private const int MaxPresses = 60;

    [Fact]
    public Task Graduate_signs_in_reaches_my_policies_and_applies_with_the_keyboard_alone() =>
        OnPageAsync(nameof(Graduate_signs_in_reaches_my_policies_and_applies_with_the_keyboard_alone), async page =>
        {
            await page.GotoAsync("/signin");

            // The first Tab reaches the skip link, which takes focus to the page's content.
            await page.Keyboard.PressAsync("Tab");
            await ExpectFocusedAsync(page, page.Locator("a.skip-link"));
            await Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToBeFocusedAsync();

            await TabToAsync(page, page.Locator("#username"));
            await page.Keyboard.TypeAsync("grad.demo");
            await TabToAsync(page, page.Locator("#password"));
            await page.Keyboard.TypeAsync("Demo#2026grad");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("h1")).ToHaveTextAsync("我的政策");

            var apply = page.Locator("button[name=PolicyCode]").First;
            await Expect(apply).ToBeVisibleAsync();
            var label = await apply.GetAttributeAsync("aria-label") ?? "";
            var policy = ApplyLabel().Match(label).Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(policy), $"an apply button names its policy: \"{label}\"");
            await TabToAsync(page, apply);
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator(".policy-card [role=status]").Filter(new() { HasText = "申请已提交" })).ToHaveCountAsync(1);

            await TabToAsync(page, page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "我的申请" }));
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("h1")).ToHaveTextAsync("我的申请");
            var application = page.Locator(".application-card").Filter(new() { HasText = policy });
            await Expect(application.First).ToBeVisibleAsync();
            await Expect(application.First.Locator(".badge")).ToHaveTextAsync("已提交");
        });

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, and checks the focus shows.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < MaxPresses; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                await ExpectFocusedAsync(page, target);
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{target} not reached with {MaxPresses} Tab presses on {page.Url}");
    }

    /// <summary>The element has the focus and an outline a sighted keyboard user sees.</summary>
    private static async Task ExpectFocusedAsync(IPage page, ILocator target)
    {
        await Expect(target).ToBeFocusedAsync();
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.True(!outline.StartsWith("none", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal), $"{target} shows no focus outline ({outline})");
    }

    /// <summary>立即申请：新引进大学生生活补贴 → 新引进大学生生活补贴.</summary>
    [GeneratedRegex("^立即申请：(.+)$")]
    private static partial Regex ApplyLabel();
}
