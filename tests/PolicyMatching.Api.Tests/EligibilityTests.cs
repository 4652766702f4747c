using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

[Collection(PolicyMatchingCollection.Name)]
public sealed class EligibilityTests(PolicyMatchingFactory factory)
{
    private static JsonElement Policy(JsonElement results, string code) =>
        results.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policyCode").GetString() == code);

    [Fact]
    public async Task MyPolicies_hiredDoctor_isEligibleForTheLivingAllowanceWithAmountAndReasons()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid());

        var results = await factory.ClientFor(Roles.Graduate, talentId: talentId).GetFromJsonAsync<JsonElement>("/api/eligibility/me");

        var allowance = Policy(results, "LIVING_ALLOWANCE");
        Assert.Equal("Eligible", allowance.GetProperty("outcome").GetString());
        Assert.Equal(100_000m, allowance.GetProperty("benefit").GetProperty("amount").GetDecimal());
        Assert.Contains(allowance.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("verdict").GetString() == "Pass" && r.GetProperty("clause").GetString() is not null);
        Assert.Equal(6, results.GetProperty("policies").GetArrayLength());
    }

    [Fact]
    public async Task MyPolicies_notYetHired_saysWhatWouldMakeThemEligible()
    {
        var talentId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId), Guid.NewGuid());
        var client = factory.ClientFor(Roles.Graduate, talentId: talentId);
        var results = await Eventually.GetAsync(async () =>
        {
            var r = await client.GetAsync("/api/eligibility/me");
            return r.IsSuccessStatusCode ? await r.Content.ReadAsStringAsync() : null;
        }, what: "the talent's results");

        var allowance = Policy(JsonDocument.Parse(results).RootElement, "LIVING_ALLOWANCE");
        Assert.NotEqual("Eligible", allowance.GetProperty("outcome").GetString());
        Assert.True(allowance.GetProperty("counterfactuals").GetArrayLength() > 0 || allowance.GetProperty("missingFacts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task WhatIf_moreSocialInsurance_listsThePoliciesThatChange()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid(), insuranceMonths: 1);

        var response = await factory.ClientFor(Roles.Graduate, talentId: talentId)
            .PostAsJsonAsync("/api/eligibility/me/what-if", new { overrides = new Dictionary<string, string> { ["employerInZone"] = "false" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("changes").EnumerateArray(), c => c.GetProperty("policyCode").GetString() == "LIVING_ALLOWANCE" && c.GetProperty("after").GetString() != "Eligible");
    }

    [Fact]
    public async Task WhatIf_unknownFact_is400NamingIt()
    {
        var response = await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid())
            .PostAsJsonAsync("/api/eligibility/me/what-if", new { overrides = new Dictionary<string, string> { ["shoeSize"] = "42" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("shoeSize", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_hr_seesOnlyTheirOwnHires()
    {
        var employer = Guid.NewGuid();
        var mine = await factory.HiredDoctorAsync(employer);
        var theirs = await factory.HiredDoctorAsync(Guid.NewGuid());

        var screened = await factory.ClientFor(Roles.EmployerHr, employerId: employer).GetFromJsonAsync<JsonElement>("/api/eligibility/employer");
        var other = await factory.ClientFor(Roles.EmployerHr, employerId: employer).GetAsync($"/api/eligibility/talents/{theirs}");

        var ids = screened.EnumerateArray().Select(t => t.GetProperty("talentId").GetGuid()).ToList();
        Assert.Equal([mine], ids);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task TalentResults_streetOfficial_onlyForTheirStreet()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid(), street: "龙溪街道");

        var sameStreet = await factory.ClientFor(Roles.Official, street: "龙溪街道").GetAsync($"/api/eligibility/talents/{talentId}");
        var otherStreet = await factory.ClientFor(Roles.Official, street: "凤凰街道").GetAsync($"/api/eligibility/talents/{talentId}");

        Assert.Equal(HttpStatusCode.OK, sameStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
    }

    [Fact]
    public async Task Catalogue_isPublicAndListsEveryPolicyWithVersions()
    {
        var catalogue = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/policies");

        var allowance = catalogue.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "LIVING_ALLOWANCE");
        Assert.Equal(2, allowance.GetProperty("versions").GetArrayLength());
    }
}
