using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class ReadTalentTests(TalentRegistryFactory factory)
{
    private async Task<(Guid Id, string NationalId)> RegisterAsync(Guid? graduateTalentId = null)
    {
        var nationalId = NationalIds.Next();
        var client = graduateTalentId is { } id ? factory.ClientFor(Roles.Graduate, talentId: id) : factory.ClientFor(Roles.Official);
        var response = await client.PostAsJsonAsync("/api/talents", new
        {
            fullName = "赵敏",
            nationalId,
            education = new[] { new { degreeLevel = "Master", university = "南京大学", universityTier = "Tier985", graduationDate = "2024-07-01" } },
        });
        response.EnsureSuccessStatusCode();
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid(), nationalId);
    }

    [Fact]
    public async Task Get_graduateOwnRecord_isMasked()
    {
        var talentId = Guid.NewGuid();
        var (id, nationalId) = await RegisterAsync(talentId);

        var body = await factory.ClientFor(Roles.Graduate, talentId: talentId).GetFromJsonAsync<JsonElement>($"/api/talents/{id}");

        Assert.NotEqual(nationalId, body.GetProperty("nationalId").GetString());
        Assert.EndsWith(nationalId[^4..], body.GetProperty("nationalId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_graduateOtherRecord_returns403()
    {
        var (id, _) = await RegisterAsync();

        var response = await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()).GetAsync($"/api/talents/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_officialReveal_returnsFullIdAndIsAudited()
    {
        var (id, nationalId) = await RegisterAsync();

        var body = await factory.ClientFor(Roles.Official).GetFromJsonAsync<JsonElement>($"/api/talents/{id}?reveal=true");

        Assert.Equal(nationalId, body.GetProperty("nationalId").GetString());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(1, await store.CountAsync<AuditEntry>(a => a.SubjectId == id && a.Action == "reveal-personal-data"));
    }

    [Fact]
    public async Task Get_hrReveal_returns403()
    {
        var (id, _) = await RegisterAsync();

        var response = await factory.ClientFor(Roles.EmployerHr, employerId: Guid.NewGuid()).GetAsync($"/api/talents/{id}?reveal=true");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_unknownTalent_returns404Problem()
    {
        var response = await factory.ClientFor(Roles.Official).GetAsync($"/api/talents/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
