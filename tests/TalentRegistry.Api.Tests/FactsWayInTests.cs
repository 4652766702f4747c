using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Every fact a policy reads has a way in: the graduate declares the qualification, start-up and team facts
/// (officials verify them), asks for the classification decisions (talent tier, start-up grade) that only officials
/// make, and an official approving a degree records the 学信网 report's code and date.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class FactsWayInTests(TalentRegistryFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private async Task<(Guid TalentId, HttpClient Graduate)> GraduateAsync()
    {
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: Guid.NewGuid());
        return (talentId, Api.Client(factory, Roles.Graduate, talentId: talentId));
    }

    // Answers leave out properties whose value is null.
    private static JsonValueKind KindOf(JsonElement talent, string property) =>
        talent.TryGetProperty(property, out var value) ? value.ValueKind : JsonValueKind.Null;

    private static async Task<JsonElement[]> PendingAsync(HttpClient client, Guid talentId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}/verifications")).EnumerateArray()
            .Where(v => v.GetProperty("state").GetString() == "Pending")];

    [Fact]
    public async Task PatchProfile_startupAndTeamFacts_areStoredDeclaredWaitForAnOfficialAndTravelInTheEvent()
    {
        var (talentId, graduate) = await GraduateAsync();
        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId && e.TeamAverageAge == 38.5m);

        var response = await graduate.PatchAsJsonAsync(
            $"/api/talents/{talentId}/profile", new { seniorTechnician = true, startupRegisteredInZone = true, teamAverageAge = 38.5m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var talent = await Api.JsonAsync(response);
        Assert.True(talent.GetProperty("seniorTechnician").GetBoolean());
        Assert.True(talent.GetProperty("startupRegisteredInZone").GetBoolean());
        Assert.Equal(38.5m, talent.GetProperty("teamAverageAge").GetDecimal());
        Assert.Equal("SelfDeclared", talent.GetProperty("provenance").GetProperty("teamAverageAge").GetProperty("source").GetString());
        var facts = (await PendingAsync(graduate, talentId)).Select(v => v.GetProperty("fact").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "seniorTechnician", "startupRegisteredInZone", "teamAverageAge" }, facts);
        var published = await probe.WaitAsync();
        Assert.True(published.SeniorTechnician);
        Assert.True(published.StartupRegisteredInZone);
        Assert.Equal(FactSources.SelfDeclared, published.Provenance!["startupRegisteredInZone"].Source);
    }

    [Theory]
    [InlineData("""{"teamAverageAge":15}""", "teamAverageAge")]
    [InlineData("""{"teamAverageAge":38.55}""", "teamAverageAge")]
    [InlineData("""{"teamAverageAge":"38"}""", "teamAverageAge")]
    [InlineData("""{"seniorTechnician":"yes"}""", "seniorTechnician")]
    [InlineData("""{"startupGrade":"A"}""", "startupGrade")]
    public async Task PatchProfile_badOrOfficialOnlyFact_returns400NamingIt(string body, string field)
    {
        var (talentId, graduate) = await GraduateAsync();

        var response = await graduate.PatchAsync($"/api/talents/{talentId}/profile", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
        var talent = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal(JsonValueKind.Null, KindOf(talent, "teamAverageAge"));
        Assert.Equal(JsonValueKind.Null, KindOf(talent, "startupGrade"));
    }

    [Fact]
    public async Task SetStartupGrade_byAnOfficial_isOfficialVerifiedAndPublished()
    {
        var (talentId, graduate) = await GraduateAsync();
        var probe = await Api.ListenAsync<TalentProfileUpdated>(factory, e => e.TalentId == talentId && e.StartupGrade == "B");

        var response = await Api.Client(factory, Roles.Official, accountId: "grading-office")
            .PutAsJsonAsync($"/api/talents/{talentId}/startup-grade", new { grade = "B", decisionReference = "南太湖创业评审〔2026〕3号" });
        var refused = await graduate.PutAsJsonAsync($"/api/talents/{talentId}/startup-grade", new { grade = "A", decisionReference = "自评" });
        var invalid = await Api.Admin(factory).PutAsJsonAsync($"/api/talents/{talentId}/startup-grade", new { grade = "D", decisionReference = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var talent = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal("B", talent.GetProperty("startupGrade").GetString());
        Assert.Equal("grading-office", talent.GetProperty("provenance").GetProperty("startupGrade").GetProperty("by").GetString());
        Assert.Equal(FactSources.OfficialVerified, (await probe.WaitAsync()).Provenance!["startupGrade"].Source);
    }

    [Fact]
    public async Task ClassificationRequest_changesNothingUntilAnOfficialApprovesItWithItsDocument()
    {
        var (talentId, graduate) = await GraduateAsync();
        var upload = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "人才分类认定书.pdf" }, { new StringContent("talentTier"), "fact" } };
        var documentId = (await Api.JsonAsync(await graduate.PostAsync($"/api/talents/{talentId}/evidence", upload))).GetProperty("id").GetGuid();

        var requested = await graduate.PostAsJsonAsync($"/api/talents/{talentId}/classification-requests", new { fact = "talentTier", value = "B" });
        var byHr = await Api.Client(factory, Roles.EmployerHr, employerId: Guid.NewGuid())
            .PostAsJsonAsync($"/api/talents/{talentId}/classification-requests", new { fact = "talentTier", value = "A" });
        var badFact = await graduate.PostAsJsonAsync($"/api/talents/{talentId}/classification-requests", new { fact = "degreeLevel", value = "A" });

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byHr.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFact.StatusCode);
        var request = await Api.JsonAsync(requested);
        Assert.Equal([documentId], request.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetGuid()));
        var before = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal(JsonValueKind.Null, KindOf(before, "talentTier"));

        var approved = await Api.Admin(factory).PostAsJsonAsync(
            $"/api/verifications/{request.GetProperty("id").GetGuid()}/decision", new { approved = true, reason = "认定书〔2026〕8号" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var after = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal("B", after.GetProperty("talentTier").GetString());
        var provenance = after.GetProperty("provenance").GetProperty("talentTier");
        Assert.Equal(FactSources.OfficialVerified, provenance.GetProperty("source").GetString());
        Assert.Equal([documentId], provenance.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task ClassificationRequest_rejected_leavesTheTierAsItWas()
    {
        var (talentId, graduate) = await GraduateAsync();
        (await Api.Admin(factory).PutAsJsonAsync($"/api/talents/{talentId}/talent-tier", new { tier = "D", decisionReference = "认定〔2026〕1号" })).EnsureSuccessStatusCode();
        var request = await Api.JsonAsync(await graduate.PostAsJsonAsync($"/api/talents/{talentId}/classification-requests", new { fact = "talentTier", value = "A" }));

        var rejected = await Api.Admin(factory).PostAsJsonAsync(
            $"/api/verifications/{request.GetProperty("id").GetGuid()}/decision", new { approved = false, reason = "未获A类认定" });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var talent = await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal("D", talent.GetProperty("talentTier").GetString());
        Assert.False(talent.GetProperty("provenance").GetProperty("talentTier").GetProperty("rejected").GetBoolean());
    }

    [Fact]
    public async Task ApproveDegree_recordsTheVerificationCodeAndReportDate_andRefusesWithoutThem()
    {
        var (talentId, graduate) = await GraduateAsync();
        var education = (await PendingAsync(graduate, talentId)).Single(v => v.GetProperty("fact").GetString() == "education").GetProperty("id").GetGuid();
        var path = $"/api/verifications/{education}/decision";

        var noCode = await Api.Admin(factory).PostAsJsonAsync(path, new { approved = true });
        var future = await Api.Admin(factory).PostAsJsonAsync(path, new { approved = true, verificationCode = "A1B2C3D4E5F6G7H8", reportDate = "2099-01-01" });
        var approved = await Api.Admin(factory).PostAsJsonAsync(path, new { approved = true, verificationCode = "a1b2c3d4e5f6g7h8", reportDate = "2026-01-05" });

        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        Assert.True((await Api.JsonAsync(noCode)).GetProperty("errors").TryGetProperty("verificationCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await Api.JsonAsync(future)).GetProperty("errors").TryGetProperty("reportDate", out _));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("A1B2C3D4E5F6G7H8 (2026-01-05)", (await Api.JsonAsync(approved)).GetProperty("reference").GetString());
        var talent = await graduate.GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}");
        Assert.Equal("A1B2C3D4E5F6G7H8 (2026-01-05)", talent.GetProperty("provenance").GetProperty("degreeLevel").GetProperty("reference").GetString());
    }
}
