using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A self-registered identity is unverified until HR confirms a hire, or an official registers or verifies
/// the person; who vouched for it is the birth date's provenance.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class IdentityTests(TalentRegistryFactory factory)
{
    private async Task<JsonElement> ReadAsync(Guid talentId, HttpClient? client = null) =>
        await (client ?? Api.Admin(factory)).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");

    [Fact]
    public async Task Register_graduateSelf_isUnverifiedWithSelfDeclaredFacts()
    {
        var own = Guid.NewGuid();
        var probe = await Api.ListenAsync<TalentRegistered>(factory, e => e.TalentId == own);

        await Api.TalentAsync(factory, graduateTalentId: own);

        var talent = await ReadAsync(own);
        Assert.Equal("Unverified", talent.GetProperty("identityStatus").GetString());
        Assert.Equal("SelfDeclared", talent.GetProperty("provenance").GetProperty("birthDate").GetProperty("source").GetString());
        Assert.Equal("SelfDeclared", talent.GetProperty("provenance").GetProperty("degreeLevel").GetProperty("source").GetString());
        var published = await probe.WaitAsync();
        Assert.Equal(IdentityStatuses.Unverified, published.IdentityStatus);
        Assert.Equal(FactSources.SelfDeclared, published.Provenance![Facts.GraduationDate].Source);
    }

    [Fact]
    public async Task Register_byAnOfficial_isVerifiedWithOfficialFactsAndTheEventSaysSo()
    {
        var probe = await Api.ListenAsync<TalentRegistered>(factory, e => e.DisplayName == "官方登记");
        var response = await Api.Client(factory, Roles.Official, accountId: "official-7").PostAsJsonAsync("/api/talents", new
        {
            fullName = "官方登记",
            nationalId = Testing.NationalIds.Next(),
            hukouHuzhou = true,
            talentTier = "C",
            education = new[] { new { degreeLevel = "Master", university = "南京大学", universityTier = "Tier985", graduationDate = "2024-06" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Equal("Verified", body.GetProperty("identityStatus").GetString());
        var provenance = body.GetProperty("provenance");
        Assert.Equal("OfficialVerified", provenance.GetProperty("talentTier").GetProperty("source").GetString());
        Assert.Equal("official-7", provenance.GetProperty("hukouHuzhou").GetProperty("by").GetString());
        var published = await probe.WaitAsync();
        Assert.Equal(IdentityStatuses.Verified, published.IdentityStatus);
        Assert.Equal(FactSources.OfficialVerified, published.Provenance![Facts.BirthDate].Source);
        Assert.Equal(FactSources.OfficialVerified, published.Provenance[Facts.DegreeLevel].Source);
    }

    [Fact]
    public async Task Hire_ofAnUnverifiedTalent_attestsTheIdentityAndSaysSo()
    {
        var own = Guid.NewGuid();
        var (talentId, nationalId) = await Api.TalentAsync(factory, graduateTalentId: own);
        var (employerId, _) = await Api.EmployerAsync(factory);
        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId);

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId, accountId: "hr-attests").PostAsJsonAsync(
            $"/api/employers/{employerId}/hires", new { nationalId, fullName = Api.TalentName, startDate = "2026-03-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("identityAttested").GetBoolean());
        var talent = await ReadAsync(talentId);
        Assert.Equal("Verified", talent.GetProperty("identityStatus").GetString());
        Assert.Equal("Hire", talent.GetProperty("identityMethod").GetString());
        Assert.Equal("EmployerAttested", talent.GetProperty("provenance").GetProperty("birthDate").GetProperty("source").GetString());
        Assert.Equal("hr-attests", talent.GetProperty("provenance").GetProperty("birthDate").GetProperty("by").GetString());
        Assert.Equal(IdentityStatuses.Verified, (await probe.WaitAsync()).IdentityStatus);
    }

    [Fact]
    public async Task ConfirmEmployment_declaredByTheGraduate_attestsTheIdentity()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var (employerId, _) = await Api.EmployerAsync(factory);
        var declared = await Api.JsonAsync(await Api.Client(factory, Roles.Graduate, talentId: own).PostAsJsonAsync(
            $"/api/talents/{talentId}/employments", new { employerId, startDate = "2026-02-01" }));

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsync(
            $"/api/talents/{talentId}/employments/{declared.GetProperty("id").GetGuid()}/confirm", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("identityAttested").GetBoolean());
        Assert.Equal("Verified", (await ReadAsync(talentId)).GetProperty("identityStatus").GetString());
    }

    [Fact]
    public async Task VerifyIdentity_byAnOfficial_verifiesOnceAndIsAudited()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var official = Api.Client(factory, Roles.Official, accountId: "official-checks-id");

        var response = await official.PostAsJsonAsync($"/api/talents/{talentId}/identity/verify", new { evidence = "身份证原件核验，人证一致" });
        var again = await official.PostAsJsonAsync($"/api/talents/{talentId}/identity/verify", new { evidence = "再次核验" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Equal("Verified", body.GetProperty("identityStatus").GetString());
        Assert.Equal("OfficialVerified", body.GetProperty("provenance").GetProperty("birthDate").GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Verified", (await Api.JsonAsync(again)).GetProperty("state").GetString());
        var audit = await factory.Services.GetRequiredService<IStore>().FindAsync<AuditEntry>(a => a.SubjectId == talentId && a.Action == "verify-identity");
        Assert.Equal("official-checks-id", Assert.Single(audit).ActorId);
        Assert.Equal("身份证原件核验，人证一致", audit[0].Detail);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(501)]
    public async Task VerifyIdentity_withoutEvidenceOrTooLong_returns400NamingEvidenceAndVerifiesNothing(int length)
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var evidence = length < 0 ? null : new string('证', length);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/identity/verify", new { evidence });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("evidence", out _));
        Assert.Equal("Unverified", (await ReadAsync(talentId)).GetProperty("identityStatus").GetString());
    }

    [Fact]
    public async Task VerifyIdentity_byTheGraduateOrAStreetOfficialOutsideTheirStreet_returns403()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);

        var graduate = await Api.Client(factory, Roles.Graduate, talentId: own).PostAsJsonAsync($"/api/talents/{talentId}/identity/verify", new { evidence = "我自己" });
        var street = await Api.Client(factory, Roles.Official, street: "龙溪街道").PostAsJsonAsync($"/api/talents/{talentId}/identity/verify", new { evidence = "核验" });

        Assert.Equal(HttpStatusCode.Forbidden, graduate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, street.StatusCode);
    }

    [Fact]
    public async Task Get_asTheGraduate_showsSourcesAndDatesButNotWhoSuppliedThem()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var talent = await ReadAsync(talentId, Api.Client(factory, Roles.Graduate, talentId: talentId));

        var degree = talent.GetProperty("provenance").GetProperty("degreeLevel");
        Assert.Equal("OfficialVerified", degree.GetProperty("source").GetString());
        Assert.True(degree.TryGetProperty("at", out _));
        Assert.False(degree.TryGetProperty("by", out _));
    }
}
