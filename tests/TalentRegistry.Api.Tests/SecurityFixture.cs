using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;
using TalentPortal.Testing.Security;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A host of its own for the generated suites: their requests change records other tests would count.</summary>
public sealed class SecuritySuiteFactory : ServiceFactory<Program>;

/// <summary>The records every route of the service names, arranged through the API: the self graduate registered
/// themself, is hired (confirmed) by the own employer in the own street, has a declared employment there waiting for
/// HR and a second confirmed one to end; the own street has an intake target and the own employer an import. A person an
/// admin registered and the own employer hired is claimed by another graduate (a pending identity claim), and the self
/// graduate's declared education waits for verification, with an evidence document the own employer's HR uploaded.</summary>
public sealed class SecurityFixture
{
    public const string OwnStreet = "龙溪街道";
    public const string OtherStreet = "滨湖街道";
    public const string SelfName = "自测";

    private SecurityFixture(
        PersonaScope scope, string nationalId, Guid hired, Guid declared, Guid toEnd, Guid targetId, Guid jobId, Guid claimId, Guid claimedTalentId, Guid verificationId,
        Guid evidenceId, string creditCode)
    {
        EvidenceId = evidenceId;
        CreditCode = creditCode;
        ClaimId = claimId;
        ClaimedTalentId = claimedTalentId;
        VerificationId = verificationId;
        Scope = scope;
        NationalId = nationalId;
        HiredEmploymentId = hired;
        DeclaredEmploymentId = declared;
        EmploymentToEndId = toEnd;
        TargetId = targetId;
        JobId = jobId;
    }

    public PersonaScope Scope { get; }
    public string NationalId { get; }
    public Guid HiredEmploymentId { get; }
    public Guid DeclaredEmploymentId { get; }
    public Guid EmploymentToEndId { get; }
    public Guid TargetId { get; }
    public Guid JobId { get; }
    public Guid ClaimId { get; }
    public Guid ClaimedTalentId { get; }
    public Guid VerificationId { get; }
    public Guid EvidenceId { get; }
    public string CreditCode { get; }

    public IReadOnlyList<string> Ids =>
        [.. new[] { Scope.SelfTalentId, Scope.OwnEmployerId, HiredEmploymentId, DeclaredEmploymentId, EmploymentToEndId, TargetId, JobId, ClaimId, ClaimedTalentId, VerificationId, EvidenceId }.Select(id => id.ToString())];

    /// <summary>Route values by parameter name or "pattern|name" (the patterns as the routing table or the OpenAPI
    /// document writes them).</summary>
    public Dictionary<string, string> RouteValues(bool openApiPaths)
    {
        var employer = Scope.OwnEmployerId.ToString();
        var id = openApiPaths ? "{id}" : "{id:guid}";
        var employment = openApiPaths ? "{employmentId}" : "{employmentId:guid}";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = Scope.SelfTalentId.ToString(),
            [$"/api/employers/{id}|id"] = employer,
            [$"/api/employers/{id}/hires|id"] = employer,
            [$"/api/talents/{id}/employments/{employment}/confirm|employmentId"] = DeclaredEmploymentId.ToString(),
            [$"/api/talents/{id}/employments/{employment}/end|employmentId"] = EmploymentToEndId.ToString(),
            ["employmentId"] = HiredEmploymentId.ToString(),
            [$"/api/identity-claims/{id}/decision|id"] = ClaimId.ToString(),
            [$"/api/verifications/{id}/decision|id"] = VerificationId.ToString(),
            [$"/api/evidence/{id}/content|id"] = EvidenceId.ToString(),
            [$"/api/evidence/{id}|id"] = EvidenceId.ToString(),
            ["jobId"] = JobId.ToString(),
            ["documentName"] = "v1",
        };
    }

    /// <summary>A valid JSON body per operation: callers in scope pass validation, callers outside it reach the scope check.</summary>
    public Dictionary<string, JsonNode> Bodies() => new(StringComparer.Ordinal)
    {
        ["RegisterTalent"] = new JsonObject
        {
            ["fullName"] = "新人",
            ["nationalId"] = NationalIds.Next(),
            ["phone"] = "13800005678",
            ["email"] = "xin.ren@example.cn",
            ["hukouHuzhou"] = false,
            ["talentTier"] = "C",
            ["education"] = new JsonArray(JsonSerializer.SerializeToNode(Degree())),
        },
        ["UpdateTalentProfile"] = new JsonObject
        {
            ["phone"] = "13800001111",
            ["email"] = "zi.ce@example.cn",
            ["hukouHuzhou"] = true,
            ["ownsHomeLocally"] = false,
            ["firstHomePurchase"] = true,
            ["education"] = new JsonArray(JsonSerializer.SerializeToNode(Degree())),
        },
        ["DeclareEmployment"] = new JsonObject
        {
            ["employerId"] = Scope.OwnEmployerId.ToString(),
            ["startDate"] = "2026-04-01",
            ["contractEnd"] = "2029-03-31",
            ["position"] = "工程师",
            ["socialInsuranceMonths"] = 3,
        },
        ["EndEmployment"] = new JsonObject { ["endDate"] = "2026-09-30", ["reason"] = "离职" },
        ["RegisterEmployer"] = new JsonObject
        {
            ["name"] = "湖州安全测试有限公司",
            ["creditCode"] = Api.NewCreditCode(),
            ["street"] = OwnStreet,
            ["industryChain"] = "DigitalEconomy",
            ["employerType"] = "Enterprise",
        },
        ["HireTalent"] = new JsonObject
        {
            ["nationalId"] = NationalId,
            ["fullName"] = SelfName,
            ["startDate"] = "2026-01-05",
            ["contractEnd"] = "2029-01-04",
            ["position"] = "研发工程师",
            ["socialInsuranceMonths"] = 1,
        },
        ["VerifyTalentIdentity"] = new JsonObject { ["evidence"] = "核验身份证原件" },
        ["SetTalentTier"] = new JsonObject { ["tier"] = "D", ["decisionReference"] = "南太湖人才认定〔2026〕12号" },
        ["SetStartupGrade"] = new JsonObject { ["grade"] = "B", ["decisionReference"] = "南太湖创业评审〔2026〕3号" },
        ["RequestClassification"] = new JsonObject { ["fact"] = "talentTier", ["value"] = "C" },
        ["DecideIdentityClaim"] = new JsonObject { ["approved"] = true, ["reason"] = "核验身份证原件，与申请人一致" },
        ["DecideVerification"] = new JsonObject
        {
            ["approved"] = true,
            ["reason"] = "学信网验证报告一致",
            ["verificationCode"] = "A1B2C3D4E5F6G7H8",
            ["reportDate"] = "2026-01-05",
        },
        ["SetIntakeTarget"] = new JsonObject { ["year"] = 2026, ["street"] = OwnStreet, ["degree"] = "Master", ["targetCount"] = 12 },
    };

    /// <summary>A multipart evidence upload: a small PDF supporting the education.</summary>
    public static MultipartFormDataContent EvidenceForm() =>
        EvidenceTests.Form("education", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"), "学位证.pdf");

    /// <summary>The bureau's file with a month paid by the self graduate at the own employer.</summary>
    public string InsuranceCsv() => $"nationalId,creditCode,month,paid\n{NationalId},{CreditCode},2026-01,1\n";

    public static string ImportCsv() => $"姓名,身份证号,学历,毕业院校,院校层次,毕业时间\n导入,{NationalIds.Next()},本科,湖州师范学院,其他,2024-06\n";

    public static async Task<SecurityFixture> ArrangeAsync(ServiceFactory<Program> factory)
    {
        var (employerId, creditCode) = await Api.EmployerAsync(factory, OwnStreet);
        var self = Guid.NewGuid();
        var nationalId = NationalIds.Next();
        var graduate = Api.Client(factory, Roles.Graduate, talentId: self);
        (await graduate.PostAsJsonAsync("/api/talents", new { fullName = SelfName, nationalId, education = new[] { Degree() } })).EnsureSuccessStatusCode();
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);
        var hired = await IdAsync(await hr.PostAsJsonAsync(
            $"/api/employers/{employerId}/hires", new { nationalId, fullName = SelfName, startDate = "2026-01-05", contractEnd = "2029-01-04" }));
        var declared = await IdAsync(await graduate.PostAsJsonAsync($"/api/talents/{self}/employments", new { employerId, startDate = "2026-02-01" }));
        var toEnd = await IdAsync(await hr.PostAsJsonAsync($"/api/talents/{self}/employments", new { employerId, startDate = "2026-03-01" }));
        var target = await IdAsync(await Api.Admin(factory).PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = OwnStreet, degree = "Doctorate", targetCount = 20 }));
        var job = await IdAsync(await hr.PostAsync("/api/talents/imports", new StringContent(ImportCsv(), Encoding.UTF8, "text/csv")));
        await ImportsSettledAsync(factory);
        var (claimedTalentId, claimedNationalId) = await Api.TalentAsync(factory);
        await Api.HireAsync(factory, employerId, claimedNationalId);
        var claimant = Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid());
        var claim = await claimant.PostAsJsonAsync("/api/talents", new { fullName = Api.TalentName, nationalId = claimedNationalId, education = new[] { Degree() } });
        var claimId = (await Api.JsonAsync(claim)).GetProperty("id").GetGuid();
        var verifications = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{self}/verifications");
        var verificationId = verifications.EnumerateArray().First(v => v.GetProperty("fact").GetString() == "education").GetProperty("id").GetGuid();
        var evidence = await IdAsync(await hr.PostAsync($"/api/talents/{self}/evidence", EvidenceForm()));
        return new SecurityFixture(
            new PersonaScope(self, employerId, OwnStreet, OtherStreet), nationalId, hired, declared, toEnd, target, job, claimId, claimedTalentId, verificationId,
            evidence, creditCode);
    }

    /// <summary>Waits until no import is queued or running (this one's, or one an earlier suite submitted), so no
    /// background work changes the store while a suite watches it.</summary>
    public static Task ImportsSettledAsync(ServiceFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<IStore>();
        return Eventually.TrueAsync(
            async () => await store.CountAsync<ImportJob>(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running) == 0,
            what: "the imports to finish");
    }

    private static object Degree() => new { degreeLevel = "Master", fullTime = true, university = "江南大学", universityTier = "Tier211", major = "化学", graduationDate = "2024-06" };

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await Api.JsonAsync(response)).GetProperty("id").GetGuid();
    }
}
