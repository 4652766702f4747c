using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>One open application per person and policy, no approval of a retired policy or of an overlapping grant,
/// and HR acting only on what HR submitted while it employs the person.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class ApplicationRuleTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);
    private IStore Store => factory.Services.GetRequiredService<IStore>();

    private static string SeedYaml(string file) => File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", file));

    [Fact]
    public async Task Submit_severalAtOnceForTheSamePolicy_storesOnlyOne()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid());
        var client = _flows.Graduate(talentId);

        HttpResponseMessage[] responses;
        using (factory.Store.Slow<Application>())
        {
            // Every request reads "no open application" before any of them writes.
            responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" })));
        }

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await Store.CountAsync<Application>(a => a.TalentId == talentId));
    }

    [Fact]
    public async Task Approve_afterThePolicyWasRetired_is409WithState()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var id = await _flows.SubmitAsync(talentId, "TALENT_APARTMENT");
        await _flows.ThroughNoticeAsync(id, employer);
        var admin = factory.ClientFor(Roles.Admin);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/policies/TALENT_APARTMENT/retire", null)).StatusCode);
        try
        {
            await _flows.AfterNoticeAsync(async () =>
            {
                var approval = await _flows.Official.PostAsync($"/api/applications/{id}/approval", null);
                var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

                Assert.Equal("Retired", (await Flows.ProblemAsync(approval, 409)).GetProperty("state").GetString());
                Assert.Equal("PublicNotice", application.GetProperty("state").GetString());
            });
        }
        finally
        {
            var draft = await Flows.OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("talent-apartment.yaml") }));
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { })).StatusCode);
        }
    }

    [Fact]
    public async Task TalentApartment_appliedForAgainWhileTheFirstGrantRuns_is409GrantRunning()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var id = await _flows.SubmitAsync(talentId, "TALENT_APARTMENT");
        await _flows.ThroughNoticeAsync(id, employer);
        await _flows.AfterNoticeAsync(async () =>
        {
            var granted = await _flows.ApproveAsync(id);
            var again = await _flows.Graduate(talentId).PostAsJsonAsync("/api/applications", new { policyCode = "TALENT_APARTMENT" });

            Assert.Equal("Completed", granted.GetProperty("state").GetString());
            Assert.NotNull(granted.GetProperty("grantRunsUntil").GetString());
            Assert.Equal("GrantRunning", (await Flows.ProblemAsync(again, 409)).GetProperty("state").GetString());
        });
    }

    [Fact]
    public async Task Approve_whileAnotherGrantOfTheSamePolicyRuns_is409AndGrantsNothing()
    {
        var personKey = $"person-{Guid.NewGuid():N}";
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, personKey);
        var id = await _flows.SubmitAsync(talentId, "TALENT_APARTMENT");
        await _flows.ThroughNoticeAsync(id, employer);
        var running = Store.BeginUnitOfWork();
        running.Insert(new LedgerEntry
        {
            Key = LedgerEntry.RunningKey(personKey, "TALENT_APARTMENT"),
            PersonKey = personKey,
            PolicyCode = "TALENT_APARTMENT",
            ApplicationId = Guid.NewGuid(),
            GrantedAt = DateTimeOffset.UtcNow,
            RunsUntil = new DateOnly(2029, 1, 1),
        });
        await running.CommitAsync();
        await _flows.AfterNoticeAsync(async () =>
        {
            var approval = await _flows.Official.PostAsync($"/api/applications/{id}/approval", null);

            Assert.Equal("GrantRunning", (await Flows.ProblemAsync(approval, 409)).GetProperty("state").GetString());
            Assert.Equal(1, await Store.CountAsync<LedgerEntry>(e => e.PersonKey == personKey));
        });
    }

    [Fact]
    public async Task Withdraw_byHrOfTheGraduatesOwnApplication_is403_andByTheGraduate_succeeds()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");

        var byHr = await _flows.Hr(employer).PostAsJsonAsync($"/api/applications/{id}/withdraw", new { reason = "HR" });
        var byGraduate = await _flows.Graduate(talentId).PostAsJsonAsync($"/api/applications/{id}/withdraw", new { reason = "不再申请" });

        Assert.Equal(HttpStatusCode.Forbidden, byHr.StatusCode);
        Assert.Equal("Withdrawn", (await Flows.OkAsync(byGraduate)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Withdraw_byHrOfAnApplicationHrSubmitted_succeedsWhileEmployed_andIs403AfterTheEmploymentEnded()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var hr = _flows.Hr(employer);
        var first = await Flows.OkAsync(await hr.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE", talentId }));
        var withdrawn = await hr.PostAsJsonAsync($"/api/applications/{first.GetProperty("id").GetGuid()}/withdraw", new { reason = "重新提交" });
        var second = await Flows.OkAsync(await hr.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE", talentId }));
        var facts = (await Store.GetAsync<TalentFacts>(talentId))!;
        await factory.ApplyAsync(talentId, new EmploymentEnded(talentId, facts.EmploymentId!.Value, employer, new DateOnly(2026, 11, 30), DateTimeOffset.UtcNow));

        var afterLeaving = await hr.PostAsJsonAsync($"/api/applications/{second.GetProperty("id").GetGuid()}/withdraw", new { reason = "HR" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterLeaving.StatusCode);
    }
}
