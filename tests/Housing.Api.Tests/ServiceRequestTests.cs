using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Contracts.Housing;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Housing.Tests;

public sealed class ServiceRequestTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private async Task<JsonElement> RaiseAsync(HttpClient client, string category = "SchoolPlace", string street = "凤凰街道") =>
        await Api.OkJsonAsync(
            await client.PostAsJsonAsync("/api/housing/service-requests", new
            {
                category,
                title = "孩子入学咨询",
                description = "女儿今年9月上小学，希望就近入学。",
                street,
                attachments = new[] { new { fileName = "户口本.pdf", size = 120_000L, sha256 = Hash } },
            }),
            HttpStatusCode.Created);

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, string action, string? comment = null, object? extra = null) =>
        await client.PostAsJsonAsync($"/api/housing/service-requests/{id}/transitions", extra ?? new { action, comment });

    [Fact]
    public async Task Request_fromSubmittedToResolved_recordsEveryTransition_asksForTheSurvey_andPublishesClosed()
    {
        var talentId = Guid.NewGuid();
        var requester = factory.Graduate(talentId);
        var official = factory.Official(street: "凤凰街道");
        var created = await RaiseAsync(requester);
        var id = created.GetProperty("id").GetGuid();
        var closed = await factory.ListenAsync<ServiceRequestClosed>(e => e.RequestId == id);

        Assert.Equal(HttpStatusCode.OK, (await official.PostAsJsonAsync($"/api/housing/service-requests/{id}/transitions", new { action = "accept", assignTo = "凤凰街道社区服务中心" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(official, id, "start", "已联系学校")).StatusCode);
        var resolved = await Api.OkJsonAsync(await MoveAsync(official, id, "resolve", "已安排就近入学"));

        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal(15, created.GetProperty("slaDays").GetInt32());
        Assert.Equal(Hash, created.GetProperty("attachments")[0].GetProperty("sha256").GetString());
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("凤凰街道社区服务中心", resolved.GetProperty("assignedTo").GetString());
        var transitions = resolved.GetProperty("transitions").EnumerateArray().ToList();
        Assert.Equal(["Submitted", "Accepted", "InProgress", "Resolved"], transitions.Select(t => t.GetProperty("to").GetString()));
        Assert.All(transitions.Skip(1), t => Assert.Equal(Roles.Official, t.GetProperty("actorRole").GetString()));
        Assert.Equal("已安排就近入学", transitions[^1].GetProperty("comment").GetString());
        Assert.True(resolved.GetProperty("surveyRequested").GetBoolean());
        Assert.True(resolved.GetProperty("closedOnTime").GetBoolean());
        var closedEvent = await closed.WaitAsync();
        Assert.Equal("Resolved", closedEvent.Outcome);
        Assert.True(closedEvent.ClosedOnTime);
    }

    [Fact]
    public async Task Transition_notAllowedFromTheCurrentStatus_returns409WithTheState_andExplainWithoutComment400()
    {
        var official = factory.Official();
        var id = (await RaiseAsync(factory.Graduate(Guid.NewGuid()))).GetProperty("id").GetGuid();

        var resolveUnaccepted = await MoveAsync(official, id, "resolve");
        await MoveAsync(official, id, "accept");
        var explainSilently = await MoveAsync(official, id, "explain");
        var unknownAction = await MoveAsync(official, id, "teleport");

        Assert.Equal("Submitted", (await Api.OkJsonAsync(resolveUnaccepted, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        Assert.True((await Api.OkJsonAsync(explainSilently, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.True((await Api.OkJsonAsync(unknownAction, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("action", out _));
    }

    [Fact]
    public async Task Request_openPastItsSla_isFlaggedOverdue_andListedByOverdueFilter()
    {
        var official = factory.Official();
        var id = (await RaiseAsync(factory.Graduate(Guid.NewGuid()), category: "MedicalGreenChannel")).GetProperty("id").GetGuid();
        await MoveAsync(official, id, "accept");

        factory.Clock.Advance(TimeSpan.FromDays(4));

        var request = await Api.OkJsonAsync(await official.GetAsync($"/api/housing/service-requests/{id}"));
        Assert.True(request.GetProperty("overdue").GetBoolean());
        var overdue = await Api.OkJsonAsync(await official.GetAsync("/api/housing/service-requests?overdue=true"));
        Assert.Contains(overdue.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var resolved = await Api.OkJsonAsync(await MoveAsync(official, id, "resolve", "迟到的答复"));
        Assert.False(resolved.GetProperty("overdue").GetBoolean());
        Assert.False(resolved.GetProperty("closedOnTime").GetBoolean());
    }

    [Fact]
    public async Task Survey_byTheRequesterAfterClosure_isStored_onceOnly_andStaffCannotRate()
    {
        var talentId = Guid.NewGuid();
        var requester = factory.Graduate(talentId);
        var official = factory.Official();
        var id = (await RaiseAsync(requester)).GetProperty("id").GetGuid();

        var tooEarly = await requester.PostAsJsonAsync($"/api/housing/service-requests/{id}/survey", new { score = 5 });
        await MoveAsync(official, id, "accept");
        await MoveAsync(official, id, "resolve", "已办结");
        var byStaff = await official.PostAsJsonAsync($"/api/housing/service-requests/{id}/survey", new { score = 5 });
        var outOfRange = await requester.PostAsJsonAsync($"/api/housing/service-requests/{id}/survey", new { score = 6 });
        var rated = await Api.OkJsonAsync(await requester.PostAsJsonAsync($"/api/housing/service-requests/{id}/survey", new { score = 4, comment = "办得快" }));
        var twice = await requester.PostAsJsonAsync($"/api/housing/service-requests/{id}/survey", new { score = 1 });

        Assert.Equal("Submitted", (await Api.OkJsonAsync(tooEarly, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.True((await Api.OkJsonAsync(outOfRange, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("score", out _));
        Assert.Equal(4, rated.GetProperty("survey").GetProperty("score").GetInt32());
        Assert.False(rated.GetProperty("surveyRequested").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task EnterpriseIssue_raisedByHr_isSeenByThatEmployersHr_notByAnotherEmployerOrAGraduate()
    {
        var employerId = Guid.NewGuid();
        var hr = factory.ClientFor(Roles.EmployerHr, employerId: employerId);
        var byGraduate = await factory.Graduate(Guid.NewGuid()).PostAsJsonAsync("/api/housing/service-requests", new
        {
            category = "EnterpriseIssue",
            title = "用地",
            description = "厂房扩建用地审批",
            street = "龙溪街道",
        });
        var id = (await RaiseAsync(hr, category: "EnterpriseIssue", street: "龙溪街道")).GetProperty("id").GetGuid();

        var colleague = await factory.ClientFor(Roles.EmployerHr, employerId: employerId).GetAsync($"/api/housing/service-requests/{id}");
        var otherEmployer = await factory.ClientFor(Roles.EmployerHr, employerId: Guid.NewGuid()).GetAsync($"/api/housing/service-requests/{id}");
        var otherStreetOfficial = await factory.Official(street: "凤凰街道").GetAsync($"/api/housing/service-requests/{id}");
        var streetOfficial = await factory.Official(street: "龙溪街道").GetAsync($"/api/housing/service-requests/{id}");
        var otherStreetAccept = await MoveAsync(factory.Official(street: "凤凰街道"), id, "accept");

        Assert.Equal(HttpStatusCode.Forbidden, byGraduate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherEmployer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreetOfficial.StatusCode);
        Assert.Equal(HttpStatusCode.OK, streetOfficial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreetAccept.StatusCode);
    }

    [Fact]
    public async Task ListRequests_graduateSeesOnlyOwn_andWithdrawIsTheRequestersOnly()
    {
        var talentId = Guid.NewGuid();
        var requester = factory.Graduate(talentId);
        var mine = (await RaiseAsync(requester)).GetProperty("id").GetGuid();
        await RaiseAsync(factory.Graduate(Guid.NewGuid()));

        var list = await Api.OkJsonAsync(await requester.GetAsync("/api/housing/service-requests"));
        var byOfficial = await MoveAsync(factory.Official(), mine, "withdraw");
        var withdrawn = await Api.OkJsonAsync(await MoveAsync(requester, mine, "withdraw", "已自行解决"));

        Assert.Equal(mine, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, byOfficial.StatusCode);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.False(withdrawn.GetProperty("surveyRequested").GetBoolean());
    }

    [Fact]
    public async Task Raise_invalidInput_returns400NamingEachField()
    {
        var response = await factory.Graduate(Guid.NewGuid()).PostAsJsonAsync("/api/housing/service-requests", new
        {
            category = "SchoolPlace",
            title = "",
            description = "x",
            street = "火星街道",
            attachments = new[] { new { fileName = "a.pdf", size = 10L, sha256 = "nothex" } },
        });

        var errors = (await Api.OkJsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("street", out _));
        Assert.True(errors.TryGetProperty("attachments[0].sha256", out _));
    }
}
