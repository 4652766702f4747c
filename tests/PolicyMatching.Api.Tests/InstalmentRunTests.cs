using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>The instalment run pays only what is due by today, after re-checking the policy's continuing conditions.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class InstalmentRunTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);

    private async Task<(Guid TalentId, Guid ApplicationId)> ApprovedRentalSubsidyAsync(Func<Guid, Guid, Task> whileApproved)
    {
        var (talentId, employer) = await _flows.RentingDoctorAsync();
        var id = await _flows.SubmitAsync(talentId, "RENTAL_SUBSIDY");
        await _flows.ThroughNoticeAsync(id, employer);
        await _flows.AfterNoticeAsync(async () =>
        {
            var approved = await _flows.ApproveAsync(id);
            Assert.Equal(36, approved.GetProperty("instalments").GetArrayLength());
            await whileApproved(talentId, id);
        });
        return (talentId, id);
    }

    private static string[] States(JsonElement application) =>
        [.. application.GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("state").GetString()!)];

    [Fact]
    public async Task RunInstalments_asOfAfterToday_is400NamingAsOf_andPaysNothing()
    {
        await ApprovedRentalSubsidyAsync(async (_, id) =>
        {
            var response = await _flows.Official.PostAsJsonAsync("/api/applications/instalments/run", new { asOf = "2030-12-31" });
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            var problem = await Flows.ProblemAsync(response, 400);
            Assert.True(Flows.NamesField(problem, "asOf"));
            Assert.DoesNotContain("Paid", States(application));
        });
    }

    [Fact]
    public async Task RunInstalments_today_paysOnlyTheInstalmentDueToday()
    {
        await ApprovedRentalSubsidyAsync(async (_, id) =>
        {
            var run = await Flows.OkAsync(await _flows.Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            Assert.True(run.GetProperty("paid").GetInt32() >= 1);
            var states = States(application);
            Assert.Equal("Paid", states[0]);
            Assert.All(states[1..], s => Assert.Equal("Scheduled", s));
        });
    }

    [Fact]
    public async Task RunInstalments_afterTheTalentBoughtAHome_suspendsTheRentalSubsidyNamingTheCondition()
    {
        await ApprovedRentalSubsidyAsync(async (talentId, id) =>
        {
            await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: true));

            await Flows.OkAsync(await _flows.Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            var first = application.GetProperty("instalments")[0];
            Assert.Equal("Suspended", first.GetProperty("state").GetString());
            Assert.Contains("no-home-locally", first.GetProperty("suspendedReason").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunInstalments_afterTheDegreeBecameSelfDeclared_suspendsUntilItIsVerified()
    {
        await ApprovedRentalSubsidyAsync(async (talentId, id) =>
        {
            await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with { Provenance = Verification.Provenance("degreeLevel") });

            await Flows.OkAsync(await _flows.Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            var first = application.GetProperty("instalments")[0];
            Assert.Equal("Suspended", first.GetProperty("state").GetString());
            Assert.Contains("missing: degreeLevel", first.GetProperty("suspendedReason").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunInstalments_afterTheTalentsIdentityWasRevoked_suspendsNamingTheIdentity()
    {
        await ApprovedRentalSubsidyAsync(async (talentId, id) =>
        {
            var suspended = await EventProbe.ListenAsync<Contracts.PolicyMatching.InstalmentSuspended>(factory.Services, e => e.ApplicationId == id);
            await factory.ApplyAsync(talentId, Flows.Profile(talentId, ownsHome: false) with { IdentityStatus = IdentityStatuses.Revoked });

            var run = await Flows.OkAsync(await _flows.Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

            Assert.True(run.GetProperty("suspended").GetInt32() >= 1);
            var first = application.GetProperty("instalments")[0];
            Assert.Equal("Suspended", first.GetProperty("state").GetString());
            Assert.Contains("identity was revoked", first.GetProperty("suspendedReason").GetString(), StringComparison.Ordinal);
            Assert.Contains("identity was revoked", (await suspended.WaitAsync()).Reason, StringComparison.Ordinal);
        });
    }
}
