using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class PolicyEditorTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string ValidYaml = "code: LIVING_ALLOWANCE\nversions:\n  - id: \"2027\"\n    effectiveFrom: 2027-01-01\n";

    [Fact]
    public Task An_invalid_policy_file_shows_line_path_and_problem_next_to_the_text_area() =>
        OnPageAsync(nameof(An_invalid_policy_file_shows_line_path_and_problem_next_to_the_text_area), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "政策管理" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "起草政策文本" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿并预览" }).ClickAsync();
            await Expect(page.Locator("#yaml-error")).ToHaveTextAsync("请粘贴政策文件内容。");

            await page.GetByLabel("政策文件（YAML）").FillAsync(ValidYaml + "    criteria:\n      all:\n        - { fact: degreeLvl, min: Master }\n");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿并预览" }).ClickAsync();

            await Expect(page.Locator("#yaml-error")).ToHaveTextAsync("line 14 · versions[1].criteria.all[1].fact: unknown fact 'degreeLvl'");
            await Expect(page.Locator("#yaml")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#yaml")).ToHaveValueAsync(new Regex("degreeLvl"));
        });

    [Fact]
    public Task A_saved_draft_previews_who_gains_who_loses_and_the_money() =>
        OnPageAsync(nameof(A_saved_draft_previews_who_gains_who_loses_and_the_money), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync("/policies/admin/drafts/new?code=LIVING_ALLOWANCE");
            await page.GetByLabel("政策文件（YAML）").FillAsync(ValidYaml);

            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿并预览" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/policies/admin/drafts/{CannedJson.DraftId}\\?effectiveFrom=2027-01-01$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("草稿影响预览 · 新引进大学生生活补贴");
            await Expect(page.Locator("#diff-evaluated")).ToHaveTextAsync("200");
            await Expect(page.Locator("#diff-gains")).ToHaveTextAsync("2");
            await Expect(page.Locator("#diff-losses")).ToHaveTextAsync("1");
            await Expect(page.Locator("#diff-money-change")).ToHaveTextAsync("+¥80,000.00");
            var rows = page.Locator("#diff-table tbody tr");
            await Expect(rows).ToHaveCountAsync(4);
            await Expect(rows.Nth(0).Locator("th, td")).ToHaveTextAsync(["孙丽", "新增符合", "待补充信息", "符合", "—", "¥10,000.00"]);
            await Expect(page.Locator("#diff-table tr.diff-loss th")).ToHaveTextAsync("周强");
            await Expect(page.Locator("#diff-table tr.diff-amount td.num")).ToHaveTextAsync(["¥50,000.00", "¥100,000.00"]);
            await Expect(page.GetByLabel("生效日期")).ToHaveValueAsync("2027-01-01");
        });

    [Fact]
    public Task Publishing_shows_the_rematch_progress_until_it_completes() =>
        OnPageAsync(nameof(Publishing_shows_the_rematch_progress_until_it_completes), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync($"/policies/admin/drafts/{CannedJson.DraftId}?effectiveFrom=2027-01-01");

            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/policies/admin/jobs/[0-9a-f-]{36}$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("重新比对进度");
            await Expect(page.Locator("#rematch-state")).ToHaveTextAsync("比对中");
            await Expect(page.Locator("#rematch-status")).ToHaveTextAsync("已比对 80 / 200 人（40%），结果变化 1 人。");
            await Expect(page.Locator("#rematch-state")).ToHaveTextAsync("已完成", new() { Timeout = 15_000 });
            await Expect(page.Locator("#rematch-status")).ToHaveTextAsync("已比对 200 / 200 人（100%），结果变化 4 人。");
            await Expect(page.Locator("#rematch-progress")).ToHaveAttributeAsync("value", "200");
            await Expect(page.Locator("meta[http-equiv=refresh]")).ToHaveCountAsync(0);
            Assert.Contains($"publish {CannedJson.DraftId} 2027-01-01", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Publishing_with_another_date_shows_the_problem_next_to_the_date() =>
        OnPageAsync(nameof(Publishing_with_another_date_shows_the_problem_next_to_the_date), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync($"/policies/admin/drafts/{CannedJson.DraftId}");
            await page.GetByLabel("生效日期").FillAsync("2027-02-01");

            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();

            await Expect(page.Locator("#effectiveFrom-error")).ToContainTextAsync("takes effect on 2027-01-01, not 2027-02-01");
            await Expect(page.GetByLabel("生效日期")).ToHaveValueAsync("2027-02-01");
            await Expect(page.Locator("#diff-gains")).ToHaveTextAsync("2");
        });

    [Fact]
    public Task Retiring_a_policy_asks_for_confirmation_then_shows_the_rematch() =>
        OnPageAsync(nameof(Retiring_a_policy_asks_for_confirmation_then_shows_the_rematch), async page =>
        {
            await SignInAsync(page, "admin", "Demo#2026admin");
            await page.GotoAsync("/policies/admin");
            var policy = page.Locator("#policy-SETTLEMENT_GRANT");
            await Expect(policy.Locator("tbody tr th")).ToHaveTextAsync("2025");
            await Expect(policy.Locator("tbody tr td").First).ToHaveTextAsync("2025年1月1日 起");

            await policy.GetByRole(AriaRole.Button, new() { Name = "停止执行：高校毕业生安家补助" }).ClickAsync();

            await Expect(page.Locator("#confirm-SETTLEMENT_GRANT-error")).ToHaveTextAsync("请先勾选“确认停止执行”。");
            Assert.DoesNotContain("retire SETTLEMENT_GRANT", Portal.Gateway.Calls);

            policy = page.Locator("#policy-SETTLEMENT_GRANT");
            await policy.GetByLabel("确认停止执行").CheckAsync();
            await policy.GetByRole(AriaRole.Button, new() { Name = "停止执行：高校毕业生安家补助" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("重新比对进度");
            Assert.Contains("retire SETTLEMENT_GRANT", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Officials_do_not_get_the_policy_editor() =>
        OnPageAsync(nameof(Officials_do_not_get_the_policy_editor), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "政策管理" })).ToHaveCountAsync(0);

            await page.GotoAsync("/policies/admin");

            await Expect(page.Locator("h1")).Not.ToHaveTextAsync("政策管理");
        });
}
