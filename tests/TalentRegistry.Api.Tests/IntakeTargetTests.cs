using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Targets on a host whose clock stands at 2026-06-15: six months elapsed, six remaining.</summary>
public sealed class IntakeTargetTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private async Task HireAsync(string street, string degree, int count)
    {
        var (employerId, _) = await Api.EmployerAsync(factory, street);
        for (var i = 0; i < count; i++)
        {
            var (_, nationalId) = await Api.TalentAsync(factory, degree);
            await Api.HireAsync(factory, employerId, nationalId, "2026-06-01");
        }
    }

    private static async Task<JsonElement> TargetOf(HttpClient client, string? street, string? degree)
    {
        var targets = await Api.JsonAsync(await client.GetAsync("/api/intake/targets?year=2026"));
        return targets.EnumerateArray().Single(t =>
            (t.TryGetProperty("street", out var s) ? s.GetString() : null) == street && (t.TryGetProperty("degree", out var d) ? d.GetString() : null) == degree);
    }

    [Fact]
    public async Task SetTarget_streetOfficialOwnStreet_reportsAchievedPaceNeededAndForecast()
    {
        await HireAsync("滨湖街道", "Doctorate", 3);
        var official = Api.Client(factory, Roles.Official, street: "滨湖街道");

        var response = await official.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "滨湖街道", degree = "Doctorate", targetCount = 15 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var target = await TargetOf(official, "滨湖街道", "Doctorate");
        Assert.Equal(3, target.GetProperty("achieved").GetInt32());
        Assert.Equal(12, target.GetProperty("remaining").GetInt32());
        Assert.Equal(6, target.GetProperty("monthsElapsed").GetInt32());
        Assert.Equal(6, target.GetProperty("monthsRemaining").GetInt32());
        Assert.Equal(2.0m, target.GetProperty("paceNeeded").GetDecimal());
        Assert.Equal(6.0m, target.GetProperty("forecast").GetDecimal());
        Assert.False(target.GetProperty("onTrack").GetBoolean());
    }

    [Fact]
    public async Task SetTarget_again_changesTheSameTarget()
    {
        var admin = Api.Admin(factory);
        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "龙溪街道", targetCount = 100 })).EnsureSuccessStatusCode();

        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "龙溪街道", targetCount = 120 })).EnsureSuccessStatusCode();

        Assert.Equal(120, (await TargetOf(admin, "龙溪街道", null)).GetProperty("targetCount").GetInt32());
    }

    [Fact]
    public async Task SetTarget_zoneWideByStreetOfficialOrOtherStreet_returns403()
    {
        var official = Api.Client(factory, Roles.Official, street: "凤凰街道");

        var zoneWide = await official.PutAsJsonAsync("/api/intake/targets", new { year = 2026, targetCount = 1000 });
        var otherStreet = await official.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "滨湖街道", targetCount = 10 });
        var hr = await Api.Client(factory, Roles.EmployerHr, employerId: Guid.NewGuid()).PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "凤凰街道", targetCount = 10 });

        Assert.Equal(HttpStatusCode.Forbidden, zoneWide.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hr.StatusCode);
    }

    [Fact]
    public async Task SetTarget_invalidFields_returns400NamingEach()
    {
        var response = await Api.Admin(factory).PutAsJsonAsync("/api/intake/targets", new { year = 1999, street = "西湖街道", degree = "Professor", targetCount = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.JsonAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "year", "street", "degree", "targetCount" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task ListTargets_streetOfficial_seesOnlyTheirStreetsTargets()
    {
        var admin = Api.Admin(factory);
        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "杨家埠街道", degree = "Master", targetCount = 40 })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, street = "仁皇山街道", degree = "Master", targetCount = 50 })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, degree = "Master", targetCount = 500 })).EnsureSuccessStatusCode();

        var targets = await Api.JsonAsync(await Api.Client(factory, Roles.Official, street: "杨家埠街道").GetAsync("/api/intake/targets?year=2026"));

        Assert.All(targets.EnumerateArray(), t => Assert.Equal("杨家埠街道", t.GetProperty("street").GetString()));
        Assert.NotEmpty(targets.EnumerateArray());
    }

    [Fact]
    public async Task ListTargets_zoneWideTarget_countsEveryStreetAndExportsAsCsv()
    {
        await HireAsync("凤凰街道", "Associate", 2);
        var admin = Api.Admin(factory);
        (await admin.PutAsJsonAsync("/api/intake/targets", new { year = 2026, degree = "Associate", targetCount = 4 })).EnsureSuccessStatusCode();

        var csv = await (await admin.GetAsync("/api/intake/targets?year=2026&format=csv")).Content.ReadAsStringAsync();

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year,street,degree,targetCount,achieved", lines[0], StringComparison.Ordinal);
        Assert.Contains("2026,,Associate,4,2,2,6,6,0.3,0.3,4.0,true", lines);
    }

    [Fact]
    public async Task ListTargets_asGraduate_returns403()
    {
        var response = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).GetAsync("/api/intake/targets");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
