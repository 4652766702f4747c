using System.Net;
using System.Net.Http.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class EmploymentTests(TalentRegistryFactory factory)
{
    private static object Terms(Guid employerId, string start = "2026-04-01", string? contractEnd = "2029-03-31") =>
        new { employerId, startDate = start, contractEnd, position = "研发工程师", socialInsuranceMonths = 2 };

    [Fact]
    public async Task Hire_byHrOfTheEmployer_confirmsAndPublishesEmploymentConfirmedWithEligibilityFacts()
    {
        var (employerId, _) = await Api.EmployerAsync(factory, "杨家埠街道", "LithiumBatteries", "ResearchInstitute");
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var probe = await Api.ListenAsync<EmploymentConfirmed>(factory, e => e.TalentId == talentId);

        var employmentId = await Api.HireAsync(factory, employerId, nationalId, "2026-03-01");

        var published = await probe.WaitAsync();
        Assert.Equal(employmentId, published.EmploymentId);
        Assert.Equal(employerId, published.EmployerId);
        Assert.True(published.EmployerInZone);
        Assert.Equal("ResearchInstitute", published.EmployerType);
        Assert.Equal("LithiumBatteries", published.IndustryChain);
        Assert.Equal(new DateOnly(2026, 3, 1), published.StartDate);
        Assert.Equal(new DateOnly(2029, 2, 28), published.ContractEnd);
        Assert.Equal(3, published.SocialInsuranceMonths);
    }

    [Fact]
    public async Task Hire_byHrOfAnotherEmployer_returns403()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (_, nationalId) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: Guid.NewGuid())
            .PostAsJsonAsync($"/api/employers/{employerId}/hires", new { nationalId, fullName = Api.TalentName, startDate = "2026-01-05" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Hire_unregisteredPerson_returns404AndHireOfSamePersonTwice_returns409()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);
        var (_, nationalId) = await Api.TalentAsync(factory);
        await Api.HireAsync(factory, employerId, nationalId, "2026-02-01");

        var unknown = await hr.PostAsJsonAsync($"/api/employers/{employerId}/hires", new { nationalId = NationalIds.Next(), fullName = Api.TalentName, startDate = "2026-02-01" });
        var twice = await hr.PostAsJsonAsync($"/api/employers/{employerId}/hires", new { nationalId, fullName = Api.TalentName, startDate = "2026-02-01" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("Confirmed", (await Api.JsonAsync(twice)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Declare_byGraduateThenConfirmByHr_movesDeclaredToConfirmed()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);

        var declared = await Api.Client(factory, Roles.Graduate, talentId: own).PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId));
        var employmentId = (await Api.JsonAsync(declared)).GetProperty("id").GetGuid();
        var confirmed = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsync($"/api/talents/{talentId}/employments/{employmentId}/confirm", null);

        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        Assert.Equal("Declared", (await Api.JsonAsync(declared)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Confirmed", (await Api.JsonAsync(confirmed)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Confirm_twice_returns409NamingTheCurrentState()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var employmentId = await Api.HireAsync(factory, employerId, nationalId);

        var again = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsync($"/api/talents/{talentId}/employments/{employmentId}/confirm", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Confirmed", (await Api.JsonAsync(again)).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData(Roles.Official, null)]
    [InlineData(Roles.EmployerHr, "other")]
    [InlineData(Roles.Graduate, null)]
    public async Task Confirm_byAnyoneButTheEmployersHr_returns403(string role, string? employer)
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var declared = await Api.Client(factory, Roles.Graduate, talentId: own).PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId));
        var employmentId = (await Api.JsonAsync(declared)).GetProperty("id").GetGuid();

        var response = await Api.Client(factory, role, talentId: own, employerId: employer is null ? null : Guid.NewGuid())
            .PostAsync($"/api/talents/{talentId}/employments/{employmentId}/confirm", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task End_confirmedEmployment_publishesEmploymentEndedAndASecondEndIs409()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var employmentId = await Api.HireAsync(factory, employerId, nationalId);
        var probe = await Api.ListenAsync<EmploymentEnded>(factory, e => e.EmploymentId == employmentId);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);

        var ended = await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-09-30", reason = "离职" });
        var again = await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-10-31" });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var published = await probe.WaitAsync();
        Assert.Equal(new DateOnly(2026, 9, 30), published.EndDate);
        Assert.Equal("离职", published.Reason);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Ended", (await Api.JsonAsync(again)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task End_beforeTheStartDate_returns400NamingEndDateAndChangesNothing()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var employmentId = await Api.HireAsync(factory, employerId, nationalId, "2026-03-01");

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-02-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("endDate", out _));
        var list = await Api.JsonAsync(await Api.Admin(factory).GetAsync($"/api/talents/{talentId}/employments"));
        Assert.Equal("Confirmed", list[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task End_byOfficialOfAnotherStreet_returns403()
    {
        var (employerId, _) = await Api.EmployerAsync(factory, "滨湖街道");
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var employmentId = await Api.HireAsync(factory, employerId, nationalId);

        var response = await Api.Client(factory, Roles.Official, street: "凤凰街道")
            .PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2026-09-30" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Declare_invalidTerms_returns400NamingEveryField()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PostAsJsonAsync(
            $"/api/talents/{talentId}/employments", new { startDate = "2026-04-31", contractEnd = "soon", socialInsuranceMonths = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.JsonAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "employerId", "startDate", "contractEnd", "socialInsuranceMonths" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Declare_contractEndingBeforeStart_returns400()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId, "2026-04-01", "2026-03-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty("contractEnd", out _));
    }

    [Fact]
    public async Task Declare_onSomeoneElsesRecordAsGraduate_returns403()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Declare_unknownEmployer_returns404()
    {
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Declare_byHrOfTheEmployerForATalentTheyRegistered_isConfirmedAtOnce()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId, accountId: $"hr-{Guid.NewGuid():N}");
        var registered = await hr.PostAsJsonAsync("/api/talents", new
        {
            fullName = "冯六",
            nationalId = NationalIds.Next(),
            education = new[] { new { degreeLevel = "Master", university = "江南大学", universityTier = "Tier211", graduationDate = "2025-06" } },
        });
        var talentId = (await Api.JsonAsync(registered)).GetProperty("id").GetGuid();

        var response = await hr.PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Confirmed", (await Api.JsonAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Declare_byStreetOfficialForAnEmployerInAnotherStreet_returns403()
    {
        var (employerId, _) = await Api.EmployerAsync(factory, "滨湖街道");
        var official = Api.Client(factory, Roles.Official, street: "凤凰街道", accountId: $"official-{Guid.NewGuid():N}");
        var registered = await official.PostAsJsonAsync("/api/talents", new
        {
            fullName = "陈七",
            nationalId = NationalIds.Next(),
            education = new[] { new { degreeLevel = "Bachelor", university = "湖州师范学院", universityTier = "Other", graduationDate = "2025-06" } },
        });
        var talentId = (await Api.JsonAsync(registered)).GetProperty("id").GetGuid();

        var response = await official.PostAsJsonAsync($"/api/talents/{talentId}/employments", Terms(employerId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
