using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.Housing;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Offers;

namespace TalentPortal.Housing.Tests;

public sealed class OfferAndLeaseTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public async Task Accept_pendingOffer_startsAThreeYearLeaseWithSteppedRent_andPublishesAllocatedAndStarted()
    {
        var talentId = await factory.TalentWithBenefitAsync("Doctorate");
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync(rents: 2000m);
        var offerId = await factory.OfferAsync(applicationId, units[0]);
        var started = await factory.ListenAsync<LeaseStarted>(e => e.TalentId == talentId);
        var allocated = await factory.ListenAsync<ApartmentAllocated>(e => e.TalentId == talentId);

        var lease = await factory.AcceptAsync(talentId, offerId);

        var today = Zone.Today(factory.Clock.GetUtcNow());
        Assert.Equal(today, DateOnly.Parse(lease.GetProperty("startDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(today.AddYears(3).AddDays(-1), DateOnly.Parse(lease.GetProperty("endDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var leaseId = lease.GetProperty("id").GetGuid();
        var startedEvent = await started.WaitAsync();
        Assert.Equal(leaseId, startedEvent.LeaseId);
        Assert.Equal(units[0], startedEvent.UnitId);
        Assert.Equal($"person-{talentId:N}", startedEvent.PersonKey);
        Assert.Equal(today.AddYears(3).AddDays(-1), startedEvent.EndDate);
        Assert.Equal(offerId, (await allocated.WaitAsync()).OfferId);
        var schedule = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/leases/{leaseId}/rent-schedule"));
        var months = schedule.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(36, months.Count);
        Assert.All(months.Take(12), m => Assert.Equal(0m, m.GetProperty("amountDue").GetDecimal()));
        Assert.All(months.Skip(12).Take(12), m => Assert.Equal(600m, m.GetProperty("amountDue").GetDecimal()));
        Assert.All(months.Skip(24), m => Assert.Equal(1000m, m.GetProperty("amountDue").GetDecimal()));
        Assert.Equal(19_200m, schedule.GetProperty("total").GetDecimal());
        var unit = await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{units[0]}"));
        Assert.Equal("Let", unit.GetProperty("status").GetString());
        var application = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/applications/{applicationId}"));
        Assert.Equal("Housed", application.GetProperty("status").GetString());
        Assert.Equal(leaseId, application.GetProperty("leaseId").GetGuid());
    }

    [Fact]
    public async Task Refuse_pendingOffer_freesTheUnit_andASecondAnswerIs409WithTheState()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();
        var offerId = await factory.OfferAsync(applicationId, units[0]);

        var refused = await Api.OkJsonAsync(await factory.Graduate(talentId).PostAsJsonAsync($"/api/housing/offers/{offerId}/refuse", new { reason = "户型不合适" }));
        var acceptAfter = await factory.Graduate(talentId).PostAsync($"/api/housing/offers/{offerId}/accept", null);

        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var problem = await Api.OkJsonAsync(acceptAfter, HttpStatusCode.Conflict);
        Assert.Equal("Refused", problem.GetProperty("state").GetString());
        var unit = await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{units[0]}"));
        Assert.Equal("Available", unit.GetProperty("status").GetString());
        var application = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/applications/{applicationId}"));
        Assert.Equal("Waiting", application.GetProperty("status").GetString());
        Assert.Equal(application.GetProperty("baseBand").GetInt32() + 1, application.GetProperty("band").GetInt32());
    }

    [Fact]
    public async Task Offer_pastItsDeadline_lapses_freesTheUnit_andLowersPriority()
    {
        var talentId = await factory.TalentWithBenefitAsync("Doctorate");
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();
        var offerId = await factory.OfferAsync(applicationId, units[0], factory.Clock.GetUtcNow().AddDays(3).AddHours(1));

        factory.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromHours(2)));
        var lapsed = await factory.Services.GetRequiredService<OfferLapses>().RunAsync();

        Assert.True(lapsed >= 1);
        var offer = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/offers/{offerId}"));
        Assert.Equal("Lapsed", offer.GetProperty("status").GetString());
        var position = await factory.PositionAsync(talentId, applicationId);
        Assert.Equal("Waiting", position.GetProperty("status").GetString());
        Assert.Equal(3, position.GetProperty("band").GetInt32());
        var unit = await Api.OkJsonAsync(await factory.Official().GetAsync($"/api/housing/units/{units[0]}"));
        Assert.Equal("Available", unit.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accept_afterTheDeadline_returns409Lapsed_andTheTalentHoldsNoLease()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();
        var offerId = await factory.OfferAsync(applicationId, units[0], factory.Clock.GetUtcNow().AddDays(3).AddMinutes(30));
        factory.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromHours(1)));

        var response = await factory.Graduate(talentId).PostAsync($"/api/housing/offers/{offerId}/accept", null);

        var problem = await Api.OkJsonAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Lapsed", problem.GetProperty("state").GetString());
        var leases = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync("/api/housing/leases"));
        Assert.Equal(0, leases.GetArrayLength());
    }

    [Fact]
    public async Task Offer_unitNotMatchingPreferences_returns409()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId, new { preferredLayout = "ThreeBedroom" });
        var (_, units) = await factory.ProjectAsync(layout: "Studio");

        var response = await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0] });

        var problem = await Api.OkJsonAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("PreferenceMismatch", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Offer_answeredByAnotherTalentOrAnOfficial_returns403_andMadeByAGraduateOrAnotherStreet_403()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync(street: "凤凰街道");

        var byGraduate = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0] });
        var byOtherStreet = await factory.Official(street: "滨湖街道").PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = units[0] });
        var offerId = await factory.OfferAsync(applicationId, units[0]);
        var otherTalent = await factory.Graduate(Guid.NewGuid()).PostAsync($"/api/housing/offers/{offerId}/accept", null);
        var official = await factory.Official().PostAsync($"/api/housing/offers/{offerId}/accept", null);

        Assert.Equal(HttpStatusCode.Forbidden, byGraduate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTalent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, official.StatusCode);
    }

    [Fact]
    public async Task Leases_areSeenByTheTenantAndOfficialsOfTheStreet_notByOthers()
    {
        var (talentId, _, leaseId) = await factory.TenantAsync();

        var own = await Api.OkJsonAsync(await factory.Graduate(talentId).GetAsync("/api/housing/leases"));
        var streetOfficial = await factory.Official(street: "凤凰街道").GetAsync($"/api/housing/leases/{leaseId}");
        var otherStreet = await factory.Official(street: "龙溪街道").GetAsync($"/api/housing/leases/{leaseId}");
        var otherGraduate = await factory.Graduate(Guid.NewGuid()).GetAsync($"/api/housing/leases/{leaseId}/rent-schedule");
        var otherStreetList = await Api.OkJsonAsync(await factory.Official(street: "龙溪街道").GetAsync("/api/housing/leases"));

        Assert.Equal(leaseId, Assert.Single(own.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, streetOfficial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherGraduate.StatusCode);
        Assert.DoesNotContain(otherStreetList.EnumerateArray(), l => l.GetProperty("id").GetGuid() == leaseId);
    }
}
