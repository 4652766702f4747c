using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Housing.Consumers;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

public sealed class WaitingListTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private IStore Store => factory.Services.GetRequiredService<IStore>();

    [Fact]
    public async Task BenefitGranted_talentApartmentOnTheBroker_letsTheTalentApply()
    {
        var talentId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.RegisteredVerified(talentId, degree: "Master"), Guid.NewGuid());
        await Messages.PublishAsync(factory.Services, Api.Grant(talentId), Guid.NewGuid());
        await Eventually.TrueAsync(async () => await Store.CountAsync<ApartmentEntitlement>(e => e.TalentId == talentId) == 1
            && await Store.GetAsync<Resident>(talentId) is not null, what: "the entitlement and the resident");

        var application = await Api.OkJsonAsync(await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { preferredLayout = "TwoBedroom" }), HttpStatusCode.Created);

        Assert.Equal("Waiting", application.GetProperty("status").GetString());
        Assert.Equal(3, application.GetProperty("band").GetInt32());
        Assert.Equal("TwoBedroom", application.GetProperty("preferredLayout").GetString());
        Assert.True(application.GetProperty("position").GetInt32() >= 1);
    }

    [Fact]
    public async Task BenefitGranted_ofAnotherKind_doesNotLetTheTalentApply()
    {
        var talentId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Api.Grant(talentId) with { BenefitKind = "HomePurchaseSubsidy", Amount = 350_000m, RentSteps = [] }, messageId);
        await Eventually.TrueAsync(() => Store.HasProcessedAsync(nameof(EntitlementConsumer), messageId), what: "the inbox entry");

        var response = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { });

        var problem = await Api.OkJsonAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("NoBenefit", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task BenefitGranted_redeliveredAndRepublished_isRecordedOnce()
    {
        var talentId = Guid.NewGuid();
        var grant = Api.Grant(talentId);
        var messageId = Guid.NewGuid();
        var republishedId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, grant, messageId);
        await Messages.PublishAsync(factory.Services, grant, messageId);
        await Messages.PublishAsync(factory.Services, grant, republishedId);
        await Eventually.TrueAsync(async () => await Store.HasProcessedAsync(nameof(EntitlementConsumer), messageId)
            && await Store.HasProcessedAsync(nameof(EntitlementConsumer), republishedId), what: "both deliveries");
        await Task.Delay(300);

        Assert.Equal(1, await Store.CountAsync<ApartmentEntitlement>(e => e.TalentId == talentId));
    }

    [Fact]
    public async Task Apply_secondTimeWhileWaiting_returns409NamingTheState()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var first = await factory.ApplyAsync(talentId);

        var second = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { });

        var problem = await Api.OkJsonAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("Waiting", problem.GetProperty("state").GetString());
        Assert.Equal(first, problem.GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task Apply_byOfficialOrUnknownPreferredProject_isRefused()
    {
        var talentId = await factory.TalentWithBenefitAsync();

        var official = await factory.Official().PostAsJsonAsync("/api/housing/applications", new { });
        var unknownProject = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", new { preferredProjectId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.Forbidden, official.StatusCode);
        var problem = await Api.OkJsonAsync(unknownProject, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("preferredProjectId", out _));
    }

    [Fact]
    public async Task WaitingList_ordersByBandThenApplicationDate()
    {
        var bachelor = await factory.TalentWithBenefitAsync("Bachelor");
        var doctorEarly = await factory.TalentWithBenefitAsync("Doctorate");
        var master = await factory.TalentWithBenefitAsync("Master");
        var tierA = await factory.TalentWithBenefitAsync("Bachelor", tier: "A");
        var doctorLate = await factory.TalentWithBenefitAsync("Doctorate");
        var applications = new Dictionary<Guid, Guid>();
        foreach (var talent in new[] { bachelor, doctorEarly, master, tierA, doctorLate })
        {
            applications[talent] = await factory.ApplyAsync(talent);
        }

        var positions = new Dictionary<Guid, int>();
        foreach (var (talent, application) in applications)
        {
            positions[talent] = (await factory.PositionAsync(talent, application)).GetProperty("position").GetInt32();
        }

        Assert.True(positions[tierA] < positions[doctorEarly]);
        Assert.Equal(positions[doctorEarly] + 1, positions[doctorLate]);
        Assert.True(positions[doctorLate] < positions[master]);
        Assert.True(positions[master] < positions[bachelor]);
        var list = await Api.OkJsonAsync(await factory.Official().GetAsync("/api/housing/applications"));
        var order = list.EnumerateArray().Select(a => a.GetProperty("talentId").GetGuid()).Where(applications.ContainsKey).ToList();
        Assert.Equal([tierA, doctorEarly, doctorLate, master, bachelor], order);
    }

    [Fact]
    public async Task Refusal_movesTheApplicationOneBandDown_behindLaterApplicationsOfItsFormerBand()
    {
        var refuser = await factory.TalentWithBenefitAsync("Master");
        var laterMaster = await factory.TalentWithBenefitAsync("Master");
        var laterBachelor = await factory.TalentWithBenefitAsync("Bachelor");
        var refuserApplication = await factory.ApplyAsync(refuser);
        var laterMasterApplication = await factory.ApplyAsync(laterMaster);
        var laterBachelorApplication = await factory.ApplyAsync(laterBachelor);
        var before = (await factory.PositionAsync(refuser, refuserApplication)).GetProperty("position").GetInt32();
        var masterBefore = (await factory.PositionAsync(laterMaster, laterMasterApplication)).GetProperty("position").GetInt32();
        var (_, units) = await factory.ProjectAsync();
        var offerId = await factory.OfferAsync(refuserApplication, units[0]);

        var refused = await factory.Graduate(refuser).PostAsJsonAsync($"/api/housing/offers/{offerId}/refuse", new { reason = "离单位太远" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var after = await factory.PositionAsync(refuser, refuserApplication);
        Assert.Equal(4, after.GetProperty("band").GetInt32());
        Assert.Equal(1, after.GetProperty("penalties").GetInt32());
        var masterPosition = (await factory.PositionAsync(laterMaster, laterMasterApplication)).GetProperty("position").GetInt32();
        var bachelorPosition = (await factory.PositionAsync(laterBachelor, laterBachelorApplication)).GetProperty("position").GetInt32();
        Assert.Equal(before + 1, masterBefore);
        Assert.Equal(before, masterPosition);
        Assert.True(masterPosition < after.GetProperty("position").GetInt32());
        Assert.True(after.GetProperty("position").GetInt32() < bachelorPosition);
    }

    [Fact]
    public async Task ExpectedWait_isUnknownWithoutRecentAllocations_thenPositionTimesWindowOverAllocations()
    {
        factory.Clock.Advance(TimeSpan.FromDays(7 * 13));
        var talentId = await factory.TalentWithBenefitAsync("Bachelor");
        var applicationId = await factory.ApplyAsync(talentId);

        var unknown = (await factory.PositionAsync(talentId, applicationId)).GetProperty("expectedWait");
        await factory.TenantAsync();
        var known = await factory.PositionAsync(talentId, applicationId);

        Assert.False(unknown.GetProperty("known").GetBoolean());
        Assert.False(unknown.TryGetProperty("weeks", out _));
        Assert.Contains("no flat was allocated", unknown.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var wait = known.GetProperty("expectedWait");
        var position = known.GetProperty("position").GetInt32();
        Assert.True(wait.GetProperty("known").GetBoolean());
        Assert.Equal(1, wait.GetProperty("allocationsInWindow").GetInt32());
        Assert.Equal(12, wait.GetProperty("windowWeeks").GetInt32());
        Assert.Equal(decimal.Round(position * 12m, 1), wait.GetProperty("weeks").GetDecimal());
    }

    [Fact]
    public async Task Position_ofAnotherTalentsApplication_returns403()
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);

        var response = await factory.Graduate(Guid.NewGuid()).GetAsync($"/api/housing/applications/{applicationId}/position");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
