using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Steps of the application workflow through the API, for tests that need an application in some state.</summary>
public sealed class Flows(PolicyMatchingFactory factory)
{
    public HttpClient Official { get; } = factory.ClientFor(Roles.Official);

    public HttpClient Graduate(Guid talentId) => factory.ClientFor(Roles.Graduate, talentId: talentId);

    public HttpClient Hr(Guid employerId) => factory.ClientFor(Roles.EmployerHr, employerId: employerId);

    public static HttpClient As(PolicyMatchingFactory factory, string role, string accountId, Guid? talentId = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(role, talentId: talentId, accountId: accountId));
        return client;
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Whether a 400's <c>errors</c> name <paramref name="field"/>.</summary>
    public static bool NamesField(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out JsonElement _);

    /// <summary>A hired doctor who rents (does not own a home): eligible for the rental subsidy too.</summary>
    public async Task<(Guid TalentId, Guid EmployerId)> RentingDoctorAsync(string street = "凤凰街道")
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer, street: street, insuranceMonths: 6);
        await factory.ApplyAsync(talentId, Profile(talentId, ownsHome: false));
        return (talentId, employer);
    }

    /// <summary>The doctor's profile, identity and facts verified (the degree as <paramref name="degree"/>).</summary>
    public static TalentProfileUpdated Profile(Guid talentId, bool ownsHome, string degree = "Doctorate") => new(
        talentId, false, "C", ownsHome, [new EducationRecordInfo(degree, true, "浙江大学", "Tier985", "化学", new DateOnly(2025, 6, 30))], DateTimeOffset.UtcNow,
        IdentityStatuses.Verified, Verification.Provenance());

    public async Task<Guid> SubmitAsync(Guid talentId, string policyCode)
    {
        var submitted = await OkAsync(await Graduate(talentId).PostAsJsonAsync("/api/applications", new { policyCode }));
        return submitted.GetProperty("id").GetGuid();
    }

    /// <summary>HR confirms and the official starts the notice.</summary>
    public async Task<JsonElement> ThroughNoticeAsync(Guid applicationId, Guid employerId)
    {
        await OkAsync(await Hr(employerId).PostAsync($"/api/applications/{applicationId}/employer-confirmation", null));
        return await OkAsync(await Official.PostAsJsonAsync($"/api/applications/{applicationId}/public-notice", new { reason = "材料齐全" }));
    }

    /// <summary>Runs <paramref name="after"/> with the clock past the notice (15 days on), then puts the clock back.</summary>
    public async Task AfterNoticeAsync(Func<Task> after)
    {
        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await after();
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }
    }

    public async Task<JsonElement> ApproveAsync(Guid applicationId) =>
        await OkAsync(await Official.PostAsync($"/api/applications/{applicationId}/approval", null));
}
