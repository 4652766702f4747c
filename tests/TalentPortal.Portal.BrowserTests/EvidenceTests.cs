using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class EvidenceTests(PortalFixture portal) : BrowserTest(portal)
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public Task Graduate_uploads_a_document_for_a_pending_item_sees_it_listed_and_withdraws_it() =>
        OnPageAsync(nameof(Graduate_uploads_a_document_for_a_pending_item_sees_it_listed_and_withdraws_it), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/profile");

            var item = page.Locator($"#my-verification-{StubGateway.VerificationId}");
            await Expect(item.Locator($"#evidence-file-{StubGateway.VerificationId}-hint")).ToContainTextAsync("不超过 5 MB");
            await item.GetByLabel("上传在湖州有自有住房证明材料").SetInputFilesAsync(new FilePayload { Name = "住房查询证明.png", MimeType = "image/png", Buffer = Png });
            await item.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已上传材料：住房查询证明.png，工作人员核验时会查看。");
            Assert.Contains("evidence ownsHomeLocally 住房查询证明.png", Portal.Gateway.Calls);
            var document = page.Locator($"#my-verification-{StubGateway.VerificationId} .evidence", new() { HasText = "住房查询证明.png" });
            await Expect(document).ToContainTextAsync($"{Png.Length} B");
            await Expect(document.Locator(".badge")).ToHaveTextAsync("已提交");

            await document.GetByRole(AriaRole.Button, new() { Name = "撤回 住房查询证明.png" }).ClickAsync();

            await Expect(page.Locator("[role=status]")).ToHaveTextAsync("已撤回材料：住房查询证明.png。");
            Assert.Contains(Portal.Gateway.Calls, c => c.StartsWith("withdraw-evidence ", StringComparison.Ordinal));
            var withdrawn = page.Locator($"#my-verification-{StubGateway.VerificationId} .evidence", new() { HasText = "住房查询证明.png" });
            await Expect(withdrawn.Locator(".badge")).ToHaveTextAsync("已撤回");
            await Expect(withdrawn.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        });

    [Fact]
    public Task A_document_talent_registry_refuses_is_explained_next_to_the_file_input() =>
        OnPageAsync(nameof(A_document_talent_registry_refuses_is_explained_next_to_the_file_input), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await page.OpenAfterSignInAsync("/me/profile");

            // Named like a PDF, but its bytes are text: talent-registry types a document by its content.
            var input = page.Locator($"#evidence-file-{StubGateway.VerificationId}");
            await input.SetInputFilesAsync(new FilePayload { Name = "证明.pdf", MimeType = "application/pdf", Buffer = "不是 PDF"u8.ToArray() });
            await page.Locator($"#my-verification-{StubGateway.VerificationId}").GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();

            await Expect(page.Locator($"#evidence-file-{StubGateway.VerificationId}-error")).ToHaveTextAsync("只能上传 PDF、JPG 或 PNG 文件");
            await Expect(page.Locator($"#evidence-file-{StubGateway.VerificationId}")).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.Contains("evidence ownsHomeLocally 证明.pdf", Portal.Gateway.Calls);
            await Expect(page.Locator(".evidence", new() { HasText = "证明.pdf" })).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Official_sees_the_documents_of_a_declared_fact_and_downloads_them_through_the_portal() =>
        OnPageAsync(nameof(Official_sees_the_documents_of_a_declared_fact_and_downloads_them_through_the_portal), async page =>
        {
            await SignInAsync(page, "official.zone", "Demo#2026zone");
            await page.OpenAfterSignInAsync("/verifications");

            var card = page.Locator($"#verification-{StubGateway.HukouVerificationId}");
            await Expect(card.Locator("h3")).ToHaveTextAsync("王* · 湖州户籍");
            var link = card.GetByRole(AriaRole.Link, new() { Name = "下载 户口簿首页.png" });
            await Expect(link).ToHaveAttributeAsync("href", $"/verifications/evidence/{StubGateway.HukouEvidenceId}");
            await Expect(card.Locator(".evidence")).ToContainTextAsync($"{StubGateway.HukouEvidence.Length} B");
            await Expect(card.Locator(".no-evidence")).ToHaveCountAsync(0);

            // The browser has no token: the portal fetches the document with the official's and passes it on.
            var response = await page.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
            Assert.Equal(200, response.Status);
            Assert.Equal("image/png", response.Headers["content-type"]);
            Assert.StartsWith("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
            Assert.Equal(StubGateway.HukouEvidence, await response.BodyAsync());
            Assert.Contains($"download-evidence {StubGateway.HukouEvidenceId}", Portal.Gateway.Calls);
        });

    [Fact]
    public Task A_graduate_cannot_download_through_the_officials_route() =>
        OnPageAsync(nameof(A_graduate_cannot_download_through_the_officials_route), async page =>
        {
            await SignInAsync(page, "grad.demo", "Demo#2026grad");
            await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();

            var response = await page.APIRequest.GetAsync($"/verifications/evidence/{StubGateway.HukouEvidenceId}", new() { MaxRedirects = 0 });
            Assert.NotEqual(200, response.Status);
            Assert.NotEqual("image/png", response.Headers.GetValueOrDefault("content-type"));
        });
}
