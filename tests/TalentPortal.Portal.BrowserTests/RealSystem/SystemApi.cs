using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>A graduate the journeys arranged through the gateway's API.</summary>
internal sealed record Graduate(string Username, string Password, string Name, string NationalId, Guid TalentId);

/// <summary>Arranges what another role's journey covers in the browser, through the gateway's API as that role would
/// (never a stub): a registered graduate, a declared or confirmed hire, an application confirmed by the employer.</summary>
internal sealed class SystemApi(PortalSystem system)
{
    public const string LivingAllowance = "LIVING_ALLOWANCE";

    /// <summary>A new graduate account with its talent record: full-time master of a 211 university, graduated 2025-06.</summary>
    public async Task<Graduate> RegisteredGraduateAsync(string name)
    {
        var username = $"g{Guid.NewGuid():N}"[..16];
        const string password = "graduate-pass-1";
        using var anonymous = system.Client();
        var account = await ReadAsync(await anonymous.PostAsJsonAsync("api/auth/register", new { username, password, displayName = name }));
        using var graduate = system.Client(account.GetProperty("accessToken").GetString());
        var nationalId = NationalIds.Next();
        var talent = await ReadAsync(await graduate.PostAsJsonAsync("api/talents", new
        {
            fullName = name,
            nationalId,
            education = new[] { new { degreeLevel = "Master", fullTime = true, university = "苏州大学", universityTier = "Tier211", major = "化学工程", graduationDate = "2025-06" } },
        }));
        return new Graduate(username, password, name, nationalId, talent.GetProperty("id").GetGuid());
    }

    /// <summary>The graduate declares employment at 卫蓝新能源; the hire awaits HR's confirmation.</summary>
    public async Task<Guid> DeclaredAtWeilanAsync(Graduate graduate)
    {
        using var client = system.Client(await system.LoginAsync(graduate.Username, graduate.Password));
        var employment = await ReadAsync(await client.PostAsJsonAsync($"api/talents/{graduate.TalentId}/employments", new
        {
            employerId = DemoAccounts.WeilanEmployerId,
            startDate = "2025-08-01",
            position = "电池工艺工程师",
            socialInsuranceMonths = 12,
        }));
        return employment.GetProperty("id").GetGuid();
    }

    /// <summary>A graduate hired at 卫蓝新能源 (HR confirmed the hire) who applied for the living allowance: next is HR's confirmation.</summary>
    public async Task<(Graduate Graduate, Guid ApplicationId)> AppliedForLivingAllowanceAsync(string name)
    {
        var graduate = await RegisteredGraduateAsync(name);
        var employmentId = await DeclaredAtWeilanAsync(graduate);
        using var hr = system.Client(await system.LoginAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword));
        await ReadAsync(await hr.PostAsync($"api/talents/{graduate.TalentId}/employments/{employmentId}/confirm", null));

        using var client = system.Client(await system.LoginAsync(graduate.Username, graduate.Password));
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync("api/eligibility/me");
            return response.IsSuccessStatusCode && IsEligible(await response.Content.ReadFromJsonAsync<JsonElement>(), LivingAllowance);
        }, TimeSpan.FromSeconds(30), "the living allowance to become eligible");
        var application = await ReadAsync(await client.PostAsJsonAsync("api/applications", new { policyCode = LivingAllowance }));
        return (graduate, application.GetProperty("id").GetGuid());
    }

    /// <summary>As <see cref="AppliedForLivingAllowanceAsync"/>, and HR confirmed the application: next is the officials' review.</summary>
    public async Task<Graduate> ApplicationConfirmedByEmployerAsync(string name)
    {
        var (graduate, applicationId) = await AppliedForLivingAllowanceAsync(name);
        using var hr = system.Client(await system.LoginAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword));
        await ReadAsync(await hr.PostAsync($"api/applications/{applicationId}/employer-confirmation", null));
        return graduate;
    }

    /// <summary>A graduate who registered themself claiming a doctorate (nobody has verified it), hired at 卫蓝新能源, whose
    /// living-allowance application HR confirmed and an official put under public notice.</summary>
    public async Task<(Graduate Graduate, Guid ApplicationId)> SelfDeclaredDoctorInNoticeAsync(string name)
    {
        var username = $"g{Guid.NewGuid():N}"[..16];
        const string password = "graduate-pass-1";
        using var anonymous = system.Client();
        var account = await ReadAsync(await anonymous.PostAsJsonAsync("api/auth/register", new { username, password, displayName = name }));
        using var own = system.Client(account.GetProperty("accessToken").GetString());
        var nationalId = NationalIds.Next();
        var talent = await ReadAsync(await own.PostAsJsonAsync("api/talents", new
        {
            fullName = name,
            nationalId,
            education = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "材料科学", graduationDate = "2025-06" } },
        }));
        var graduate = new Graduate(username, password, name, nationalId, talent.GetProperty("id").GetGuid());
        var employmentId = await DeclaredAtWeilanAsync(graduate);
        using var hr = system.Client(await system.LoginAsync(DemoAccounts.HrUsername, DemoAccounts.HrPassword));
        await ReadAsync(await hr.PostAsync($"api/talents/{graduate.TalentId}/employments/{employmentId}/confirm", null));

        using var client = system.Client(await system.LoginAsync(username, password));
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync("api/eligibility/me");
            return response.IsSuccessStatusCode && IsEligible(await response.Content.ReadFromJsonAsync<JsonElement>(), LivingAllowance);
        }, TimeSpan.FromSeconds(30), "the living allowance to become eligible (pending the degree)");
        var application = (await ReadAsync(await client.PostAsJsonAsync("api/applications", new { policyCode = LivingAllowance }))).GetProperty("id").GetGuid();
        await ReadAsync(await hr.PostAsync($"api/applications/{application}/employer-confirmation", null));
        using var official = system.Client(await system.LoginAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword));
        await ReadAsync(await official.PostAsJsonAsync($"api/applications/{application}/public-notice", new { reason = "材料齐全" }));
        return (graduate, application);
    }

    /// <summary>The graduate uploads their degree certificate (a PDF) for the degree awaiting verification.</summary>
    public async Task UploadedDegreeCertificateAsync(Graduate graduate)
    {
        using var client = system.Client(await system.LoginAsync(graduate.Username, graduate.Password));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("education"), "fact" },
            { new ByteArrayContent("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray()), "file", "博士学位证书.pdf" },
        };
        await ReadAsync(await client.PostAsync($"api/talents/{graduate.TalentId}/evidence", form));
    }

    /// <summary>Waits until policy-matching has the degree as verified by an official.</summary>
    public async Task DegreeVerifiedInMatchingAsync(Graduate graduate)
    {
        using var official = system.Client(await system.LoginAsync(DemoAccounts.OfficialUsername, DemoAccounts.OfficialPassword));
        await Eventually.TrueAsync(async () =>
        {
            using var response = await official.GetAsync($"api/talent-facts/{graduate.TalentId}");
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("provenance").TryGetProperty("degreeLevel", out var degree)
                && degree.GetProperty("source").GetString() == "OfficialVerified";
        }, TimeSpan.FromSeconds(30), "policy-matching to learn that the degree is verified");
    }

    private static bool IsEligible(JsonElement eligibility, string policyCode) =>
        eligibility.GetProperty("policies").EnumerateArray()
            .Any(p => p.GetProperty("policyCode").GetString() == policyCode && p.GetProperty("outcome").GetString() == "Eligible");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {body}");
            }

            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
