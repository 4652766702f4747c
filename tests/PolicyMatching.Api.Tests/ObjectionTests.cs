using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Objections during the public notice cannot be used to block approvals or to unmask the objector.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class ObjectionTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);

    private async Task<(Guid TalentId, Guid EmployerId, Guid ApplicationId)> InNoticeAsync()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");
        await _flows.ThroughNoticeAsync(id, employer);
        return (talentId, employer, id);
    }

    private static Task<HttpResponseMessage> ObjectAsync(HttpClient client, Guid applicationId, string text = "该人员已离职") =>
        client.PostAsJsonAsync($"/api/applications/{applicationId}/objections", new { text });

    private Task<HttpResponseMessage> DismissAsync(Guid applicationId, Guid objectionId) =>
        _flows.Official.PostAsJsonAsync($"/api/applications/{applicationId}/objections/{objectionId}/resolution", new { upheld = false, resolution = "经核实不属实" });

    [Fact]
    public async Task LodgeObjection_secondWhileTheFirstIsOpen_is409WithState()
    {
        var (_, _, id) = await InNoticeAsync();
        var objector = Flows.As(factory, Roles.Graduate, $"objector-{Guid.NewGuid():N}", Guid.NewGuid());

        var first = await ObjectAsync(objector, id);
        var second = await ObjectAsync(objector, id, "再次异议");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("Open", (await Flows.ProblemAsync(second, 409)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task LodgeObjection_beyondThePerAccountLimit_is429WithRetryAfter()
    {
        var (_, _, id) = await InNoticeAsync();
        var objector = Flows.As(factory, Roles.Graduate, $"objector-{Guid.NewGuid():N}", Guid.NewGuid());
        for (var i = 0; i < 5; i++)
        {
            var lodged = await Flows.OkAsync(await ObjectAsync(objector, id));
            await Flows.OkAsync(await DismissAsync(id, lodged.GetProperty("id").GetGuid()));
        }

        var sixth = await ObjectAsync(objector, id);

        await Flows.ProblemAsync(sixth, 429);
        Assert.True(sixth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Objection_isStoredApartFromTheApplication_andItsObjectorIsShownToOfficialsOnly()
    {
        var (talentId, employer, id) = await InNoticeAsync();
        var account = $"objector-{Guid.NewGuid():N}";
        await Flows.OkAsync(await ObjectAsync(Flows.As(factory, Roles.Graduate, account, Guid.NewGuid()), id));

        var asApplicant = await Flows.OkAsync(await _flows.Graduate(talentId).GetAsync($"/api/applications/{id}"));
        var asHr = await Flows.OkAsync(await _flows.Hr(employer).GetAsync($"/api/applications/{id}"));
        var asOfficial = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

        Assert.False(asApplicant.GetProperty("objections")[0].TryGetProperty("lodgedBy", out _));
        Assert.False(asHr.GetProperty("objections")[0].TryGetProperty("lodgedBy", out _));
        Assert.DoesNotContain(account, asApplicant.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(account, asOfficial.GetProperty("objections")[0].GetProperty("lodgedBy").GetString());
        Assert.Equal(1, asOfficial.GetProperty("openObjections").GetInt32());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(1, await store.CountAsync<Objection>(o => o.ApplicationId == id));
    }

    [Fact]
    public async Task Approval_whileAnObjectionIsOpen_is409_andAfterItIsDismissed_succeeds()
    {
        var (_, _, id) = await InNoticeAsync();
        var lodged = await Flows.OkAsync(await ObjectAsync(factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()), id));

        await _flows.AfterNoticeAsync(async () =>
        {
            var blocked = await _flows.Official.PostAsync($"/api/applications/{id}/approval", null);
            await Flows.OkAsync(await DismissAsync(id, lodged.GetProperty("id").GetGuid()));
            var approved = await _flows.ApproveAsync(id);

            Assert.Equal("PublicNotice", (await Flows.ProblemAsync(blocked, 409)).GetProperty("state").GetString());
            Assert.Equal("Approved", approved.GetProperty("state").GetString());
        });
    }
}
