using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class InsuranceRecordTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Official_records_the_bureaus_file_and_sees_the_counts_the_rejected_rows_and_the_differences() =>
        OnPageAsync(nameof(Official_records_the_bureaus_file_and_sees_the_counts_the_rejected_rows_and_the_differences), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GetByRole(AriaRole.Link, new() { Name = "社保数据" }).ClickAsync();
            await Expect(page.Locator("#file-hint")).ToContainTextAsync("nationalId,creditCode,month,paid");

            var csv = $"""
                nationalId,creditCode,month,paid
                {StubGateway.ValidNationalId},913305017526750199,2026-10,true
                {StubGateway.ValidNationalId},913305017526750199,2026-11,是
                {StubGateway.ValidNationalId},913305017526750199,2026-13,true
                """;
            await page.GetByLabel("社保缴费 CSV 文件").SetInputFilesAsync(new FilePayload { Name = "社保2026-11.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已导入 社保2026-11.csv。");
            Assert.Contains("insurance 社保2026-11.csv text/csv", Portal.Gateway.Calls);
            await Expect(page.Locator("#result-title")).ToHaveTextAsync("导入结果（最近月份：2026-11）");
            await Expect(page.Locator("#insurance-rows")).ToHaveTextAsync("3");
            await Expect(page.Locator("#insurance-recorded")).ToHaveTextAsync("2");
            await Expect(page.Locator("#insurance-rejected")).ToHaveTextAsync("1");
            await Expect(page.Locator("#rejected-row-3")).ToContainTextAsync("第 3 行");
            await Expect(page.Locator("#rejected-row-3")).ToContainTextAsync("month: must be a month written yyyy-MM");

            var difference = page.Locator($"#difference-{StubGateway.InsuredTalentId}");
            await Expect(page.Locator("#differences-title")).ToHaveTextAsync("申报月数与社保记录不一致（1 人）");
            await Expect(difference.Locator(".declared")).ToHaveTextAsync("3");
            await Expect(difference.Locator(".registry")).ToHaveTextAsync("2");
        });

    [Fact]
    public Task A_file_without_the_bureaus_header_is_explained_next_to_the_file_input() =>
        OnPageAsync(nameof(A_file_without_the_bureaus_header_is_explained_next_to_the_file_input), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.OpenAfterSignInAsync("/insurance-records");

            await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "wrong.csv", MimeType = "text/csv", Buffer = "身份证号,月份\n"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();

            await Expect(page.Locator("#file-error")).ToHaveTextAsync("表头须包含 nationalId、creditCode、month、paid 四列（或对应的中文列名）。");
            await Expect(page.Locator("#insurance-result")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task A_street_official_is_told_the_file_is_for_the_zone_office() =>
        OnPageAsync(nameof(A_street_official_is_told_the_file_is_for_the_zone_office), async page =>
        {
            await SignInAsync(page, "official.street", "Demo#2026street");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "核验队列" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "社保数据" })).ToHaveCountAsync(0);

            await page.GotoAsync("/insurance-records");
            var csv = $"nationalId,creditCode,month,paid\n{StubGateway.ValidNationalId},913305017526750199,2026-10,true\n";
            await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "社保.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("社保缴费文件覆盖全区，只有新区人才办工作人员和管理员可以导入；街道工作人员请将文件交新区人才办导入。");
            await Expect(page.Locator("#insurance-result")).ToHaveCountAsync(0);
        });
}
