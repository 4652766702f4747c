using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>No answer tells a caller outside a record's scope that a national ID is registered or which record holds it,
/// masks keep the last four characters only, HR sees a birth year and every HR read is audited.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class PersonalDataTests(TalentRegistryFactory factory)
{
    private static object Body(string nationalId, string name = "郑九") => new
    {
        fullName = name,
        nationalId,
        phone = "13900001234",
        education = new[] { new { degreeLevel = "Bachelor", university = "湖州师范学院", universityTier = "Other", graduationDate = "2024-06" } },
    };

    [Theory]
    [InlineData(Roles.Graduate)]
    [InlineData(Roles.EmployerHr)]
    [InlineData(Roles.Official)]
    public async Task Register_aRegisteredNationalIdByACallerOutsideItsScope_returns409WithoutIds(string role)
    {
        // A record held by an account whose identity an official verified: a graduate cannot claim it either.
        var nationalId = NationalIds.Next();
        var holder = Guid.NewGuid();
        var first = await Api.JsonAsync(await Api.Client(factory, Roles.Graduate, talentId: holder).PostAsJsonAsync("/api/talents", Body(nationalId)));
        var existingId = first.GetProperty("id").GetGuid();
        (await Api.Admin(factory).PostAsJsonAsync($"/api/talents/{existingId}/identity/verify", new { evidence = "身份证原件" })).EnsureSuccessStatusCode();
        var caller = Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: Guid.NewGuid(), street: role == Roles.Official ? "龙溪街道" : null);

        var again = await caller.PostAsJsonAsync("/api/talents", Body(nationalId, "另一人"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var text = await again.Content.ReadAsStringAsync();
        var problem = await Api.JsonAsync(again);
        Assert.Equal("AlreadyRegistered", problem.GetProperty("state").GetString());
        Assert.False(problem.TryGetProperty("existingTalentId", out _));
        Assert.DoesNotContain(existingId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nationalId[^4..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_aRegisteredNationalIdByAnOfficialWhoMayReadIt_returns409NamingTheRecord()
    {
        var nationalId = NationalIds.Next();
        var first = await Api.JsonAsync(await Api.Admin(factory).PostAsJsonAsync("/api/talents", Body(nationalId)));

        var again = await Api.Client(factory, Roles.Official).PostAsJsonAsync("/api/talents", Body(nationalId));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await Api.JsonAsync(again)).GetProperty("existingTalentId").GetGuid());
    }

    [Fact]
    public async Task Get_maskedNationalIdAndPhone_showTheLastFourCharactersOnly()
    {
        var own = Guid.NewGuid();
        var nationalId = NationalIds.Next(new DateOnly(1998, 6, 12));
        (await Api.Client(factory, Roles.Graduate, talentId: own).PostAsJsonAsync("/api/talents", Body(nationalId))).EnsureSuccessStatusCode();

        var body = await Api.JsonAsync(await Api.Client(factory, Roles.Graduate, talentId: own).GetAsync($"/api/talents/{own}"));

        Assert.Equal($"**************{nationalId[^4..]}", body.GetProperty("nationalId").GetString());
        Assert.Equal("*******1234", body.GetProperty("phone").GetString());
        Assert.Equal("1998-06-12", body.GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task Get_byHrOfTheEmployer_showsTheBirthYearOnlyAndIsAudited()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        await Api.HireAsync(factory, employerId, nationalId);
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId, accountId: $"hr-{Guid.NewGuid():N}");

        var talent = await hr.GetAsync($"/api/talents/{talentId}");
        var employments = await hr.GetAsync($"/api/talents/{talentId}/employments");

        var body = await Api.JsonAsync(talent);
        Assert.False(body.TryGetProperty("birthDate", out _));
        Assert.Equal(int.Parse(nationalId[6..10], System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("birthYear").GetInt32());
        Assert.Equal(HttpStatusCode.OK, employments.StatusCode);
        var audit = await factory.Services.GetRequiredService<IStore>().FindAsync<AuditEntry>(a => a.SubjectId == talentId);
        Assert.Equal(["read-employments", "read-talent"], audit.Select(a => a.Action).Order());
        Assert.All(audit, a => Assert.Equal(Roles.EmployerHr, a.ActorRole));
    }

    [Fact]
    public async Task Get_byTheGraduateOrAnOfficial_isNotAuditedAndShowsTheBirthDate()
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);

        var self = await Api.JsonAsync(await Api.Client(factory, Roles.Graduate, talentId: own).GetAsync($"/api/talents/{talentId}"));
        var official = await Api.JsonAsync(await Api.Client(factory, Roles.Official).GetAsync($"/api/talents/{talentId}"));

        Assert.True(self.TryGetProperty("birthDate", out _));
        Assert.True(official.TryGetProperty("birthDate", out _));
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<AuditEntry>(a => a.SubjectId == talentId));
    }
}
