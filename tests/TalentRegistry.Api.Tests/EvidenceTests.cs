using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Evidence documents: typed by their content, bounded in size, stored encrypted, attached to the fact's pending
/// verification, used by an official's approval, withdrawn only before that, downloaded with an audit.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class EvidenceTests(TalentRegistryFactory factory)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    public static MultipartFormDataContent Form(string? fact, byte[] content, string fileName, string declaredType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (fact is not null)
        {
            form.Add(new StringContent(fact), "fact");
        }

        return form;
    }

    private async Task<(Guid TalentId, HttpClient Graduate)> GraduateAsync()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        return (talentId, Api.Client(factory, Roles.Graduate, talentId: talentId));
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, Guid talentId, string fact, byte[] content, string fileName)
    {
        var response = await client.PostAsync($"/api/talents/{talentId}/evidence", Form(fact, content, fileName));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Api.JsonAsync(response);
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
    }

    private async Task<long> DocumentsOfAsync(Guid talentId) =>
        await factory.Services.GetRequiredService<IStore>().CountAsync<EvidenceDocument>(d => d.TalentId == talentId);

    [Fact]
    public async Task Upload_pngNamedPdf_isStoredAndServedAsPng()
    {
        var (talentId, graduate) = await GraduateAsync();

        var document = await UploadAsync(graduate, talentId, "education", Png, "学位证.pdf");

        Assert.Equal("image/png", document.GetProperty("contentType").GetString());
        Assert.Equal("学位证.pdf", document.GetProperty("fileName").GetString());
        Assert.Equal(Png.Length, document.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), document.GetProperty("sha256").GetString());
        Assert.Equal("Submitted", document.GetProperty("state").GetString());
        Assert.Equal(Roles.Graduate, document.GetProperty("uploadedBy").GetProperty("role").GetString());
        var download = await graduate.GetAsync($"/api/evidence/{document.GetProperty("id").GetGuid()}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".png", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_executableRenamedPdf_returns400NamingFileAndStoresNothing()
    {
        var (talentId, graduate) = await GraduateAsync();
        byte[] executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

        var response = await graduate.PostAsync($"/api/talents/{talentId}/evidence", Form("education", executable, "学位证.pdf"));

        await AssertNamesAsync(response, HttpStatusCode.BadRequest, "file");
        Assert.Equal(0, await DocumentsOfAsync(talentId));
    }

    [Fact]
    public async Task Upload_factNotVerifiable_returns400NamingFact()
    {
        var (talentId, graduate) = await GraduateAsync();

        var response = await graduate.PostAsync($"/api/talents/{talentId}/evidence", Form("salary", Pdf, "工资.pdf"));

        await AssertNamesAsync(response, HttpStatusCode.BadRequest, "fact");
        Assert.Equal(0, await DocumentsOfAsync(talentId));
    }

    [Fact]
    public async Task Upload_largerThanTheLimit_returns413NamingFile()
    {
        var (talentId, graduate) = await GraduateAsync();
        var big = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var response = await graduate.PostAsync($"/api/talents/{talentId}/evidence", Form("education", big, "big.pdf"));

        await AssertNamesAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Equal(0, await DocumentsOfAsync(talentId));
    }

    [Fact]
    public async Task Upload_truncatedMultipart_returns400NamingFile()
    {
        var (talentId, graduate) = await GraduateAsync();
        var body = new StringContent("--XYZ\r\nContent-Disposition: form-data; name=\"fact\"\r\n\r\neducation\r\n--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XYZ");

        var response = await graduate.PostAsync($"/api/talents/{talentId}/evidence", body);

        await AssertNamesAsync(response, HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Upload_nameWithPathAndHiddenCharacters_keepsOnlyThePlainName()
    {
        var (talentId, graduate) = await GraduateAsync();

        var document = await UploadAsync(graduate, talentId, "hukouHuzhou", Pdf, "..\\..\\tmp/户口\u202Egnp.pdf");

        Assert.Equal("户口gnp.pdf", document.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Upload_byHrOfAnotherEmployer_returns403()
    {
        var (talentId, _) = await GraduateAsync();
        var (otherEmployer, _) = await Api.EmployerAsync(factory);

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: otherEmployer)
            .PostAsync($"/api/talents/{talentId}/evidence", Form("education", Pdf, "a.pdf"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_whileTheFactAwaitsVerification_isListedInTheQueueAndUsedByTheApproval()
    {
        var (talentId, graduate) = await GraduateAsync();
        var document = await UploadAsync(graduate, talentId, "education", Pdf, "学信网验证报告.pdf");
        var documentId = document.GetProperty("id").GetGuid();

        var queue = await Api.Admin(factory).GetFromJsonAsync<JsonElement>("/api/verifications?state=Pending&take=500");
        var verification = queue.EnumerateArray().Single(v => v.GetProperty("talentId").GetGuid() == talentId && v.GetProperty("fact").GetString() == "education");
        Assert.Equal([documentId], verification.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetGuid()));
        var listed = Assert.Single(verification.GetProperty("evidence").EnumerateArray());
        Assert.Equal("学信网验证报告.pdf", listed.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", listed.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, listed.GetProperty("size").GetInt64());

        var verificationId = verification.GetProperty("id").GetGuid();
        var probe = await Api.ListenAsync<TalentProfileUpdated>(
            factory, e => e.TalentId == talentId && e.Provenance?.GetValueOrDefault(Facts.DegreeLevel)?.EvidenceIds.Contains(documentId) == true);
        var approved = await Api.Admin(factory).PostAsJsonAsync($"/api/verifications/{verificationId}/decision", new { approved = true, reason = "学信网报告一致", verificationCode = "A1B2C3D4E5F6G7H8", reportDate = "2026-01-05" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var used = Assert.Single((await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}/evidence")).EnumerateArray());
        Assert.Equal("Used", used.GetProperty("state").GetString());
        Assert.Equal(verificationId, used.GetProperty("usedByVerificationId").GetGuid());
        var talent = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        var degree = talent.GetProperty("provenance").GetProperty("degreeLevel");
        Assert.Equal("OfficialVerified", degree.GetProperty("source").GetString());
        Assert.Equal([documentId], degree.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetGuid()));
        await probe.WaitAsync();
    }

    [Fact]
    public async Task Withdraw_beforeUse_leavesTheVerificationAndTheContentGoes()
    {
        var (talentId, graduate) = await GraduateAsync();
        var documentId = (await UploadAsync(graduate, talentId, "hukouHuzhou", Pdf, "户口簿.pdf")).GetProperty("id").GetGuid();

        var withdrawn = await graduate.DeleteAsync($"/api/evidence/{documentId}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", (await Api.JsonAsync(withdrawn)).GetProperty("state").GetString());
        var verifications = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}/verifications");
        var hukou = verifications.EnumerateArray().Single(v => v.GetProperty("fact").GetString() == "hukouHuzhou");
        Assert.Empty(hukou.GetProperty("evidence").EnumerateArray());
        Assert.Null(await factory.Services.GetRequiredService<IStore>().GetAsync<EvidenceContent>(documentId));
        var download = await graduate.GetAsync($"/api/evidence/{documentId}/content");
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
    }

    [Fact]
    public async Task Withdraw_afterAnApprovalUsedIt_returns409Used()
    {
        var (talentId, graduate) = await GraduateAsync();
        var documentId = (await UploadAsync(graduate, talentId, "education", Pdf, "毕业证.pdf")).GetProperty("id").GetGuid();
        var verification = (await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}/verifications"))
            .EnumerateArray().Single(v => v.GetProperty("fact").GetString() == "education");
        (await Api.Admin(factory).PostAsJsonAsync($"/api/verifications/{verification.GetProperty("id").GetGuid()}/decision", new { approved = true, verificationCode = "A1B2C3D4E5F6G7H8", reportDate = "2026-01-05" })).EnsureSuccessStatusCode();

        var withdrawn = await graduate.DeleteAsync($"/api/evidence/{documentId}");

        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        Assert.Equal("Used", (await Api.JsonAsync(withdrawn)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Withdraw_byHrOfTheUploadingEmployer_isAllowedAndByAnotherGraduateNot()
    {
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var (employerId, _) = await Api.EmployerAsync(factory);
        await Api.HireAsync(factory, employerId, nationalId);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);
        var documentId = (await UploadAsync(hr, talentId, "identity", Pdf, "身份证.pdf")).GetProperty("id").GetGuid();

        var byOther = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).DeleteAsync($"/api/evidence/{documentId}");
        var byColleague = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).DeleteAsync($"/api/evidence/{documentId}");

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byColleague.StatusCode);
    }

    [Fact]
    public async Task Download_byAnOfficial_isAuditedAndByTheGraduateNot()
    {
        var (talentId, graduate) = await GraduateAsync();
        var documentId = (await UploadAsync(graduate, talentId, "education", Pdf, "毕业证.pdf")).GetProperty("id").GetGuid();
        var store = factory.Services.GetRequiredService<IStore>();

        (await graduate.GetAsync($"/api/evidence/{documentId}/content")).EnsureSuccessStatusCode();
        var before = await store.CountAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "read-evidence");
        var official = await Api.Client(factory, Roles.Official, accountId: "official-reads-evidence").GetAsync($"/api/evidence/{documentId}/content");

        Assert.Equal(HttpStatusCode.OK, official.StatusCode);
        Assert.Equal(Pdf, await official.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, before);
        var audit = Assert.Single(await store.FindAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "read-evidence"));
        Assert.Equal("official-reads-evidence", audit.ActorId);
        Assert.Contains(documentId.ToString(), audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_isStoredEncrypted()
    {
        var (talentId, graduate) = await GraduateAsync();
        var documentId = (await UploadAsync(graduate, talentId, "education", Pdf, "毕业证.pdf")).GetProperty("id").GetGuid();

        var stored = await factory.Services.GetRequiredService<IStore>().GetAsync<EvidenceContent>(documentId);

        Assert.NotNull(stored);
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(stored.Cipher), StringComparison.Ordinal);
    }
}
