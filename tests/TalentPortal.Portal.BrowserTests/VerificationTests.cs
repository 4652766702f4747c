using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class VerificationTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public Task Official_sees_a_declared_degree_beside_the_verified_one_and_must_say_why_to_reject_it() =>
        OnPageAsync(nameof(Official_sees_a_declared_degree_beside_the_verified_one_and_must_say_why_to_reject_it), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GetByRole(AriaRole.Link, new() { Name = "核验队列" }).ClickAsync();

            var card = page.Locator($"#verification-{StubGateway.VerificationId}");
            await Expect(card.Locator("h3")).ToHaveTextAsync("张* · 学历");
            await Expect(card.Locator(".declared")).ToHaveTextAsync("博士 · 浙江大学 · 2025年6月30日");
            await Expect(card.Locator(".verified")).ToHaveTextAsync("硕士 · 浙江大学 · 2022年6月30日");
            await Expect(card).ToContainTextAsync("学信网");
            await Expect(card.Locator(".no-evidence")).ToHaveTextAsync("申请人尚未上传材料（可线下查验原件）");

            await card.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
            await Expect(page.Locator($"#reason-fact-{StubGateway.VerificationId}-error")).ToBeVisibleAsync();
            Assert.DoesNotContain(Portal.Gateway.Calls, c => c.StartsWith("verify ", StringComparison.Ordinal));

            await page.Locator($"#reason-fact-{StubGateway.VerificationId}").FillAsync("学信网备案表与证书不符");
            await page.Locator($"#verification-{StubGateway.VerificationId}").GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已驳回，申请人将看到驳回原因。");
            Assert.Contains($"verify {StubGateway.VerificationId} False 学信网备案表与证书不符", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Official_upholds_an_identity_claim_only_with_a_note_of_what_was_checked() =>
        OnPageAsync(nameof(Official_upholds_an_identity_claim_only_with_a_note_of_what_was_checked), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.GotoAsync("/verifications");

            var claim = page.Locator($"#claim-{StubGateway.ClaimId}");
            await Expect(claim.Locator("h3")).ToHaveTextAsync("孙悦 认领 孙月 名下的身份证号");
            await claim.GetByRole(AriaRole.Button, new() { Name = "认领成立" }).ClickAsync();
            await Expect(page.Locator($"#reason-claim-{StubGateway.ClaimId}-error")).ToBeVisibleAsync();

            await page.Locator($"#reason-claim-{StubGateway.ClaimId}").FillAsync("已查验身份证原件");
            await page.Locator($"#claim-{StubGateway.ClaimId}").GetByRole(AriaRole.Button, new() { Name = "认领成立" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已核验通过，政策比对结果将随之更新。");
            Assert.Contains($"decide-claim {StubGateway.ClaimId} True 已查验身份证原件", Portal.Gateway.Calls);
        });

    [Fact]
    public Task Graduate_whose_national_id_is_taken_files_a_claim_instead_of_being_locked_out() =>
        OnPageAsync(nameof(Graduate_whose_national_id_is_taken_files_a_claim_instead_of_being_locked_out), async page =>
        {
            await SignInAsync(page, "grad.claim", "Demo#2026grad");
            await page.GotoAsync("/me/profile");
            await page.GetByLabel("姓名").FillAsync("孙悦");
            await page.GetByLabel("身份证号").FillAsync(StubGateway.ValidNationalId);
            await page.Locator("#education-0-degree").SelectOptionAsync("Master");
            await page.Locator("#education-0-university").FillAsync("浙江大学");
            await page.Locator("#education-0-tier").SelectOptionAsync("Tier985");
            await page.Locator("#education-0-graduation").FillAsync("2025-06");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("该身份证号已有登记，已为您提交身份认领，工作人员核实后处理。");
            await Expect(page.Locator($"#claim-{StubGateway.ClaimId} .badge")).ToHaveTextAsync("待核实");
            Assert.Contains("claim 孙悦", Portal.Gateway.Calls);

            await page.GotoAsync("/me/profile");
            await Expect(page.Locator($"#claim-{StubGateway.ClaimId} .badge")).ToHaveTextAsync("待核实");
            await Expect(page.Locator("#profile-title")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Graduate_sees_what_awaits_verification_and_what_to_bring() =>
        OnPageAsync(nameof(Graduate_sees_what_awaits_verification_and_what_to_bring), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.GotoAsync("/me/profile");

            var item = page.Locator("#my-verifications .verification");
            await Expect(item).ToContainTextAsync("在湖州有自有住房：否");
            await Expect(item.Locator(".badge")).ToHaveTextAsync("待核验");
            await Expect(item).ToContainTextAsync("不动产登记");
        });
}
