using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>Facts from their authoritative source move eligibility across the services, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class TrustedFactsTests(PortalSystem system)
{
    private static readonly Guid Weilan = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
    private const string WeilanCreditCode = "913305017526750199";

    [Fact]
    public async Task TheSocialInsuranceBureausFile_givesMonthsHrDidNotDeclare_andTheLivingAllowanceFollows()
    {
        using var official = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));
        using var hr = system.Client(await system.LoginAsync("hr.weilan", "Demo#2026hr"));
        var nationalId = NationalIds.Next();
        var created = await official.PostAsJsonAsync("api/talents", new
        {
            fullName = "社保核验",
            nationalId,
            education = new[] { new { degreeLevel = "Master", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "材料", graduationDate = "2025-06" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var talentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var hire = await hr.PostAsJsonAsync($"api/employers/{Weilan}/hires", new { nationalId, fullName = "社保核验", startDate = "2025-09-01", socialInsuranceMonths = 0 });
        Assert.Equal(HttpStatusCode.Created, hire.StatusCode);
        Assert.Equal("NotEligible", await LivingAllowanceAsync(official, talentId, "NotEligible"));

        var file = $"nationalId,creditCode,month,paid\n{nationalId},{WeilanCreditCode},2026-09,1\n{nationalId},{WeilanCreditCode},2026-10,1\n{nationalId},{WeilanCreditCode},2026-11,1\n";
        var import = await official.PostAsync("api/insurance-records/imports", new StringContent(file, Encoding.UTF8, "text/csv"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        Assert.Equal("Eligible", await LivingAllowanceAsync(official, talentId, "Eligible"));
        var facts = await (await official.GetAsync($"api/talent-facts/{talentId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Registry", facts.GetProperty("provenance").GetProperty("socialInsuranceMonths").GetProperty("source").GetString());
    }

    private static async Task<string> LivingAllowanceAsync(HttpClient client, Guid talentId, string expected) =>
        await Eventually.GetAsync(async () =>
        {
            using var response = await client.GetAsync($"api/eligibility/talents/{talentId}");
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("policies").EnumerateArray()
                .First(p => p.GetProperty("policyCode").GetString() == "LIVING_ALLOWANCE").GetProperty("outcome").GetString();
            return outcome == expected ? outcome : null;
        }, TimeSpan.FromSeconds(30), $"the living allowance to be {expected}");
}
