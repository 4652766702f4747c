using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Housing.Consumers;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

/// <summary>No unit is let to two tenants and no talent holds two leases, whatever arrives at the same moment.</summary>
public sealed class DoubleLettingTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private IStore Store => factory.Services.GetRequiredService<IStore>();

    [Fact]
    public async Task ParallelOffers_ofOneUnitToManyApplications_exactlyOneIsMade()
    {
        var applications = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            applications.Add(await factory.ApplyAsync(await factory.TalentWithBenefitAsync()));
        }

        var (_, units) = await factory.ProjectAsync();
        var client = factory.Official();

        var responses = await Task.WhenAll(applications.Select(a => client.PostAsJsonAsync("/api/housing/offers", new { applicationId = a, unitId = units[0], skipReason = "测试安排" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var unitId = units[0];
        var pending = OfferStatus.Pending;
        Assert.Equal(1, await Store.CountAsync<Offer>(o => o.UnitId == unitId && o.Status == pending));
        var offered = 0;
        foreach (var application in applications)
        {
            offered += (await Store.GetAsync<HousingApplication>(application))!.Status == ApplicationStatus.Offered ? 1 : 0;
        }

        Assert.Equal(1, offered);
    }

    [Fact]
    public async Task ParallelOffers_ofManyUnitsToOneApplication_exactlyOneIsMade()
    {
        var applicationId = await factory.ApplyAsync(await factory.TalentWithBenefitAsync());
        var (_, units) = await factory.ProjectAsync(rents: [1000m, 1100m, 1200m, 1300m, 1400m, 1500m, 1600m, 1700m]);
        var client = factory.Official();

        var responses = await Task.WhenAll(units.Select(u => client.PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId = u, skipReason = "测试安排" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var reserved = 0;
        foreach (var unit in units)
        {
            reserved += (await Store.GetAsync<ApartmentUnit>(unit))!.Status == UnitStatus.Offered ? 1 : 0;
        }

        Assert.Equal(1, reserved);
    }

    [Fact]
    public async Task ParallelAccepts_ofOneOffer_startExactlyOneLease()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync();
        var offerId = await factory.OfferAsync(applicationId, units[0]);
        var client = factory.Graduate(talentId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsync($"/api/housing/offers/{offerId}/accept", null)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await Store.CountAsync<Lease>(l => l.TalentId == talentId));
        var unitId = units[0];
        Assert.Equal(1, await Store.CountAsync<Lease>(l => l.UnitId == unitId));
    }

    [Fact]
    public async Task Store_secondRunningLeaseOfTheSameUnitOrTalent_isRefusedByItsUniqueKeys()
    {
        var (_, units) = await factory.ProjectAsync();
        var staleUnit = (await Store.GetAsync<ApartmentUnit>(units[0]))!;
        var project = (await Store.GetAsync<ApartmentProject>(staleUnit.ProjectId))!;
        var tenant = await factory.TalentWithBenefitAsync();
        await factory.AcceptAsync(tenant, await factory.OfferAsync(await factory.ApplyAsync(tenant), units[0]));
        var now = factory.Clock.GetUtcNow();

        var intruder = await factory.TalentWithBenefitAsync();
        var intruderEntitlement = (await Store.FindAsync<ApartmentEntitlement>(e => e.TalentId == intruder)).Single();
        var intruderOffer = Offer.Make(HousingApplication.Submit(intruderEntitlement, null, null, null, now), staleUnit, now.AddDays(4), null, null, "test", now);
        var sameUnit = Lease.Start(intruderOffer, "p", intruderEntitlement, 0, Zone.Today(now), 3, now);
        var tenantEntitlement = ApartmentEntitlement.From(Api.Grant(tenant));
        var otherUnit = ApartmentUnit.Create(project, "Z-1", UnitLayout.Studio, 30m, 900m);
        var tenantOffer = Offer.Make(HousingApplication.Submit(tenantEntitlement, null, null, null, now), otherUnit, now.AddDays(4), null, null, "test", now);
        var sameTalent = Lease.Start(tenantOffer, "p", tenantEntitlement, 0, Zone.Today(now), 3, now);

        var unitClash = await Assert.ThrowsAsync<DuplicateKeyException>(() => CommitAsync(sameUnit));
        var talentClash = await Assert.ThrowsAsync<DuplicateKeyException>(() => CommitAsync(sameTalent));

        Assert.Contains("ux_leases_unit", unitClash.Index, StringComparison.Ordinal);
        Assert.Contains("ux_leases_tenant", talentClash.Index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenefitGranted_redelivered_stillYieldsOneApplicationAndOneLease()
    {
        var talentId = Guid.NewGuid();
        var grant = Api.Grant(talentId);
        var messageId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, grant, messageId);
        await Messages.PublishAsync(factory.Services, grant, messageId);
        await Messages.PublishAsync(factory.Services, grant, Guid.NewGuid());
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(EntitlementConsumer), messageId), what: "the grant");
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync(rents: [1500m, 1500m]);
        await factory.AcceptAsync(talentId, await factory.OfferAsync(applicationId, units[0]));

        await Messages.PublishAsync(factory.Services, grant, Guid.NewGuid());
        await Task.Delay(500);
        var again = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { });

        var problem = await Api.OkJsonAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("AlreadyHoused", problem.GetProperty("state").GetString());
        Assert.Equal(1, await Store.CountAsync<ApartmentEntitlement>(e => e.TalentId == talentId));
        Assert.Equal(1, await Store.CountAsync<Lease>(l => l.TalentId == talentId));
    }

    private Task CommitAsync(Lease lease)
    {
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Insert(lease);
        return unitOfWork.CommitAsync();
    }
}
