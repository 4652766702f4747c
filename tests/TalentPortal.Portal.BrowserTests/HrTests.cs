using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class HrTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Hr_lands_on_the_hires_and_confirms_a_declared_hire() =>
        OnPageAsync(nameof(Hr_lands_on_the_hires_and_confirms_a_declared_hire), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/hr/hires$"));
            await Expect(page.Locator(".page-head p")).ToContainTextAsync("卫蓝新能源");
            await Expect(page.Locator(".hire-card")).ToHaveCountAsync(3);
            var zhang = page.Locator($"#hire-{GraduateHrData.DeclaredHireId}");

            await zhang.GetByRole(AriaRole.Button, new() { Name = "确认在职：张伟" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已确认 张伟 的用工信息，计入本月人才招引。");
            await Expect(page.Locator($"#hire-{GraduateHrData.DeclaredHireId} .badge")).ToHaveTextAsync("已确认");
            Assert.Contains($"confirm-hire {GraduateHrData.DeclaredHireId}", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Ending_a_hire_before_its_start_shows_the_error_next_to_the_end_date() =>
        OnPageAsync(nameof(Ending_a_hire_before_its_start_shows_the_error_next_to_the_end_date), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            var wang = page.Locator($"#hire-{GraduateHrData.ConfirmedHireId}");
            await wang.Locator("summary").ClickAsync();
            await wang.GetByLabel("离职日期").FillAsync("2026-02-01");

            await wang.GetByRole(AriaRole.Button, new() { Name = "确认离职：王晓" }).ClickAsync();

            var field = page.Locator($"#endDate-{GraduateHrData.ConfirmedHireId}");
            await Expect(page.Locator($"#endDate-{GraduateHrData.ConfirmedHireId}-error")).ToHaveTextAsync("离职日期不能早于入职日期。");
            await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(field).ToHaveValueAsync("2026-02-01");
        });

    [Fact]
    public Task Recording_the_hire_of_a_person_not_registered_under_that_name_says_so_next_to_the_national_id() =>
        OnPageAsync(nameof(Recording_the_hire_of_a_person_not_registered_under_that_name_says_so_next_to_the_national_id), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            var form = page.Locator(".record-hire");
            await form.GetByLabel("姓名（与身份证一致）").FillAsync("林未登");
            await form.GetByLabel("身份证号").FillAsync("11010119900307663X");
            await form.GetByLabel("入职日期").FillAsync("2026-12-01");

            await form.GetByRole(AriaRole.Button, new() { Name = "登记并确认" }).ClickAsync();

            await Expect(page.Locator("#hire-nationalId-error")).ToHaveTextAsync("没有以此姓名和身份证号登记的人才：请核对身份证，或先登记此人。");
            await Expect(page.Locator("#hire-nationalId")).ToHaveValueAsync("11010119900307663X");
        });

    [Fact]
    public Task Csv_import_shows_the_progress_then_the_rejected_rows() =>
        OnPageAsync(nameof(Csv_import_shows_the_progress_then_the_rejected_rows), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.GetByRole(AriaRole.Link, new() { Name = "批量导入" }).First.ClickAsync();
            var csv = "姓名,身份证号,学历,毕业院校,院校层次,毕业时间\n张伟,330502199503151239,博士,浙江大学,985,2025-06\n";
            await page.GetByLabel("CSV 文件").SetInputFilesAsync(new FilePayload { Name = "hires-2026-11.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

            await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/hr/imports/{StubGateway.ImportJobId}$"));
            await Expect(page.Locator("#progress-label")).ToHaveTextAsync("正在处理");
            await Expect(page.Locator("#import-progress")).ToHaveAttributeAsync("value", "40");
            await Expect(page.Locator("#progress-text")).ToHaveTextAsync("已处理 40 / 100 行");

            // The page reloads itself until the job is done.
            await Expect(page.Locator("#progress-label")).ToHaveTextAsync("导入完成", new() { Timeout = 10_000 });
            await Expect(page.Locator("#progress-text")).ToHaveTextAsync("已处理 100 / 100 行");
            await Expect(page.Locator("#rejected-count")).ToHaveTextAsync("2");
            await Expect(page.Locator("#rejected-row-7")).ToContainTextAsync("第 7 行");
            await Expect(page.Locator("#rejected-row-7")).ToContainTextAsync("nationalId: the check digit is wrong.");
            await Expect(page.Locator("#rejected-row-42 li")).ToHaveCountAsync(2);
            Assert.Contains("import hires-2026-11.csv text/csv", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Csv_without_the_required_columns_shows_the_error_next_to_the_file_field() =>
        OnPageAsync(nameof(Csv_without_the_required_columns_shows_the_error_next_to_the_file_field), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.OpenAfterSignInAsync("/hr/imports");
            await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();
            await Expect(page.Locator("#file-error")).ToHaveTextAsync("请选择要上传的 CSV 文件。");

            await page.GetByLabel("CSV 文件").SetInputFilesAsync(new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("姓名,学历\n张伟,博士\n") });
            await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

            await Expect(page.Locator("#file-error")).ToHaveTextAsync("Missing required columns: 身份证号 (nationalId).");
            await Expect(page.Locator("#file")).ToHaveAttributeAsync("aria-invalid", "true");
        });

    [Fact]
    public Task Screening_shows_who_can_claim_what_and_what_is_missing_then_applies_for_a_hire() =>
        OnPageAsync(nameof(Screening_shows_who_can_claim_what_and_what_is_missing_then_applies_for_a_hire), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.GetByRole(AriaRole.Link, new() { Name = "政策筛查" }).ClickAsync();

            await Expect(page.Locator("#claims-possible")).ToHaveTextAsync("2");
            var zhang = page.Locator($"#screening-{GraduateHrData.ZhangWei}");
            await Expect(zhang.Locator(".card-head .badge")).ToHaveTextAsync("可申请 1 项");
            await Expect(zhang.Locator(".claims")).ToContainTextAsync("新引进大学生生活补贴");
            await Expect(zhang.Locator(".claim-amount")).ToHaveTextAsync("¥100,000.00");
            await Expect(zhang.Locator(".missing")).ToContainTextAsync("缺少：本地住房情况");

            await zhang.GetByRole(AriaRole.Button, new() { Name = "代为申请：张伟 · 新引进大学生生活补贴" }).ClickAsync();

            await Expect(page.Locator($"#claim-{GraduateHrData.ZhangWei}-LIVING_ALLOWANCE [role=status]")).ToHaveTextAsync("已代为提交，当前状态：单位已确认。");
            Assert.Contains($"hr-apply {GraduateHrData.ZhangWei} LIVING_ALLOWANCE", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Hr_confirms_the_employment_on_a_submitted_application() =>
        OnPageAsync(nameof(Hr_confirms_the_employment_on_a_submitted_application), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.GetByRole(AriaRole.Link, new() { Name = "单位申请" }).ClickAsync();
            var card = page.Locator($"#application-{GraduateHrData.SubmittedApplicationId}");
            await Expect(card.Locator("h2")).ToHaveTextAsync("王晓 · 高校毕业生安家补助");
            await Expect(card.Locator(".card-head .badge")).ToHaveTextAsync("已提交");

            await card.GetByRole(AriaRole.Button, new() { Name = "确认在职：王晓" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已确认 王晓 在职，当前状态：单位已确认。");
            await Expect(page.Locator($"#application-{GraduateHrData.SubmittedApplicationId} .card-head .badge")).ToHaveTextAsync("单位已确认");
            Assert.Contains($"employer-confirmation {GraduateHrData.SubmittedApplicationId}", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Screening_in_English_shows_English_names_and_yuan() =>
        OnPageAsync(nameof(Screening_in_English_shows_English_names_and_yuan), async page =>
        {
            await SignInAsync(page, "hr.weilan", "Demo#2026hr");
            await page.OpenAfterSignInAsync("/hr/screening");
            await page.GetByRole(AriaRole.Link, new() { Name = "Switch to English" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("Policy screening");
            var zhang = page.Locator($"#screening-{GraduateHrData.ZhangWei}");
            await Expect(zhang.Locator(".claims")).ToContainTextAsync("Living allowance for newly recruited graduates");
            await Expect(zhang.Locator(".claim-amount")).ToHaveTextAsync("¥100,000.00");
            await Expect(zhang.Locator(".missing")).ToContainTextAsync("Missing: home ownership in Huzhou");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enterprise issues" })).ToBeVisibleAsync();
        });
}
