using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>Nothing moves on an unverified fact, on the real system: an application resting on a self-declared doctorate
/// cannot be approved after its public notice until an official verified the degree (with the 学信网 code), and the
/// approval leaves a receipt that the applicant reads and an official runs again with the same result.</summary>
[Collection(RealSystemCollection.Name)]
public sealed class TrustedDecisionJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public Task Approval_waits_for_the_verified_degree_and_leaves_a_receipt_that_runs_again_identically() =>
        OnPageAsync(nameof(Approval_waits_for_the_verified_degree_and_leaves_a_receipt_that_runs_again_identically), async page =>
        {
            const string name = "东方博";
            var (graduate, applicationId) = await Api.SelfDeclaredDoctorInNoticeAsync(name);

            // The notice's five working days pass.
            Fixture.System.ShiftClock(TimeSpan.FromDays(15));
            try
            {
                await page.SignInAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword);
                await page.OpenAfterSignInAsync("/notice");
                var notice = page.Locator($"#notice-{applicationId}");
                await notice.GetByRole(AriaRole.Button, new() { Name = "公示期满，审批通过" }).ClickAsync();
                await Expect(page.Locator("[role=alert]")).ToContainTextAsync("仍待核验");
                await Expect(page.Locator($"#notice-{applicationId}")).ToContainTextAsync("学历");
                await page.CheckAsync(Language.Chinese);

                await Api.UploadedDegreeCertificateAsync(graduate);
                await page.GotoAsync("/verifications");
                var card = page.Locator(".verification-card").Filter(new() { HasText = graduate.NationalId[^4..] }).Filter(new() { HasText = "浙江大学" });
                await Expect(card.Locator(".evidence")).ToContainTextAsync("博士学位证书.pdf");
                await page.CheckAsync(Language.Chinese);
                await card.Locator("textarea").FillAsync("已查验博士学位证书及学信网学位在线验证报告");
                await card.GetByLabel("学信网在线验证码").FillAsync("B2C3D4E5F6G7H8J9");
                await card.GetByLabel("报告日期").FillAsync("2026-11-30");
                await card.GetByRole(AriaRole.Button, new() { Name = "核验通过" }).ClickAsync();
                await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已核验通过，政策比对结果将随之更新。");

                await Api.DegreeVerifiedInMatchingAsync(graduate);
                await page.GotoAsync("/notice");
                await page.Locator($"#notice-{applicationId}").GetByRole(AriaRole.Button, new() { Name = "公示期满，审批通过" }).ClickAsync();
                await Expect(page.Locator("[role=status]")).ToContainTextAsync(name);

                await page.GotoAsync($"/applications/{applicationId}/receipt");
                var degree = page.Locator("#receipt-inputs tr[data-fact=degreeLevel]");
                await Expect(degree).ToContainTextAsync("博士");
                await Expect(degree).ToContainTextAsync("工作人员核验");
                await Expect(degree).ToContainTextAsync("B2C3D4E5F6G7H8J9");
                await page.GetByRole(AriaRole.Button, new() { Name = "重新判定并核对" }).ClickAsync();
                await Expect(page.Locator("#receipt-check")).ToContainTextAsync("结果与金额与回执一致");
                await page.CheckAsync(Language.Chinese);
            }
            finally
            {
                Fixture.System.ShiftClock(TimeSpan.Zero);
            }

            await page.Context.ClearCookiesAsync();
            await page.SignInAsync(graduate.Username, graduate.Password);
            await page.OpenAfterSignInAsync("/me/applications");
            await page.GetByRole(AriaRole.Link, new() { Name = "查看决定回执" }).ClickAsync();
            await Expect(page.Locator("#receipt-outcome")).ToHaveTextAsync("符合");
            await Expect(page.Locator("#receipt-amount")).ToHaveTextAsync("¥100,000.00");
            await page.CheckAsync(Language.Chinese);
        });
}
