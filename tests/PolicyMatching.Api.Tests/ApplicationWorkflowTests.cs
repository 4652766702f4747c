using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

[Collection(PolicyMatchingCollection.Name)]
public sealed class ApplicationWorkflowTests(PolicyMatchingFactory factory)
{
    private HttpClient Official => factory.ClientFor(Roles.Official);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(Guid TalentId, Guid EmployerId, Guid ApplicationId)> SubmittedAsync(string? personKey = null)
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, personKey);
        var submitted = await OkAsync(await factory.ClientFor(Roles.Graduate, talentId: talentId)
            .PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" }));
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        return (talentId, employer, submitted.GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> ThroughNoticeAsync(Guid applicationId, Guid employer)
    {
        await OkAsync(await factory.ClientFor(Roles.EmployerHr, employerId: employer).PostAsync($"/api/applications/{applicationId}/employer-confirmation", null));
        return await OkAsync(await Official.PostAsJsonAsync($"/api/applications/{applicationId}/public-notice", new { reason = "材料齐全" }));
    }

    [Fact]
    public async Task Workflow_submitConfirmNoticeApprovePay_endsCompletedWithEveryStepRecorded()
    {
        var (_, employer, id) = await SubmittedAsync();
        var notice = await ThroughNoticeAsync(id, employer);
        Assert.Equal("PublicNotice", notice.GetProperty("state").GetString());
        var noticeEnd = DateOnly.Parse(notice.GetProperty("noticeEnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var noticeStart = DateOnly.Parse(notice.GetProperty("noticeStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(noticeEnd.DayNumber - noticeStart.DayNumber, 4, 13);

        var tooEarly = await Official.PostAsync($"/api/applications/{id}/approval", null);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("PublicNotice", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            var approved = await OkAsync(await Official.PostAsync($"/api/applications/{id}/approval", null));
            Assert.Equal("Approved", approved.GetProperty("state").GetString());
            var instalment = Assert.Single(approved.GetProperty("instalments").EnumerateArray());
            Assert.Equal(100_000m, instalment.GetProperty("amount").GetDecimal());

            var run = await OkAsync(await Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var rerun = await OkAsync(await Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var final = await OkAsync(await Official.GetAsync($"/api/applications/{id}"));

            Assert.True(run.GetProperty("paid").GetInt32() >= 1);
            Assert.Equal("Completed", final.GetProperty("state").GetString());
            Assert.Equal("Paid", final.GetProperty("instalments")[0].GetProperty("state").GetString());
            var actions = final.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
            Assert.Equal(["submit", "employer-confirm", "approve-for-notice", "final-approve", "instalment-1-paid", "complete"], actions);
            Assert.All(final.GetProperty("history").EnumerateArray(), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("actorId").GetString())));
            Assert.DoesNotContain(rerun.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains(id.ToString(), StringComparison.Ordinal));
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }
    }

    [Fact]
    public async Task IllegalTransition_is409WithTheCurrentState()
    {
        var (_, _, id) = await SubmittedAsync();

        var notice = await Official.PostAsync($"/api/applications/{id}/public-notice", null);
        var reject = await Official.PostAsJsonAsync($"/api/applications/{id}/reject", new { reason = "" });

        Assert.Equal(HttpStatusCode.Conflict, notice.StatusCode);
        Assert.Equal("Submitted", (await notice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reject.StatusCode);
    }

    [Fact]
    public async Task ReturnAndResubmit_thenReject_recordsReasons()
    {
        var (talentId, employer, id) = await SubmittedAsync();
        await OkAsync(await factory.ClientFor(Roles.EmployerHr, employerId: employer).PostAsync($"/api/applications/{id}/employer-confirmation", null));

        await OkAsync(await Official.PostAsJsonAsync($"/api/applications/{id}/return", new { reason = "请补充学位证书" }));
        await OkAsync(await factory.ClientFor(Roles.Graduate, talentId: talentId).PostAsJsonAsync($"/api/applications/{id}/resubmit", new { reason = "已补充" }));
        var rejected = await OkAsync(await Official.PostAsJsonAsync($"/api/applications/{id}/reject", new { reason = "学位非全日制" }));

        Assert.Equal("Rejected", rejected.GetProperty("state").GetString());
        Assert.Contains(rejected.GetProperty("history").EnumerateArray(), h => h.TryGetProperty("reason", out var r) && r.GetString() == "请补充学位证书");
    }

    [Fact]
    public async Task UpheldObjection_rejectsTheApplication()
    {
        var (_, employer, id) = await SubmittedAsync();
        await ThroughNoticeAsync(id, employer);

        var objected = await OkAsync(await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()).PostAsJsonAsync($"/api/applications/{id}/objections", new { text = "该人员已离职" }));
        var objectionId = objected.GetProperty("id").GetGuid();
        var resolved = await OkAsync(await Official.PostAsJsonAsync($"/api/applications/{id}/objections/{objectionId}/resolution", new { upheld = true, resolution = "核实属实" }));

        Assert.Equal("Rejected", resolved.GetProperty("state").GetString());
    }

    [Fact]
    public async Task SamePersonThroughASecondAccount_cannotApplyOnceGranted()
    {
        var personKey = $"person-{Guid.NewGuid():N}";
        var (_, employer, first) = await SubmittedAsync(personKey);
        var secondTalent = await factory.HiredDoctorAsync(Guid.NewGuid(), personKey);
        var secondAccount = factory.ClientFor(Roles.Graduate, talentId: secondTalent);

        var whileOpen = await secondAccount.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" });
        await ThroughNoticeAsync(first, employer);
        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await OkAsync(await Official.PostAsync($"/api/applications/{first}/approval", null));
            var afterGrant = await secondAccount.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" });

            Assert.Equal(HttpStatusCode.Conflict, whileOpen.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, afterGrant.StatusCode);
            Assert.Contains("already receives", await afterGrant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }
    }

    [Fact]
    public async Task Approval_whenTheLedgerAlreadyHoldsTheBenefit_is409AndGrantsNothing()
    {
        var personKey = $"person-{Guid.NewGuid():N}";
        var (_, employer, id) = await SubmittedAsync(personKey);
        await ThroughNoticeAsync(id, employer);
        var store = factory.Services.GetRequiredService<IStore>();
        var grantedElsewhere = store.BeginUnitOfWork();
        grantedElsewhere.Insert(new LedgerEntry { Key = LedgerEntry.PolicyKey(personKey, "LIVING_ALLOWANCE"), PersonKey = personKey, PolicyCode = "LIVING_ALLOWANCE", ApplicationId = Guid.NewGuid(), GrantedAt = DateTimeOffset.UtcNow });
        await grantedElsewhere.CommitAsync();
        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            var approval = await Official.PostAsync($"/api/applications/{id}/approval", null);
            var application = await OkAsync(await Official.GetAsync($"/api/applications/{id}"));

            Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
            Assert.Equal("PublicNotice", application.GetProperty("state").GetString());
            Assert.Empty(application.GetProperty("instalments").EnumerateArray());
            Assert.Equal(1, await store.CountAsync<LedgerEntry>(e => e.PersonKey == personKey));
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }
    }

    [Fact]
    public async Task Submit_secondTimeWhileOpen_is409_andNotEligible_is409WithReasons()
    {
        var (talentId, _, _) = await SubmittedAsync();
        var client = factory.ClientFor(Roles.Graduate, talentId: talentId);

        var again = await client.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE" });
        var notEligible = await client.PostAsJsonAsync("/api/applications", new { policyCode = "SOUTH_TAIHU_ELITE" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("existingApplicationId", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notEligible.StatusCode);
    }

    [Fact]
    public async Task Instalment_afterEmploymentEnded_isSuspendedWithTheReason()
    {
        var (talentId, employer, id) = await SubmittedAsync();
        await ThroughNoticeAsync(id, employer);
        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await OkAsync(await Official.PostAsync($"/api/applications/{id}/approval", null));
            var store = factory.Services.GetRequiredService<IStore>();
            var facts = (await store.GetAsync<TalentFacts>(talentId))!;
            await Messages.PublishAsync(factory.Services, new EmploymentEnded(talentId, facts.EmploymentId!.Value, employer, new DateOnly(2026, 11, 1), DateTimeOffset.UtcNow), Guid.NewGuid());
            await Eventually.TrueAsync(async () => (await store.GetAsync<TalentFacts>(talentId))!.EmploymentEnd is not null, what: "the end of employment");

            var run = await OkAsync(await Official.PostAsJsonAsync("/api/applications/instalments/run", new { }));
            var application = await OkAsync(await Official.GetAsync($"/api/applications/{id}"));

            Assert.True(run.GetProperty("suspended").GetInt32() >= 1);
            var instalment = application.GetProperty("instalments")[0];
            Assert.Equal("Suspended", instalment.GetProperty("state").GetString());
            Assert.Contains("2026-11-01", instalment.GetProperty("suspendedReason").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }
    }

    [Fact]
    public async Task Applications_graduateSeesOnlyTheirOwn_andStreetOfficialOnlyTheirStreet()
    {
        var (_, _, id) = await SubmittedAsync();

        var stranger = await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()).GetAsync($"/api/applications/{id}");
        var otherStreet = await factory.ClientFor(Roles.Official, street: "滨湖街道").GetAsync($"/api/applications/{id}");
        var sameStreet = await factory.ClientFor(Roles.Official, street: "凤凰街道").GetAsync($"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameStreet.StatusCode);
    }
}
