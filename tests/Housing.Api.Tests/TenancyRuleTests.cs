using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.Housing;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Tests;

/// <summary>The housing invariants hold over time: no two leases of a unit overlap, an offer gives a real chance to
/// answer, start dates are plausible, and the free first year comes once per person.</summary>
public sealed class TenancyRuleTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private static DateOnly Date(JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    private async Task<string?> UnitStatusAsync(Guid unitId) =>
        (await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{unitId}"))).GetProperty("status").GetString();

    [Fact]
    public async Task MoveOut_aFutureDay_theUnitCannotBeLetAgainUntilItHasPassed_andTheNextLeaseStartsAfterIt()
    {
        var (tenant, unitId, leaseId) = await factory.TenantAsync();
        var moveOut = factory.Today().AddDays(10);
        var next = await factory.TalentWithBenefitAsync();
        var nextApplication = await factory.ApplyAsync(next);

        await Api.OkJsonAsync(await factory.Graduate(tenant).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(moveOut) }));
        var tooEarly = await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId = nextApplication, unitId, skipReason = "测试安排" });
        factory.Clock.Advance(TimeSpan.FromDays(11));
        var offerId = await factory.OfferAsync(nextApplication, unitId);
        var nextLease = await factory.AcceptAsync(next, offerId);

        Assert.Equal("Let", (await Api.OkJsonAsync(tooEarly, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        var first = await Api.OkJsonAsync(await factory.Graduate(tenant).GetAsync($"/api/housing/leases/{leaseId}"));
        Assert.Equal("Ended", first.GetProperty("status").GetString());
        Assert.Equal(moveOut, Date(first, "movedOutOn"));
        Assert.True(Date(nextLease, "startDate") > moveOut);
        Assert.Equal("Let", await UnitStatusAsync(unitId));
    }

    [Fact]
    public async Task MoveOut_byTheTenantBeforeToday_returns400NamingMoveOutDate_andTheRentScheduleStaysWhole()
    {
        var (tenant, unitId, leaseId) = await factory.TenantAsync();
        factory.Clock.Advance(TimeSpan.FromDays(40));

        var backdated = await factory.Graduate(tenant).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(factory.Today().AddDays(-30)) });

        Assert.True((await Api.OkJsonAsync(backdated, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("moveOutDate", out _));
        var schedule = await Api.OkJsonAsync(await factory.Graduate(tenant).GetAsync($"/api/housing/leases/{leaseId}/rent-schedule"));
        Assert.Equal(36, schedule.GetProperty("months").GetArrayLength());
        Assert.Equal("Let", await UnitStatusAsync(unitId));
    }

    [Fact]
    public async Task MoveOut_byAnOfficialInThePast_needsAReason_endsTheLeaseAtOnce_andNeverPrecedesTheStart()
    {
        var (tenant, unitId, leaseId) = await factory.TenantAsync();
        var start = Date(await Api.OkJsonAsync(await factory.Graduate(tenant).GetAsync($"/api/housing/leases/{leaseId}")), "startDate");
        factory.Clock.Advance(TimeSpan.FromDays(40));
        var left = factory.Today().AddDays(-10);
        var ended = await factory.ListenAsync<LeaseEnded>(e => e.LeaseId == leaseId);
        var official = factory.Official(street: "凤凰街道");

        var withoutReason = await official.PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(left) });
        var beforeStart = await official.PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(start.AddDays(-1)), reason = "补录" });
        var recorded = await Api.OkJsonAsync(await official.PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(left), reason = "租户已搬离，未告知" }));

        Assert.True((await Api.OkJsonAsync(withoutReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True((await Api.OkJsonAsync(beforeStart, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("moveOutDate", out _));
        Assert.Equal("Ended", recorded.GetProperty("status").GetString());
        Assert.Equal("租户已搬离，未告知", recorded.GetProperty("endReason").GetString());
        Assert.Equal(left, (await ended.WaitAsync()).EndDate);
        Assert.Equal("Available", await UnitStatusAsync(unitId));
    }

    [Fact]
    public async Task MakeOffer_respondByOneSecondAhead_returns400NamingRespondBy_andHoldsNothing()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();

        var response = await factory.Official().PostAsJsonAsync("/api/housing/offers", new
        {
            applicationId,
            unitId = units[0],
            respondBy = factory.Clock.GetUtcNow().AddSeconds(1),
            skipReason = "测试安排",
        });
        var tooLate = await factory.Official().PostAsJsonAsync("/api/housing/offers", new
        {
            applicationId,
            unitId = units[0],
            respondBy = factory.Clock.GetUtcNow().AddDays(90),
            skipReason = "测试安排",
        });

        Assert.True((await Api.OkJsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("respondBy", out _));
        Assert.True((await Api.OkJsonAsync(tooLate, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("respondBy", out _));
        Assert.Equal("Available", await UnitStatusAsync(units[0]));
        Assert.Equal("Waiting", (await factory.PositionAsync(talentId, applicationId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MakeOffer_startDateFarAhead_returns400NamingStartDate_andAYearAheadStartsTheLeaseThen()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();
        var inAYear = factory.Today().AddDays(365);

        var far = await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0], startDate = "9999-06-01", skipReason = "测试安排" });
        var past = await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0], startDate = Api.Day(factory.Today().AddDays(-1)), skipReason = "测试安排" });
        var offer = await Api.OkJsonAsync(
            await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0], startDate = Api.Day(inAYear), skipReason = "测试安排" }),
            HttpStatusCode.Created);
        var lease = await factory.AcceptAsync(talentId, offer.GetProperty("id").GetGuid());

        Assert.True((await Api.OkJsonAsync(far, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("startDate", out _));
        Assert.True((await Api.OkJsonAsync(past, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("startDate", out _));
        Assert.Equal(inAYear, Date(lease, "startDate"));
        Assert.Equal(inAYear.AddYears(3).AddDays(-1), Date(lease, "endDate"));
    }

    [Fact]
    public async Task Apply_afterTheLeaseThatUsedTheBenefitEnded_returns409EntitlementUsed()
    {
        var (tenant, _, leaseId) = await factory.TenantAsync();
        await Api.OkJsonAsync(await factory.Graduate(tenant).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(factory.Today()) }));
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var again = await factory.Graduate(tenant).PostAsJsonAsync("/api/housing/applications", new { });

        var problem = await Api.OkJsonAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("EntitlementUsed", problem.GetProperty("state").GetString());
        Assert.Equal(leaseId, problem.GetProperty("leaseId").GetGuid());
        var entitlement = (await factory.Services.GetRequiredService<IStore>().FindAsync<ApartmentEntitlement>(e => e.TalentId == tenant)).Single();
        Assert.Equal(leaseId, entitlement.UsedByLeaseId);
    }

    [Fact]
    public async Task Accept_aLaterLeaseOnANewGrant_continuesTheSteppedRent_withoutASecondFreeYear()
    {
        var (tenant, _, leaseId) = await factory.TenantAsync(rent: 2000m);
        var start = Date(await Api.OkJsonAsync(await factory.Graduate(tenant).GetAsync($"/api/housing/leases/{leaseId}")), "startDate");
        factory.Clock.Advance(TimeSpan.FromDays(200));
        await Api.OkJsonAsync(await factory.Official().PostAsJsonAsync(
            $"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(start.AddMonths(5).AddDays(-1)), reason = "已搬离，补录" }));
        var regrant = factory.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        regrant.Insert(ApartmentEntitlement.From(Api.Grant(tenant)));
        await regrant.CommitAsync();

        var applicationId = await factory.ApplyAsync(tenant);
        var (_, units) = await factory.ProjectAsync(rents: 2000m);
        var lease = await factory.AcceptAsync(tenant, await factory.OfferAsync(applicationId, units[0]));

        Assert.Equal(5, lease.GetProperty("priorBenefitMonths").GetInt32());
        var schedule = await Api.OkJsonAsync(await factory.Graduate(tenant).GetAsync($"/api/housing/leases/{lease.GetProperty("id").GetGuid()}/rent-schedule"));
        var months = schedule.GetProperty("months").EnumerateArray().ToList();
        Assert.All(months.Take(7), m => Assert.Equal(0m, m.GetProperty("amountDue").GetDecimal()));
        Assert.Equal(2, months[7].GetProperty("benefitYear").GetInt32());
        Assert.Equal(1, months[7].GetProperty("leaseYear").GetInt32());
        Assert.Equal(600m, months[7].GetProperty("amountDue").GetDecimal());
        Assert.Equal(1000m, months[19].GetProperty("amountDue").GetDecimal());
        Assert.Equal(2000m, months[31].GetProperty("amountDue").GetDecimal());
    }
}
