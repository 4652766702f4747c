using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Intake;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class IntakeQueryTests(TalentRegistryFactory factory)
{
    private static string ThisMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Guid> EmployerWithHiresAsync(string street, params (string Degree, bool Huzhou)[] people)
    {
        var (employerId, _) = await Api.EmployerAsync(factory, street);
        foreach (var (degree, huzhou) in people)
        {
            var (_, nationalId) = await Api.TalentAsync(factory, degree, huzhou);
            await Api.HireAsync(factory, employerId, nationalId);
        }

        return employerId;
    }

    [Fact]
    public async Task Query_byDegreeAndOriginWithMonthlySeries_countsEachHireAndReconciles()
    {
        var employerId = await EmployerWithHiresAsync("滨湖街道", ("Doctorate", false), ("Doctorate", false), ("Master", true), ("Bachelor", false));

        var body = await Api.JsonAsync(await Api.Client(factory, Roles.Official).GetAsync(
            $"/api/intake?employerId={employerId}&by=degree,origin&monthly=true&from={ThisMonth}&to={ThisMonth}"));

        Assert.Equal(4, body.GetProperty("total").GetInt32());
        var groups = body.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(2, Count(groups, "Doctorate", "outside"));
        Assert.Equal(1, Count(groups, "Master", "huzhou"));
        Assert.Equal(body.GetProperty("total").GetInt32(), groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.All(groups, g => Assert.Equal(g.GetProperty("count").GetInt32(), g.GetProperty("series").EnumerateArray().Sum(m => m.GetInt32())));
        Assert.Equal(4, body.GetProperty("series").EnumerateArray().Sum(m => m.GetInt32()));
    }

    [Fact]
    public async Task Query_everyBreakdownOfTheZone_sumsToTheSameTotal()
    {
        await EmployerWithHiresAsync("龙溪街道", ("Associate", false), ("Master", true));
        var client = Api.Client(factory, Roles.Admin);
        var total = (await Api.JsonAsync(await client.GetAsync($"/api/intake?from=2020-01&to={ThisMonth}"))).GetProperty("total").GetInt32();

        foreach (var by in new[] { "degree", "street", "industryChain", "employer", "universityTier", "origin", "street,degree,origin", "employer,universityTier" })
        {
            var body = await Api.JsonAsync(await client.GetAsync($"/api/intake?from=2020-01&to={ThisMonth}&by={by}"));
            Assert.Equal(total, body.GetProperty("total").GetInt32());
            Assert.Equal(total, body.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
        }

        Assert.True(total >= 2);
    }

    [Fact]
    public async Task Restart_rebuildsTheSameFiguresFromTheStoredIntakeRecords()
    {
        await EmployerWithHiresAsync("凤凰街道", ("Doctorate", false), ("Master", false));
        var store = factory.Services.GetRequiredService<IStore>();
        var live = factory.Services.GetRequiredService<IntakeCube>();
        var rebuilt = new IntakeCube();

        await new IntakeCubeLoader(store, rebuilt, new SkippedIntakeRecords(), NullLogger<IntakeCubeLoader>.Instance).StartAsync(CancellationToken.None);

        var query = new IntakeQuery(new DateOnly(2020, 1, 1), new DateOnly(2029, 12, 1), [IntakeDimension.Street, IntakeDimension.Degree], new IntakeFilter());
        Assert.Equal(await store.CountAsync<IntakeRecord>(_ => true), rebuilt.Total);
        Assert.Equal(live.Query(query).Groups.Select(g => (g.Count, string.Join('|', g.Key.Values))), rebuilt.Query(query).Groups.Select(g => (g.Count, string.Join('|', g.Key.Values))));
    }

    [Fact]
    public async Task Query_samePersonHiredByTwoEmployers_countsOnce()
    {
        var (first, _) = await Api.EmployerAsync(factory, "凤凰街道");
        var (second, _) = await Api.EmployerAsync(factory, "凤凰街道");
        var (_, nationalId) = await Api.TalentAsync(factory);
        await Api.HireAsync(factory, first, nationalId, "2026-01-01");
        await Api.HireAsync(factory, second, nationalId, "2026-05-01");

        var client = Api.Client(factory, Roles.Official);
        var atFirst = (await Api.JsonAsync(await client.GetAsync($"/api/intake?employerId={first}&from={ThisMonth}&to={ThisMonth}"))).GetProperty("total").GetInt32();
        var atSecond = (await Api.JsonAsync(await client.GetAsync($"/api/intake?employerId={second}&from={ThisMonth}&to={ThisMonth}"))).GetProperty("total").GetInt32();

        Assert.Equal(1, atFirst + atSecond);
    }

    [Fact]
    public async Task Query_streetOfficial_isHeldToTheirStreetAndOtherStreetsAre403()
    {
        await EmployerWithHiresAsync("仁皇山街道", ("Master", false));
        var official = Api.Client(factory, Roles.Official, street: "仁皇山街道");

        var own = await Api.JsonAsync(await official.GetAsync($"/api/intake?by=street&from=2020-01&to={ThisMonth}"));
        var other = await official.GetAsync("/api/intake?street=滨湖街道");

        Assert.Equal("仁皇山街道", Assert.Single(own.GetProperty("groups").EnumerateArray()).GetProperty("key").GetProperty("street").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Graduate)]
    [InlineData(Roles.EmployerHr)]
    public async Task Query_graduateOrHr_returns403(string role)
    {
        var response = await Api.Client(factory, role, talentId: Guid.NewGuid(), employerId: Guid.NewGuid()).GetAsync("/api/intake");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("by=colour", "by")]
    [InlineData("from=2026-13", "from")]
    [InlineData("from=2026-06&to=2026-01", "to")]
    [InlineData("origin=mars", "origin")]
    [InlineData("degree=Professor", "degree")]
    [InlineData("street=西湖街道", "street")]
    public async Task Query_badParameter_returns400NamingIt(string query, string field)
    {
        var response = await Api.Client(factory, Roles.Official).GetAsync($"/api/intake?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Theory]
    [InlineData("from=2099-01&monthly=true", "from")]
    [InlineData("from=2099-01", "from")]
    [InlineData("from=0001-01&by=employer,degree,street&monthly=true", "from")]
    [InlineData("from=1990-01&to=1995-12", "from")]
    [InlineData("to=2099-12", "to")]
    [InlineData("from=2026-01&to=2099-12", "to")]
    [InlineData("to=1999-06", "to")]
    [InlineData("from=2001-01&to=2025-12", "to")]
    public async Task Query_periodOutsideItsBounds_returns400NamingTheEndGiven(string query, string field)
    {
        var response = await Api.Client(factory, Roles.Official).GetAsync($"/api/intake?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Query_aFuturePeriodWithinNextYear_countsNothingRatherThanEverything()
    {
        await EmployerWithHiresAsync("滨湖街道", ("Master", false));
        var nextYear = DateTime.UtcNow.Year + 1;

        var body = await Api.JsonAsync(await Api.Client(factory, Roles.Official).GetAsync($"/api/intake?from={nextYear}-01&to={nextYear}-12&monthly=true"));

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Equal(12, body.GetProperty("series").GetArrayLength());
    }

    [Fact]
    public async Task Query_asCsv_listsTheSameFiguresAsJson()
    {
        var employerId = await EmployerWithHiresAsync("杨家埠街道", ("Doctorate", false), ("Bachelor", false), ("Bachelor", true));
        var client = Api.Client(factory, Roles.Official);

        var response = await client.GetAsync($"/api/intake?employerId={employerId}&by=employer,degree&from={ThisMonth}&to={ThisMonth}&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("employer,degree,employerName,count", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{employerId},Bachelor,", StringComparison.Ordinal) && l.EndsWith(",2", StringComparison.Ordinal));
        Assert.Equal(3, lines.Skip(1).Sum(l => int.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static int Count(List<JsonElement> groups, string degree, string origin) =>
        groups.Single(g => g.GetProperty("key").GetProperty("degree").GetString() == degree && g.GetProperty("key").GetProperty("origin").GetString() == origin)
            .GetProperty("count").GetInt32();
}
