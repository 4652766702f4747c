using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>The social-insurance bureau's monthly file: per-row errors, idempotent lines, each person's months as a
/// Registry fact (total, continuous up to the latest month, last twelve) and declared months that differ.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class InsuranceFeedTests(TalentRegistryFactory factory)
{
    private const string Header = "nationalId,creditCode,month,paid";

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private async Task<JsonElement> FeedAsync(string csv)
    {
        var response = await Api.Admin(factory).PostAsync("/api/insurance-records/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Api.JsonAsync(response);
    }

    /// <summary>A talent HR hired, declaring 3 months of insurance.</summary>
    private async Task<(Guid TalentId, string NationalId)> HiredAsync()
    {
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var (employerId, _) = await Api.EmployerAsync(factory);
        await Api.HireAsync(factory, employerId, nationalId);
        return (talentId, nationalId);
    }

    private async Task<JsonElement> InsuranceOfAsync(Guid talentId) =>
        (await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}")).GetProperty("insurance");

    [Fact]
    public async Task Feed_monthsAcrossAGap_countsTotalContinuousAndLastTwelve()
    {
        var (talentId, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();
        var other = Api.NewCreditCode();

        var answer = await FeedAsync(Csv(
            $"{nationalId},{code},2023-05,是",
            $"{nationalId},{code},2024-01,true",
            $"{nationalId},{code},2024-02,1",
            $"{nationalId},{code},2024-03,TRUE",
            $"{nationalId},{code},2024-04,否",
            $"{nationalId},{other},2024-05,1",
            $"{nationalId},{other},2024-06,1",
            $"{nationalId},{code},2024-06,1"));

        Assert.Equal(8, answer.GetProperty("recorded").GetInt32());
        Assert.Equal("2024-06", answer.GetProperty("latestMonth").GetString());
        var insurance = await InsuranceOfAsync(talentId);
        Assert.Equal(6, insurance.GetProperty("months").GetInt32());
        Assert.Equal(2, insurance.GetProperty("continuousMonths").GetInt32());
        Assert.Equal(5, insurance.GetProperty("monthsLast12").GetInt32());
        Assert.Equal("2024-06", insurance.GetProperty("asOfMonth").GetString());
        var talent = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        foreach (var key in new[] { "socialInsuranceMonths", "continuousSocialInsuranceMonths", "socialInsuranceMonthsLast12" })
        {
            var provenance = talent.GetProperty("provenance").GetProperty(key);
            Assert.Equal("Registry", provenance.GetProperty("source").GetString());
            Assert.Equal("insurance-feed", provenance.GetProperty("by").GetString());
        }
    }

    [Fact]
    public async Task Feed_sameFileAgain_isUnchangedAndAChangedPaidUpdatesTheMonth()
    {
        var (talentId, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();
        var file = Csv($"{nationalId},{code},2025-01,1", $"{nationalId},{code},2025-02,1");
        await FeedAsync(file);

        var again = await FeedAsync(file);
        var changed = await FeedAsync(Csv($"{nationalId},{code},2025-02,0"));

        Assert.Equal((0, 0, 2), (again.GetProperty("recorded").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 1, 0), (changed.GetProperty("recorded").GetInt32(), changed.GetProperty("updated").GetInt32(), changed.GetProperty("unchanged").GetInt32()));
        var insurance = await InsuranceOfAsync(talentId);
        Assert.Equal(1, insurance.GetProperty("months").GetInt32());
        Assert.Equal(0, insurance.GetProperty("continuousMonths").GetInt32());
    }

    [Fact]
    public async Task Feed_badRowsAndUnregisteredPeople_areRejectedEachWithItsReasonAndTheRestRecorded()
    {
        var (_, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();
        var badChecksum = nationalId[..17] + (nationalId[17] == '1' ? '2' : '1');
        var nextYear = DateTime.UtcNow.Year + 1;

        var answer = await FeedAsync(Csv(
            $"{nationalId},{code},2025-03,1",
            $"{badChecksum},{code},2025-03,1",
            $"{nationalId},9133050112345,2025-03,1",
            $"{nationalId},{code},{nextYear}-01,1",
            $"{nationalId},{code},1989-12,1",
            $"{nationalId},{code},2025-3,1",
            $"{nationalId},{code},2025-04,maybe",
            $"{NationalIds.Next()},{code},2025-03,1"));

        Assert.Equal(1, answer.GetProperty("recorded").GetInt32());
        Assert.Equal(7, answer.GetProperty("rejected").GetInt32());
        var reasons = answer.GetProperty("rejectedRows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("row").GetInt32(), r => string.Join(" ", r.GetProperty("reasons").EnumerateArray().Select(x => x.GetString())));
        Assert.StartsWith("nationalId:", reasons[2], StringComparison.Ordinal);
        Assert.StartsWith("creditCode:", reasons[3], StringComparison.Ordinal);
        Assert.StartsWith("month:", reasons[4], StringComparison.Ordinal);
        Assert.StartsWith("month:", reasons[5], StringComparison.Ordinal);
        Assert.StartsWith("month:", reasons[6], StringComparison.Ordinal);
        Assert.StartsWith("paid:", reasons[7], StringComparison.Ordinal);
        Assert.Contains("not registered", reasons[8], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_declaredMonthsOtherThanTheFeeds_areFlaggedInTheAnswerAndOnTheTalent()
    {
        var (differing, differingId) = await HiredAsync();
        var (matching, matchingId) = await HiredAsync();
        var code = Api.NewCreditCode();

        var answer = await FeedAsync(Csv(
            $"{differingId},{code},2025-05,1",
            $"{matchingId},{code},2025-03,1",
            $"{matchingId},{code},2025-04,1",
            $"{matchingId},{code},2025-05,1"));

        var difference = Assert.Single(answer.GetProperty("differences").EnumerateArray());
        Assert.Equal(differing, difference.GetProperty("talentId").GetGuid());
        Assert.Equal(3, difference.GetProperty("declared").GetInt32());
        Assert.Equal(1, difference.GetProperty("registry").GetInt32());
        var flagged = await InsuranceOfAsync(differing);
        Assert.Equal(3, flagged.GetProperty("declaredMonths").GetInt32());
        Assert.True(flagged.GetProperty("differs").GetBoolean());
        Assert.False((await InsuranceOfAsync(matching)).GetProperty("differs").GetBoolean());
    }

    [Fact]
    public async Task Feed_byAStreetOfficial_returns403()
    {
        var response = await Api.Client(factory, Roles.Official, street: "龙溪街道")
            .PostAsync("/api/insurance-records/imports", new StringContent(Csv($"{NationalIds.Next()},{Api.NewCreditCode()},2025-01,1"), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Feed_withoutTheMonthColumn_returns400NamingColumns()
    {
        var response = await Api.Admin(factory)
            .PostAsync("/api/insurance-records/imports", new StringContent($"nationalId,creditCode,paid\n{NationalIds.Next()},{Api.NewCreditCode()},1\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("month", (await Api.JsonAsync(response)).GetProperty("errors").GetProperty("columns")[0].GetString(), StringComparison.Ordinal);
    }
}
