using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Every fact a policy reads has a way in through the portal, the facts that settle most results are asked for
/// first, a degree is approved only with its 学信网 reference, and an approval's receipt can be read and run again.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrustedFactsPortalTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Graduate_states_start_up_facts_and_asks_for_a_tier_decision() =>
        OnPageAsync(nameof(Graduate_states_start_up_facts_and_asks_for_a_tier_decision), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/me/profile");
            var card = page.Locator("#more-facts");
            await Expect(card.Locator("#talentTier")).ToHaveTextAsync("未认定");

            await card.Locator("#seniorTechnician").SelectOptionAsync("yes");
            await card.Locator("#teamAverageAge").FillAsync("38.55");
            await card.GetByRole(AriaRole.Button, new() { Name = "保存这些信息" }).ClickAsync();
            await Expect(page.Locator("#teamAverageAge-error")).ToHaveTextAsync("请填写 16 至 80 之间的数字，最多一位小数，如 38.5。");
            Assert.DoesNotContain(Portal.Gateway.Calls, c => c.Contains("teamAverageAge", StringComparison.Ordinal));

            await page.Locator("#more-facts #teamAverageAge").FillAsync("38.5");
            await page.Locator("#more-facts").GetByRole(AriaRole.Button, new() { Name = "保存这些信息" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已保存，等待工作人员核验。");
            Assert.Contains("profile [seniorTechnician,teamAverageAge,version] -", Portal.Gateway.Calls);

            await page.Locator("#classification-fact").SelectOptionAsync("talentTier:B");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交认定申请" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToContainTextAsync("认定申请");
            Assert.Contains("classification talentTier B", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Graduate_is_asked_first_for_the_fact_that_settles_the_most_results() =>
        OnPageAsync(nameof(Graduate_is_asked_first_for_the_fact_that_settles_the_most_results), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/me/policies");

            var questions = page.Locator("#first-questions li");
            await Expect(questions).ToHaveCountAsync(3);
            await Expect(questions.Nth(0)).ToHaveAttributeAsync("data-fact", "ownsHomeLocally");
            await Expect(questions.Nth(0)).ToContainTextAsync("可确定 2 项政策：人才公寓租住、租房补贴");
            await Expect(questions.Nth(0).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/me/profile#profile");
            await Expect(page.Locator("#first-questions li[data-fact=startupGrade] a")).ToHaveTextAsync("申请认定");
            await Expect(page.Locator("#first-questions li[data-fact=startupRegisteredInZone] a")).ToHaveAttributeAsync("href", "/me/profile#more-facts");
        });

    [Fact]
    public Task Official_approves_a_degree_only_with_the_verification_code_and_report_date() =>
        OnPageAsync(nameof(Official_approves_a_degree_only_with_the_verification_code_and_report_date), async page =>
        {
            var id = StubGateway.SecondDegreeVerificationId;
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/verifications");
            var card = page.Locator($"#verification-{id}");
            await Expect(card.Locator("h3")).ToHaveTextAsync("陈* · 学历");

            await card.GetByRole(AriaRole.Button, new() { Name = "核验通过" }).ClickAsync();
            await Expect(page.Locator($"#code-fact-{id}-error")).ToHaveTextAsync("核验学历须填写验证码和报告日期。");
            await Expect(page.Locator($"#code-fact-{id}")).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.DoesNotContain(Portal.Gateway.Calls, c => c.StartsWith($"verify {id}", StringComparison.Ordinal));

            await page.Locator($"#code-fact-{id}").FillAsync("A1B2C3D4E5F6G7H8");
            await page.Locator($"#date-fact-{id}").FillAsync("2026-12-01");
            await page.Locator($"#verification-{id}").GetByRole(AriaRole.Button, new() { Name = "核验通过" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已核验通过，政策比对结果将随之更新。");
            Assert.Contains($"verify-reference {id} A1B2C3D4E5F6G7H8 2026-12-01", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Graduate_reads_the_decision_receipt_and_an_official_runs_it_again() =>
        OnPageAsync(nameof(Graduate_reads_the_decision_receipt_and_an_official_runs_it_again), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/me/applications");
            await page.GetByRole(AriaRole.Link, new() { Name = "查看决定回执" }).ClickAsync();

            await Expect(page.Locator("#receipt-outcome")).ToHaveTextAsync("符合");
            await Expect(page.Locator("#receipt-amount")).ToHaveTextAsync("¥100,000.00");
            var degree = page.Locator("#receipt-inputs tr[data-fact=degreeLevel]");
            await Expect(degree).ToContainTextAsync("博士");
            await Expect(degree).ToContainTextAsync("工作人员核验");
            await Expect(degree).ToContainTextAsync("A1B2C3D4E5F6G7H8 (2026-09-04)");
            await Expect(page.Locator("#receipt-trace")).ToContainTextAsync("第三条");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "重新判定并核对" })).ToHaveCountAsync(0);

            await page.Context.ClearCookiesAsync();
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync($"/applications/{CannedJson.ApprovedApplicationId}/receipt");
            await page.GetByRole(AriaRole.Button, new() { Name = "重新判定并核对" }).ClickAsync();
            await Expect(page.Locator("#receipt-check")).ToContainTextAsync("结果与金额与回执一致");
            Assert.Contains($"verify-receipt {CannedJson.ApprovedApplicationId}", Portal.Gateway.Calls);
        });
}
