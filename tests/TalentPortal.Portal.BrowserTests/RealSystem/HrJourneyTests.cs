using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class HrJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Hr_confirms_a_declared_hire_screens_it_applies_on_its_behalf_and_confirms_an_application() =>
        OnPageAsync(nameof(Hr_confirms_a_declared_hire_screens_it_applies_on_its_behalf_and_confirms_an_application), async page =>
        {
            const string name = "司马恬";
            const string applicant = "慕容川";
            await Api.DeclaredAtWeilanAsync(await Api.RegisteredGraduateAsync(name));
            await Api.AppliedForLivingAllowanceAsync(applicant);

            await page.SignInAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword);
            await Expect(page).ToHaveURLAsync(new Regex("/hr/hires$"));
            await Expect(page.Locator(".page-head p")).ToContainTextAsync("卫蓝新能源");
            var demoHire = page.Locator(".hire-card").Filter(new() { HasText = "固态电池研发工程师" }).Filter(new() { HasText = "李明" });
            await Expect(demoHire.Locator(".badge")).ToHaveTextAsync("已确认");
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "待单位确认" }).ClickAsync();
            var hire = page.Locator(".hire-card").Filter(new() { HasText = name });
            await Expect(hire.Locator(".badge")).ToHaveTextAsync("待单位确认");
            await Expect(hire).ToContainTextAsync("电池工艺工程师");
            await hire.GetByRole(AriaRole.Button, new() { Name = $"确认在职：{name}" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"已确认 {name} 的用工信息，计入本月人才招引。");
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "政策筛查" }).ClickAsync();
            var claim = page.Locator(".screening-card").Filter(new() { HasText = name }).Locator(".claim").Filter(new() { HasText = "新引进大学生生活补贴" });
            await page.ReloadUntilVisibleAsync(claim, EventDelay);
            await Expect(claim.Locator(".claim-amount")).ToHaveTextAsync("¥30,000.00");
            await Expect(page.Locator("#claims-possible")).Not.ToHaveTextAsync("0");
            var missing = page.Locator(".screening-card").Filter(new() { HasText = name }).Locator(".missing li").Filter(new() { HasText = "大学生创业扶持" });
            await Expect(missing).ToContainTextAsync("创业项目评级");
            await Expect(missing).ToContainTextAsync("创业项目在新区注册");
            await page.CheckAsync(Language.Chinese);

            await claim.GetByRole(AriaRole.Button, new() { Name = $"代为申请：{name} · 新引进大学生生活补贴" }).ClickAsync();
            // HR applying on the hire's behalf vouches for the employment at once.
            await Expect(claim.Locator("[role=status]")).ToHaveTextAsync("已代为提交，当前状态：单位已确认。");
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "单位申请" }).ClickAsync();
            var onBehalf = page.Locator(".application-card").Filter(new() { HasText = $"{name} · 新引进大学生生活补贴" });
            await Expect(onBehalf.Locator(".badge")).ToHaveTextAsync("单位已确认");
            var own = page.Locator(".application-card").Filter(new() { HasText = $"{applicant} · 新引进大学生生活补贴" });
            await Expect(own.Locator(".badge")).ToHaveTextAsync("已提交");
            await Expect(own.Locator(".amount")).ToHaveTextAsync("¥30,000.00");
            await own.GetByRole(AriaRole.Button, new() { Name = $"确认在职：{applicant}" }).ClickAsync();
            await Expect(page.Locator("[role=status]")).ToHaveTextAsync($"已确认 {applicant} 在职，当前状态：单位已确认。");
            await Expect(own.Locator(".badge")).ToHaveTextAsync("单位已确认");
            await Expect(own.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);
        });

    [Fact]
    public Task Hr_imports_a_csv_sees_its_progress_and_the_rejected_row_with_its_reason() =>
        OnPageAsync(nameof(Hr_imports_a_csv_sees_its_progress_and_the_rejected_row_with_its_reason), async page =>
        {
            var csv = string.Join('\n',
                "姓名,身份证号,学历,毕业院校,院校层次,毕业时间,入职日期,合同到期日,岗位,社保月数",
                $"闻人笛,{NationalIds.Next()},硕士,江南大学,211,2025-06,2025-09-01,2028-08-31,电芯工程师,6",
                "皇甫楠,33050219960520123,硕士,江南大学,211,2025-06,2025-09-01,2028-08-31,电芯工程师,6",
                $"令狐珂,{NationalIds.Next()},博士,浙江大学,985,2025-06,2025-10-01,2028-09-30,研究员,3");
            await page.SignInAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword);
            await page.OpenAfterSignInAsync("/hr/imports");
            await page.CheckAsync(Language.Chinese);

            await page.GetByLabel("CSV 文件").SetInputFilesAsync(new FilePayload { Name = "hires.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/hr/imports/[0-9a-f-]{36}$"));
            await Expect(page.Locator("#progress-label")).ToHaveTextAsync("导入完成", new() { Timeout = 30_000 });
            await Expect(page.Locator("#progress-text")).ToHaveTextAsync("已处理 3 / 3 行");
            await Expect(page.Locator("#import-progress")).ToHaveAttributeAsync("value", "100");
            await Expect(page.Locator("#rejected-count")).ToHaveTextAsync("1");
            var rejected = page.Locator(".rejected-rows tbody tr");
            await Expect(rejected).ToHaveCountAsync(1);
            await Expect(rejected.Locator("th")).ToHaveTextAsync("第 2 行");
            await Expect(rejected.Locator("td")).ToContainTextAsync("身份证");
            await page.CheckAsync(Language.Chinese);

            await page.GetByRole(AriaRole.Link, new() { Name = "员工名单" }).Last.ClickAsync();
            await Expect(page.Locator(".hire-card").Filter(new() { HasText = "闻人笛" }).Locator(".badge")).ToHaveTextAsync("已确认");
            await Expect(page.Locator(".hire-card").Filter(new() { HasText = "令狐珂" }).Locator(".badge")).ToHaveTextAsync("已确认");
            await Expect(page.Locator(".hire-card").Filter(new() { HasText = "皇甫楠" })).ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);
        });
}
