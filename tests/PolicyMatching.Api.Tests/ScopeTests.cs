using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Street officials see their street, HR sees people while employing them, and a missing record answers
/// like one outside the caller's scope.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class ScopeTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);

    [Fact]
    public async Task TalentFacts_streetOfficialOfAnotherStreet_is403_andOfTheTalentsStreet_is200()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid(), street: "龙溪街道");

        var otherStreet = await factory.ClientFor(Roles.Official, street: "凤凰街道").GetAsync($"/api/talent-facts/{talentId}");
        var sameStreet = await factory.ClientFor(Roles.Official, street: "龙溪街道").GetAsync($"/api/talent-facts/{talentId}");

        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameStreet.StatusCode);
    }

    [Fact]
    public async Task Hr_afterTheEmploymentEnded_losesResultsApplicationsScreeningAndApplying()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var hr = _flows.Hr(employer);
        var application = await Flows.OkAsync(await hr.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE", talentId }));
        var id = application.GetProperty("id").GetGuid();
        var facts = (await factory.Services.GetRequiredService<IStore>().GetAsync<TalentFacts>(talentId))!;
        await factory.ApplyAsync(talentId, new EmploymentEnded(talentId, facts.EmploymentId!.Value, employer, new DateOnly(2026, 11, 30), DateTimeOffset.UtcNow));

        var results = await hr.GetAsync($"/api/eligibility/talents/{talentId}");
        var read = await hr.GetAsync($"/api/applications/{id}");
        var listed = await hr.GetFromJsonAsync<JsonElement>("/api/applications");
        var screened = await hr.GetFromJsonAsync<JsonElement>("/api/eligibility/employer");
        var apply = await hr.PostAsJsonAsync("/api/applications", new { policyCode = "TALENT_APARTMENT", talentId });

        Assert.Equal(HttpStatusCode.Forbidden, results.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(0, listed.GetArrayLength());
        Assert.Equal(0, screened.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, apply.StatusCode);
    }

    [Fact]
    public async Task TalentResults_forHr_anUnknownTalentAnswersLikeAnotherEmployersHire()
    {
        var someoneElses = await factory.HiredDoctorAsync(Guid.NewGuid());
        var hr = _flows.Hr(Guid.NewGuid());

        var unknown = await hr.GetAsync($"/api/eligibility/talents/{Guid.NewGuid()}");
        var other = await hr.GetAsync($"/api/eligibility/talents/{someoneElses}");
        var unknownToZone = await factory.ClientFor(Roles.Official).GetAsync($"/api/eligibility/talents/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownToZone.StatusCode);
    }

    [Fact]
    public async Task PolicyDiff_streetOfficial_seesTheNamesOfTheirStreetOnly()
    {
        var mine = await factory.HiredDoctorAsync(Guid.NewGuid(), street: "仁皇山街道");
        var theirs = await factory.HiredDoctorAsync(Guid.NewGuid(), street: "康山街道");
        var admin = factory.ClientFor(Roles.Admin);
        var yaml = File.ReadAllText(Testing.RepositoryPaths.Combine("seeds", "policies", "living-allowance.yaml"))
            .Replace("amount: 100000", "amount: 110000", StringComparison.Ordinal);
        var draft = await Flows.OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml }));
        var street = factory.ClientFor(Roles.Official, street: "仁皇山街道");

        var result = await PolicyAdminTests.DiffAsync(street, draft.GetProperty("id").GetGuid());
        var zone = await PolicyAdminTests.DiffAsync(factory.ClientFor(Roles.Official), draft.GetProperty("id").GetGuid());

        var names = result.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("talentId").GetGuid()).ToList();
        Assert.Contains(mine, names);
        Assert.DoesNotContain(theirs, names);
        Assert.True(zone.GetProperty("talentsEvaluated").GetInt32() > result.GetProperty("talentsEvaluated").GetInt32());
    }
}
