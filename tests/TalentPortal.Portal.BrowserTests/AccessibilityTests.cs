using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Every page against <see cref="StubGateway"/>'s canned data, which holds states the real system's demo data
/// lacks (a decision receipt, a draft and its re-match, an import job, a claim, an offer), in Chinese and English on a
/// desktop and a phone: each passes <see cref="PageChecks"/>.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal) : BrowserTest(portal)
{
    private static readonly Dictionary<string, (string Username, string Password, string[] Paths)> Roles = new()
    {
        ["visitor"] = ("", "", ["/signin", "/register", "/no-such-page"]),
        ["graduate"] = ("grad.demo", "Demo#2026grad", ["/me/policies", "/me/applications", $"/applications/{CannedJson.ApprovedApplicationId}/receipt", "/me/housing", "/me/services", "/me/profile", "/review"]),
        ["new-graduate"] = ("grad.new", "Demo#2026grad", ["/me/policies", "/me/profile", "/me/housing"]),
        ["claimant"] = ("grad.claim", "Demo#2026grad", ["/me/policies", "/me/profile", "/me/housing"]),
        ["offer"] = ("grad.offer", "Demo#2026grad", ["/me/policies", "/me/housing", "/me/applications"]),
        ["hr"] = ("hr.weilan", "Demo#2026hr", ["/hr/hires", "/hr/imports", $"/hr/imports/{StubGateway.ImportJobId}", "/hr/screening", "/hr/applications", "/hr/services"]),
        ["official"] = ("official.zone", "Demo#2026zone", ["/review", "/verifications", "/insurance-records", "/notice", "/dashboards/intake", "/dashboards/intake?from=2026-13", "/dashboards/service-requests"]),
        ["street-official"] = ("official.street", "Demo#2026street", ["/review", "/verifications", "/notice", "/dashboards/intake"]),
        ["admin"] = ("admin", "Demo#2026admin", ["/policies/admin", "/policies/admin/drafts/new?code=LIVING_ALLOWANCE", $"/policies/admin/drafts/{CannedJson.DraftId}", $"/policies/admin/drafts/{CannedJson.DraftId}?effectiveFrom=2027-01-01", "/operations"]),
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
    public Task Every_page_passes_axe_and_reads_in_its_language(string role, string language, int width)
    {
        var lang = language == Language.English.Code ? Language.English : Language.Chinese;
        return OnPageAsync($"pages-{role}-{language}-{width}", async page =>
        {
            var (username, password, paths) = Roles[role];
            var problems = new List<string>();
            if (username.Length > 0)
            {
                await SignInAsync(page, username, password);
                await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                problems.AddRange(await page.FindProblemsAsync(lang));
            }

            Assert.True(problems.Count == 0, $"{role}, {language}, {width}px:\n  " + string.Join("\n  ", problems));
        }, width, 800, lang);
    }
}
