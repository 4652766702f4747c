using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>Every role's pages on the real system, in Chinese and English, on a desktop and a phone: each passes axe
/// (no serious or critical violation) and reads in its language (<see cref="PageChecks"/>). The journeys check the pages
/// they reach through their actions; this covers each page as a role first opens it, with the demo data.</summary>
[Collection(RealSystemCollection.Name)]
public sealed class AccessibilityTourTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    private static readonly Dictionary<string, (string Username, string Password, string[] Paths)> Roles = new()
    {
        ["visitor"] = ("", "", ["/signin", "/register", "/no-such-page"]),
        ["graduate"] = ("grad.demo", "Demo#2026grad", ["/me/policies", "/me/applications", "/me/housing", "/me/services", "/me/profile", "/review"]),
        ["hr"] = (DemoAccounts.HrUsername, DemoAccounts.HrPassword, ["/hr/hires", "/hr/hires?status=Declared", "/hr/imports", "/hr/screening", "/hr/applications", "/hr/services"]),
        ["official"] = (DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword, ["/review", "/verifications", "/insurance-records", "/notice", "/dashboards/intake", "/dashboards/service-requests"]),
        ["street-official"] = ("official.fenghuang", "Demo#2026street", ["/review", "/verifications", "/notice", "/dashboards/intake"]),
        ["admin"] = ("admin", "Demo#2026admin", ["/policies/admin", "/policies/admin/drafts/new", "/operations"]),
    };

    public static TheoryData<string, string, int> Tours()
    {
        var tours = new TheoryData<string, string, int>();
        foreach (var role in Roles.Keys)
        {
            foreach (var language in new[] { Language.Chinese.Code, Language.English.Code })
            {
                foreach (var width in new[] { 1280, 390 })
                {
                    tours.Add(role, language, width);
                }
            }
        }

        return tours;
    }

    [Theory]
    [MemberData(nameof(Tours))]
    public Task Every_page_of_a_role_passes_axe_and_reads_in_its_language(string role, string language, int width)
    {
        var lang = language == Language.English.Code ? Language.English : Language.Chinese;
        return OnPageAsync($"tour-{role}-{language}-{width}", async page =>
        {
            var (username, password, paths) = Roles[role];
            var problems = new List<string>();
            if (username.Length > 0)
            {
                await page.SignInAsync(username, password);
                await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
                problems.AddRange(await page.FindProblemsAsync(lang));
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                problems.AddRange(await page.FindProblemsAsync(lang));
            }

            // Pages reached from the ones above: a decision receipt, the policy editor's draft preview.
            var receipt = page.Locator("a[href$='/receipt']");
            if (role == "graduate")
            {
                await page.GotoAsync("/me/applications");
                if (await receipt.CountAsync() > 0)
                {
                    await receipt.First.ClickAsync();
                    await Expect(page.Locator("#receipt-outcome")).ToBeVisibleAsync();
                    problems.AddRange(await page.FindProblemsAsync(lang));
                }
            }

            Assert.True(problems.Count == 0, $"{role}, {language}, {width}px:\n  " + string.Join("\n  ", problems));
        }, width, 800, lang);
    }
}
