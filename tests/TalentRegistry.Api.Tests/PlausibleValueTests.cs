using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>No impossible value is stored: dates outside believable windows, numbers outside their range and text with
/// control or bidirectional characters are a 400 naming the field.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class PlausibleValueTests(TalentRegistryFactory factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static object Talent(string nationalId, string name = "吴十二", string graduation = "2024-06") => new
    {
        fullName = name,
        nationalId,
        education = new[] { new { degreeLevel = "Master", university = "南京大学", universityTier = "Tier985", graduationDate = graduation } },
    };

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
    }

    [Fact]
    public async Task Register_nationalIdWhoseBirthDateIsInTheFuture_returns400NamingNationalIdAndStoresNothing()
    {
        var name = $"未来{Guid.NewGuid():N}"[..10];

        var response = await Api.Admin(factory).PostAsJsonAsync("/api/talents", Talent(NationalIds.Next(Today.AddDays(30)), name));

        await AssertNamesAsync(response, "nationalId");
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Talent>(t => t.FullName == name));
    }

    [Theory]
    [InlineData("1949-12")]
    [InlineData("2099-06-30")]
    public async Task Register_graduationDateOutsideItsWindow_returns400NamingTheDegreesGraduationDate(string graduation)
    {
        var response = await Api.Admin(factory).PostAsJsonAsync("/api/talents", Talent(NationalIds.Next(), graduation: graduation));

        await AssertNamesAsync(response, "education[0].graduationDate");
    }

    [Fact]
    public async Task UpdateProfile_graduationDateMoreThanAYearAhead_returns400NamingIt()
    {
        var (talentId, _) = await Api.TalentAsync(factory);
        var graduation = Today.AddYears(2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var response = await Api.Admin(factory).PatchAsJsonAsync($"/api/talents/{talentId}/profile", new
        {
            education = new[] { new { degreeLevel = "Doctorate", university = "浙江大学", universityTier = "Tier985", graduationDate = graduation } },
        });

        await AssertNamesAsync(response, "education[0].graduationDate");
    }

    [Theory]
    [InlineData("1949-12-31", null, "startDate")]
    [InlineData("2099-01-01", null, "startDate")]
    [InlineData("2026-01-01", "2056-01-02", "contractEnd")]
    public async Task Declare_datesOutsideTheirWindows_returns400NamingTheFieldAndStoresNothing(string start, string? contractEnd, string field)
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments", new { employerId, startDate = start, contractEnd });

        await AssertNamesAsync(response, field);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Employment>(e => e.TalentId == talentId));
    }

    [Theory]
    [InlineData("2099-01-01", null, 0, "startDate")]
    [InlineData("2026-01-01", "2060-01-01", 0, "contractEnd")]
    [InlineData("2026-01-01", null, 601, "socialInsuranceMonths")]
    public async Task Hire_termsOutsideTheirWindows_returns400NamingTheField(string start, string? contractEnd, int months, string field)
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (_, nationalId) = await Api.TalentAsync(factory);

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsJsonAsync(
            $"/api/employers/{employerId}/hires", new { nationalId, fullName = Api.TalentName, startDate = start, contractEnd, socialInsuranceMonths = months });

        await AssertNamesAsync(response, field);
    }

    [Fact]
    public async Task End_endDateMoreThanAYearAhead_returns400NamingEndDate()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var employmentId = await Api.HireAsync(factory, employerId, nationalId);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments/{employmentId}/end", new { endDate = "2099-12-31" });

        await AssertNamesAsync(response, "endDate");
    }

    [Theory]
    [InlineData("张\u202E三")]
    [InlineData("张\u0000三")]
    [InlineData("张\n三")]
    public async Task Register_nameWithControlOrBidirectionalCharacters_returns400NamingFullName(string name)
    {
        var response = await Api.Admin(factory).PostAsJsonAsync("/api/talents", Talent(NationalIds.Next(), name));

        await AssertNamesAsync(response, "fullName");
    }

    [Fact]
    public async Task RegisterEmployer_nameWithABidirectionalOverride_returns400NamingName()
    {
        var response = await Api.Admin(factory).PostAsJsonAsync("/api/employers", new
        {
            name = "测试\u202E司公",
            creditCode = Api.NewCreditCode(),
            street = "凤凰街道",
            industryChain = "Semiconductors",
            employerType = "Enterprise",
        });

        await AssertNamesAsync(response, "name");
    }

    [Fact]
    public async Task Declare_positionWithAControlCharacter_returns400NamingPosition()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, _) = await Api.TalentAsync(factory);

        var response = await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{talentId}/employments", new { employerId, startDate = "2026-01-01", position = "工程师\u0007" });

        await AssertNamesAsync(response, "position");
    }
}
