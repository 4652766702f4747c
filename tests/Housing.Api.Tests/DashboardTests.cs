using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Housing.Tests;

public sealed class DashboardTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private async Task<(Guid Id, HttpClient Requester)> RaiseAsync(string category, string street)
    {
        var requester = factory.Graduate(Guid.NewGuid());
        var created = await Api.OkJsonAsync(
            await requester.PostAsJsonAsync("/api/housing/service-requests", new { category, title = "诉求", description = "详情", street }),
            HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), requester);
    }

    private async Task MoveAsync(Guid id, params string[] actions)
    {
        foreach (var action in actions)
        {
            var response = await factory.Official().PostAsJsonAsync($"/api/housing/service-requests/{id}/transitions", new { action, comment = "处理意见" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Dashboard_requestsInEveryStatus_totalsReconcile_andOnTimeRateCountsOpenOverdue()
    {
        var overdueOpen = await RaiseAsync("MedicalGreenChannel", "凤凰街道");
        var lateResolved = await RaiseAsync("MedicalGreenChannel", "凤凰街道");
        await MoveAsync(overdueOpen.Id, "accept");
        factory.Clock.Advance(TimeSpan.FromDays(4));
        await MoveAsync(lateResolved.Id, "accept", "resolve");
        var submitted = await RaiseAsync("SchoolPlace", "龙溪街道");
        var inProgress = await RaiseAsync("SchoolPlace", "龙溪街道");
        await MoveAsync(inProgress.Id, "accept", "start");
        var resolved = await RaiseAsync("SpouseEmployment", "凤凰街道");
        await MoveAsync(resolved.Id, "accept", "start", "resolve");
        var explained = await RaiseAsync("HouseholdRegistration", "龙溪街道");
        await MoveAsync(explained.Id, "accept", "explain");
        var merged = await RaiseAsync("SpouseEmployment", "凤凰街道");
        var mergeResponse = await factory.Official().PostAsJsonAsync($"/api/housing/service-requests/{merged.Id}/transitions", new { action = "merge", mergedInto = resolved.Id, comment = "重复诉求" });
        Assert.Equal(HttpStatusCode.OK, mergeResponse.StatusCode);
        var withdrawn = await RaiseAsync("StartupPremises", "滨湖街道");
        var withdrawal = await withdrawn.Requester.PostAsJsonAsync($"/api/housing/service-requests/{withdrawn.Id}/transitions", new { action = "withdraw" });
        Assert.Equal(HttpStatusCode.OK, withdrawal.StatusCode);
        await resolved.Requester.PostAsJsonAsync($"/api/housing/service-requests/{resolved.Id}/survey", new { score = 5 });
        await explained.Requester.PostAsJsonAsync($"/api/housing/service-requests/{explained.Id}/survey", new { score = 2, comment = "不满意" });

        var dashboard = await Api.OkJsonAsync(await factory.Official().GetAsync("/api/housing/dashboard/service-requests"));

        var overall = dashboard.GetProperty("overall");
        var byStatus = overall.GetProperty("byStatus");
        Assert.Equal(8, overall.GetProperty("total").GetInt32());
        Assert.Equal(overall.GetProperty("total").GetInt32(), byStatus.EnumerateObject().Sum(s => s.Value.GetInt32()));
        Assert.Equal(7, byStatus.EnumerateObject().Count());
        Assert.All(byStatus.EnumerateObject(), s => Assert.True(s.Value.GetInt32() >= 1, $"{s.Name} has no request"));
        Assert.Equal(2, byStatus.GetProperty("Resolved").GetInt32());
        Assert.Equal(3, overall.GetProperty("closed").GetInt32());
        Assert.Equal(2, overall.GetProperty("closedOnTime").GetInt32());
        Assert.Equal(1, overall.GetProperty("openOverdue").GetInt32());
        Assert.Equal(0.5m, overall.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(3.5m, overall.GetProperty("averageSatisfaction").GetDecimal());
        Assert.True(overall.GetProperty("averageDaysToClose").GetDecimal() > 0);
        foreach (var dimension in new[] { "byCategory", "byStreet", "byMonth" })
        {
            var rows = dashboard.GetProperty(dimension).EnumerateArray().ToList();
            Assert.Equal(8, rows.Sum(r => r.GetProperty("total").GetInt32()));
            Assert.All(rows, r => Assert.Equal(r.GetProperty("total").GetInt32(), r.GetProperty("byStatus").EnumerateObject().Sum(s => s.Value.GetInt32())));
        }

        var csv = await factory.Official().GetStringAsync("/api/housing/dashboard/service-requests?format=csv");
        var lines = csv.TrimStart('\uFEFF').TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("dimension,key,total,Submitted,Accepted,InProgress,Resolved,ExplainedNotAdoptable,Merged,Withdrawn,open,closed,openOverdue,closedOnTime,onTimeRate", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("all,all,8,1,1,1,2,1,1,1,3,3,1,2,0.5,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("street,龙溪街道,3,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_isForOfficials_streetOfficialsSeeTheirStreet_andBadFiltersAre400()
    {
        var zone = await Api.OkJsonAsync(await factory.Official().GetAsync("/api/housing/dashboard/service-requests"));
        var street = await Api.OkJsonAsync(await factory.Official(street: "凤凰街道").GetAsync("/api/housing/dashboard/service-requests"));
        var otherStreet = await factory.Official(street: "凤凰街道").GetAsync("/api/housing/dashboard/service-requests?street=龙溪街道");
        var graduate = await factory.Graduate(Guid.NewGuid()).GetAsync("/api/housing/dashboard/service-requests");
        var hr = await factory.ClientFor(Roles.EmployerHr, employerId: Guid.NewGuid()).GetAsync("/api/housing/dashboard/service-requests");
        var badDate = await factory.Official().GetAsync("/api/housing/dashboard/service-requests?from=2026-13-01");
        var future = await factory.Official().GetAsync("/api/housing/dashboard/service-requests?from=2999-01-01");
        var reversed = await factory.Official().GetAsync("/api/housing/dashboard/service-requests?from=2026-11-01&to=2026-10-01");

        var expected = zone.GetProperty("byStreet").EnumerateArray().Where(r => r.GetProperty("key").GetString() == "凤凰街道").Sum(r => r.GetProperty("total").GetInt32());
        Assert.Equal(expected, street.GetProperty("overall").GetProperty("total").GetInt32());
        Assert.All(street.GetProperty("byStreet").EnumerateArray(), r => Assert.Equal("凤凰街道", r.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, graduate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hr.StatusCode);
        Assert.True((await Api.OkJsonAsync(badDate, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out JsonElement _));
        Assert.True((await Api.OkJsonAsync(reversed, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out JsonElement _));
        Assert.True((await Api.OkJsonAsync(future, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out JsonElement _));
    }
}
