using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>HR's scope over a person lasts as long as a current employment at their employer, and a hire by national ID
/// cannot take over someone else's person.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class ScopeTests(TalentRegistryFactory factory)
{
    [Fact]
    public async Task Read_byHrWhoRegisteredAndHiredTheTalentAfterTheEmploymentEnded_returns403()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId, accountId: $"hr-{Guid.NewGuid():N}");
        var registered = await hr.PostAsJsonAsync("/api/talents", new
        {
            fullName = "周八",
            nationalId = NationalIds.Next(),
            education = new[] { new { degreeLevel = "Master", university = "江南大学", universityTier = "Tier211", graduationDate = "2025-06" } },
        });
        var talentId = (await Api.JsonAsync(registered)).GetProperty("id").GetGuid();
        var hired = await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments", new { employerId, startDate = "2026-04-01" });
        var employmentId = (await Api.JsonAsync(hired)).GetProperty("id").GetGuid();
        var whileEmployed = await hr.GetAsync($"/api/talents/{talentId}");
        (await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-08-31" })).EnsureSuccessStatusCode();

        var talent = await hr.GetAsync($"/api/talents/{talentId}");
        var employments = await hr.GetAsync($"/api/talents/{talentId}/employments");
        var declare = await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments", new { employerId, startDate = "2026-09-01" });

        Assert.Equal(HttpStatusCode.OK, whileEmployed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, talent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, employments.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, declare.StatusCode);
    }

    [Fact]
    public async Task Hire_byNationalIdWithANameThatDoesNotMatch_returnsTheSame404AsAnUnregisteredIdAndTakesNoScope()
    {
        var (first, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        await Api.HireAsync(factory, first, nationalId);
        var (other, _) = await Api.EmployerAsync(factory);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: other);

        var wrongName = await hr.PostAsJsonAsync($"/api/employers/{other}/hires", new { nationalId, fullName = "冒名", startDate = "2026-05-01" });
        var unregistered = await hr.PostAsJsonAsync($"/api/employers/{other}/hires", new { nationalId = NationalIds.Next(), fullName = "冒名", startDate = "2026-05-01" });

        Assert.Equal(HttpStatusCode.NotFound, wrongName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unregistered.StatusCode);
        Assert.Equal((await Api.JsonAsync(unregistered)).GetProperty("detail").GetString(), (await Api.JsonAsync(wrongName)).GetProperty("detail").GetString());
        Assert.DoesNotContain(talentId.ToString(), await wrongName.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync($"/api/talents/{talentId}")).StatusCode);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Employment>(e => e.TalentId == talentId && e.EmployerId == other));
    }

    [Fact]
    public async Task Hire_byNationalIdAndTheNameOnTheIdCard_ignoresCaseAndSpacing()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var nationalId = NationalIds.Next();
        (await Api.Admin(factory).PostAsJsonAsync("/api/talents", new
        {
            fullName = "Chen Yi",
            nationalId,
            education = new[] { new { degreeLevel = "Master", university = "Fudan", universityTier = "Tier985", graduationDate = "2025-06" } },
        })).EnsureSuccessStatusCode();

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId)
            .PostAsJsonAsync($"/api/employers/{employerId}/hires", new { nationalId, fullName = " chen  YI ", startDate = "2026-05-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Hire_withoutFullName_returns400NamingFullName()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (_, nationalId) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId)
            .PostAsJsonAsync($"/api/employers/{employerId}/hires", new { nationalId, startDate = "2026-05-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("fullName", out _));
    }
}
