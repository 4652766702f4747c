using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.Housing;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Consumers;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

public sealed class MoveOutTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private IStore Store => factory.Services.GetRequiredService<IStore>();

    private static DateOnly Date(System.Text.Json.JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task EmploymentEnded_forATenant_givesAMoveOutNoticeSixtyDaysAfterTheEnd_andARedeliveryChangesNothing()
    {
        var (talentId, _, leaseId) = await factory.TenantAsync();
        var endDate = Zone.Today(factory.Clock.GetUtcNow()).AddDays(10);
        var messageId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, Guid.NewGuid(), Guid.NewGuid(), endDate, DateTimeOffset.UtcNow), messageId);
        var noticed = await Eventually.GetAsync(async () => await Store.GetAsync<Lease>(leaseId) is { Status: LeaseStatus.NoticeGiven } l ? l : null, what: "the notice");
        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, Guid.NewGuid(), Guid.NewGuid(), endDate.AddDays(-5), DateTimeOffset.UtcNow), messageId);
        await Task.Delay(500);

        var lease = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}"));
        Assert.Equal("NoticeGiven", lease.GetProperty("status").GetString());
        Assert.Equal(endDate.AddDays(60), Date(lease, "moveOutBy"));
        Assert.Contains("employment ended", lease.GetProperty("noticeReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(noticed.Version, lease.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task EmploymentEnded_arrivingLongAfterTheEnd_givesANoticeForToday_notADeadlineAlreadyPast()
    {
        var (talentId, _, leaseId) = await factory.TenantAsync();
        var messageId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2001, 1, 31), DateTimeOffset.UtcNow), messageId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), messageId), what: "the notice");

        var lease = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}"));
        Assert.Equal("NoticeGiven", lease.GetProperty("status").GetString());
        Assert.Equal(factory.Today(), Date(lease, "moveOutBy"));
    }

    [Fact]
    public async Task EmploymentEnded_forATalentWithoutLease_isAcknowledgedAndChangesNothing()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var messageId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 6, 30), DateTimeOffset.UtcNow), messageId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(ResidentFactsConsumer), messageId), what: "the inbox entry");

        Assert.Equal("Waiting", (await factory.PositionAsync(talentId, applicationId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MoveOut_aFutureDay_keepsTheUnitLetUntilThatDayHasPassed_thenEndsTheLeaseAndCutsTheRentSchedule()
    {
        var (talentId, unitId, leaseId) = await factory.TenantAsync(rent: 3000m);
        var lease = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}"));
        var moveOut = Date(lease, "startDate").AddMonths(14).AddDays(9);
        var ended = await factory.ListenAsync<LeaseEnded>(e => e.LeaseId == leaseId);

        var response = await Api.OkJsonAsync(await factory.Official().PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = Api.Day(moveOut), reason = "合同到期前搬离" }));

        Assert.Equal("MovingOut", response.GetProperty("status").GetString());
        Assert.Equal(moveOut, Date(response, "movedOutOn"));
        Assert.Equal("Let", (await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{unitId}"))).GetProperty("status").GetString());
        var schedule = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}/rent-schedule"));
        var months = schedule.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(15, months.Count);
        Assert.Equal(moveOut, Date(months[^1], "to"));
        Assert.True(months[^1].GetProperty("amountDue").GetDecimal() < 900m);

        factory.Clock.Advance(TimeSpan.FromDays(moveOut.DayNumber - factory.Today().DayNumber + 1));
        await factory.Services.GetRequiredService<MoveOuts>().RunAsync();

        var endedEvent = await ended.WaitAsync();
        Assert.Equal(moveOut, endedEvent.EndDate);
        Assert.Equal(unitId, endedEvent.UnitId);
        Assert.Equal("Ended", (await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}"))).GetProperty("status").GetString());
        Assert.Equal("Available", (await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{unitId}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MoveOut_twice_returns409MovingOut_andByOthers_403_andOutsideTheLease_400()
    {
        var (talentId, _, leaseId) = await factory.TenantAsync();
        var today = Api.Day(factory.Today());

        var otherGraduate = await factory.Graduate(Guid.NewGuid()).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = today });
        var otherStreet = await factory.Official(street: "仁皇山街道").PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = today });
        var beforeStart = await factory.Official().PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = "2001-01-01", reason = "补录" });
        var first = await factory.Graduate(talentId).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = today });
        var second = await factory.Graduate(talentId).PostAsJsonAsync($"/api/housing/leases/{leaseId}/move-out", new { moveOutDate = today });

        Assert.Equal(HttpStatusCode.Forbidden, otherGraduate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.True((await Api.OkJsonAsync(beforeStart, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("moveOutDate", out _));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("MovingOut", (await Api.OkJsonAsync(second, HttpStatusCode.Conflict)).GetProperty("state").GetString());
    }
}
