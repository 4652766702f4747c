using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;
using TalentPortal.Testing.Security;

namespace TalentPortal.PolicyMatching.Tests.Security;

/// <summary>The records every route names, arranged through the API (and the store for a re-match job, which only a
/// publication creates): the self talent, employed by the own employer in the own street, with an application HR
/// submitted and put in its public notice, an objection to it, an approved application (with its decision receipt), a
/// draft and a completed preview of it.</summary>
public sealed record SecurityFixture(PersonaScope Scope, Guid ApplicationId, Guid ObjectionId, Guid DraftId, Guid DiffJobId, Guid RematchJobId, Guid ApprovedApplicationId)
{
    public const string OwnStreet = "凤凰街道";
    public const string OtherStreet = "滨湖街道";

    /// <summary>A policy code the routes may retire without disturbing the fixture.</summary>
    public const string RetirableCode = "GRADUATE_STARTUP";

    public static string LivingAllowance(decimal amount) =>
        File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", "living-allowance.yaml"))
            .Replace("amount: 100000", $"amount: {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}", StringComparison.Ordinal);

    public static async Task<SecurityFixture> ArrangeAsync(PolicyMatchingFactory factory, decimal draftAmount)
    {
        var scope = new PersonaScope(Guid.CreateVersion7(), Guid.CreateVersion7(), OwnStreet, OtherStreet);
        await factory.HiredDoctorAsync(scope.OwnEmployerId, street: OwnStreet, talentId: scope.SelfTalentId);
        var hr = factory.ClientFor(Roles.EmployerHr, employerId: scope.OwnEmployerId);
        var application = await OkAsync(await hr.PostAsJsonAsync("/api/applications", new { policyCode = "LIVING_ALLOWANCE", talentId = scope.SelfTalentId }));
        var applicationId = application.GetProperty("id").GetGuid();
        var official = factory.ClientFor(Roles.Official, street: OwnStreet);
        await OkAsync(await official.PostAsJsonAsync($"/api/applications/{applicationId}/public-notice", new { reason = "材料齐全" }));
        var objection = await OkAsync(await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid())
            .PostAsJsonAsync($"/api/applications/{applicationId}/objections", new { text = "该人员已离职" }));
        var approved = await OkAsync(await hr.PostAsJsonAsync("/api/applications", new { policyCode = "TALENT_APARTMENT", talentId = scope.SelfTalentId }));
        var approvedId = approved.GetProperty("id").GetGuid();
        await OkAsync(await official.PostAsJsonAsync($"/api/applications/{approvedId}/public-notice", new { reason = "材料齐全" }));
        factory.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await OkAsync(await official.PostAsync($"/api/applications/{approvedId}/approval", null));
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-15));
        }

        var admin = factory.ClientFor(Roles.Admin);
        var draft = await OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = LivingAllowance(draftAmount) }));
        var draftId = draft.GetProperty("id").GetGuid();
        var started = await admin.PostAsync($"/api/policies/drafts/{draftId}/diff", null);
        var jobUrl = started.Headers.Location!.ToString();
        await Eventually.TrueAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>(jobUrl)).GetProperty("state").GetString() == "Completed",
            what: "the preview to finish");

        var rematch = new RematchJob { PolicyCode = "LIVING_ALLOWANCE", State = "Completed", CreatedAt = DateTimeOffset.UtcNow };
        var store = factory.Services.GetRequiredService<IStore>();
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(rematch);
        await unitOfWork.CommitAsync();

        return new SecurityFixture(scope, applicationId, objection.GetProperty("id").GetGuid(), draftId, Guid.Parse(jobUrl.Split('/')[^1]), rematch.Id, approvedId);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
