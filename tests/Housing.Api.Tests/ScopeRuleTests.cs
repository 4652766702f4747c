using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Consumers;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

/// <summary>Street officials see their street, HR their employer, and nothing tells a caller about a record outside
/// their scope.</summary>
public sealed class ScopeRuleTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private IStore Store => factory.Services.GetRequiredService<IStore>();

    private static EmploymentConfirmed Confirmed(Guid talentId, Guid employmentId, Guid employerId, string street) =>
        new(talentId, employmentId, employerId, "测试企业", street, "Other", "Enterprise", new DateOnly(2025, 9, 1), null, 3, DateTimeOffset.UtcNow);

    [Fact]
    public async Task GetResident_streetOfficials_seeOnlyResidentsWorkingInTheirStreet_untilTheEmploymentEnds()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var employmentId = Guid.NewGuid();
        var employerId = Guid.NewGuid();
        var confirmedId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Confirmed(talentId, employmentId, employerId, "龙溪街道"), confirmedId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), confirmedId), what: "the employment");

        var ownStreet = await factory.Official(street: "龙溪街道").GetAsync($"/api/housing/residents/{talentId}");
        var otherStreet = await factory.Official(street: "凤凰街道").GetAsync($"/api/housing/residents/{talentId}");
        var endedId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, employmentId, employerId, new DateOnly(2026, 3, 31), DateTimeOffset.UtcNow), endedId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), endedId), what: "the end");
        var afterEnd = await factory.Official(street: "龙溪街道").GetAsync($"/api/housing/residents/{talentId}");
        var zone = await factory.Official().GetAsync($"/api/housing/residents/{talentId}");

        var resident = await Api.OkJsonAsync(ownStreet);
        Assert.Equal("龙溪街道", resident.GetProperty("street").GetString());
        Assert.Equal(employerId, resident.GetProperty("employerId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterEnd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, zone.StatusCode);
    }

    [Fact]
    public async Task EmploymentEnded_beforeItsConfirmation_leavesTheEmploymentEnded()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var employmentId = Guid.NewGuid();
        var employerId = Guid.NewGuid();
        var endedId = Guid.NewGuid();
        var confirmedId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, employmentId, employerId, new DateOnly(2026, 3, 31), DateTimeOffset.UtcNow), endedId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), endedId), what: "the end");
        await Messages.PublishAsync(factory.Services, Confirmed(talentId, employmentId, employerId, "滨湖街道"), confirmedId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), confirmedId), what: "the confirmation");

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Official(street: "滨湖街道").GetAsync($"/api/housing/residents/{talentId}")).StatusCode);
    }

    [Fact]
    public async Task RaiseServiceRequest_theStreetIsTheRecordedOne_andADifferentStreetIs400NamingStreet()
    {
        var talentId = Guid.NewGuid();
        await factory.EmployAsync(talentId, Guid.NewGuid(), "龙溪街道");
        var employerId = Guid.NewGuid();
        var registeredId = Guid.NewGuid();
        await Messages.PublishAsync(
            factory.Services, new EmployerRegistered(employerId, "某科技公司", "913305017526750199", "滨湖街道", "Other", "Enterprise", DateTimeOffset.UtcNow), registeredId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(EmployerDirectoryConsumer), registeredId), what: "the employer");
        var graduate = factory.Graduate(talentId);
        var hr = factory.ClientFor(Roles.EmployerHr, employerId: employerId);

        var recorded = await Api.OkJsonAsync(
            await graduate.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "入学", description = "就近入学" }), HttpStatusCode.Created);
        var elsewhere = await graduate.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "入学", description = "就近入学", street = "凤凰街道" });
        var enterprise = await Api.OkJsonAsync(
            await hr.PostAsJsonAsync("/api/housing/service-requests", new { category = "EnterpriseIssue", title = "用地", description = "厂房扩建" }), HttpStatusCode.Created);

        Assert.Equal("龙溪街道", recorded.GetProperty("street").GetString());
        Assert.True((await Api.OkJsonAsync(elsewhere, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("street", out _));
        Assert.Equal("滨湖街道", enterprise.GetProperty("street").GetString());
    }

    [Fact]
    public async Task ServiceRequests_hrRaisesForItsOwnStaffOnly_andWithdrawsOnlyRequestsRaisedForItsEmployer()
    {
        var employerId = Guid.NewGuid();
        var staff = Guid.NewGuid();
        var outsider = Guid.NewGuid();
        await factory.EmployAsync(staff, employerId, "凤凰街道");
        await factory.EmployAsync(outsider, Guid.NewGuid(), "凤凰街道");
        var hr = factory.ClientFor(Roles.EmployerHr, employerId: employerId);
        var otherHr = factory.ClientFor(Roles.EmployerHr, employerId: Guid.NewGuid());
        var body = new { category = "SchoolPlace", title = "员工子女入学", description = "申请就近入学", talentId = staff };

        var forOutsider = await hr.PostAsJsonAsync("/api/housing/service-requests", body with { talentId = outsider });
        var forStaff = await Api.OkJsonAsync(await hr.PostAsJsonAsync("/api/housing/service-requests", body), HttpStatusCode.Created);
        var id = forStaff.GetProperty("id").GetGuid();
        var seenByStaff = await factory.Graduate(staff).GetAsync($"/api/housing/service-requests/{id}");
        var byOtherHr = await otherHr.PostAsJsonAsync($"/api/housing/service-requests/{id}/transitions", new { action = "withdraw" });
        var ownGraduateRequest = await Api.OkJsonAsync(
            await factory.Graduate(staff).PostAsJsonAsync("/api/housing/service-requests", new { category = "MedicalGreenChannel", title = "就医", description = "专家号" }),
            HttpStatusCode.Created);
        var hrReadsGraduates = await hr.GetAsync($"/api/housing/service-requests/{ownGraduateRequest.GetProperty("id").GetGuid()}");
        var withdrawn = await Api.OkJsonAsync(await hr.PostAsJsonAsync($"/api/housing/service-requests/{id}/transitions", new { action = "withdraw" }));

        Assert.Equal(HttpStatusCode.Forbidden, forOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seenByStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherHr.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hrReadsGraduates.StatusCode);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MoveOut_byAnOfficialOfAnotherStreetOnALeaseMovingOut_returns403_notItsState()
    {
        var (tenant, _, leaseId) = await factory.TenantAsync();
        await Api.OkJsonAsync(await factory.Official().PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(factory.Today()) }));

        var otherStreet = await factory.Official(street: "滨湖街道").PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(factory.Today()) });
        var tenantAgain = await factory.Graduate(tenant).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(factory.Today()) });

        var problem = await Api.OkJsonAsync(otherStreet, HttpStatusCode.Forbidden);
        Assert.False(problem.TryGetProperty("state", out _));
        Assert.Equal(HttpStatusCode.Conflict, tenantAgain.StatusCode);
    }
}
