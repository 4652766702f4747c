using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class EnglishJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Official_switches_to_English_and_sends_an_application_to_public_notice() =>
        OnPageAsync(nameof(Official_switches_to_English_and_sends_an_application_to_public_notice), async page =>
        {
            const string name = "诸葛岚";
            await Api.ApplicationConfirmedByEmployerAsync(name);

            await page.SignInAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword);
            await page.OpenAfterSignInAsync("/review");
            await Expect(page.Locator("h1")).ToHaveTextAsync("待审核申请");
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");
            var application = page.Locator(".review-card").Filter(new() { HasText = name });
            await Expect(application.Locator("h2")).ToHaveTextAsync($"{name} · Living allowance for newly recruited graduates");
            await Expect(application.Locator(".badge")).ToHaveTextAsync("Confirmed by employer");
            await Expect(application.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await application.GetByRole(AriaRole.Button, new() { Name = "Approve for public notice" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"{name}: done, now In public notice.");
            await page.CheckAsync(Language.English);

            await page.GetByRole(AriaRole.Link, new() { Name = "Public notice" }).ClickAsync();
            var notice = page.Locator(".notice-card").Filter(new() { HasText = name });
            await Expect(notice.Locator(".card-head .badge")).ToHaveTextAsync("Under notice");
            await Expect(notice.Locator(".notice-window")).ToHaveTextAsync(new Regex(@"^\d{1,2} \w{3} \d{4} to \d{1,2} \w{3} \d{4} \(5 working days\)$"));
            await page.CheckAsync(Language.English);

            await page.GetByRole(AriaRole.Link, new() { Name = "Intake", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Talent intake dashboard");
            await Expect(page.Locator("#intake-total")).ToHaveTextAsync(new Regex(@"^[1-9][\d,]* people$"));
            await Expect(page.Locator("#by-degree table.figures tbody th").Filter(new() { HasText = "Master" })).ToHaveCountAsync(1);
            await page.CheckAsync(Language.English);
        });
}
