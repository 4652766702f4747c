using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

/// <summary>Arrangements and calls the housing tests share.</summary>
internal static class Api
{
    public static readonly RentStepInfo[] PolicySteps = [new(1, 100m), new(2, 70m), new(3, 50m)];

    public static HttpClient Official(this HousingFactory factory, string? street = null) => factory.ClientFor(Roles.Official, street: street);

    public static HttpClient Graduate(this HousingFactory factory, Guid talentId) => factory.ClientFor(Roles.Graduate, talentId: talentId);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static BenefitGranted Grant(Guid talentId, IReadOnlyList<RentStepInfo>? steps = null) =>
        new(Guid.NewGuid(), talentId, $"person-{talentId:N}", "HZ-TALENT-APARTMENT", "TalentApartment", null, steps ?? PolicySteps,
            new DateOnly(2026, 5, 1), DateTimeOffset.UtcNow);

    /// <summary>A talent housing knows (tier, degree) holding an approved apartment benefit, written straight to the store.</summary>
    public static async Task<Guid> TalentWithBenefitAsync(this HousingFactory factory, string degree = "Master", string? tier = null, IReadOnlyList<RentStepInfo>? steps = null)
    {
        var talentId = Guid.NewGuid();
        var registered = Messages.RegisteredVerified(talentId, degree: degree) with { TalentTier = tier };
        var unitOfWork = factory.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        unitOfWork.Insert(Resident.From(registered));
        unitOfWork.Insert(ApartmentEntitlement.From(Grant(talentId, steps)));
        await unitOfWork.CommitAsync();
        return talentId;
    }

    /// <summary>An approved apartment benefit for a talent housing may not know yet, written straight to the store.</summary>
    public static async Task GrantAsync(this HousingFactory factory, Guid talentId)
    {
        var unitOfWork = factory.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        unitOfWork.Insert(ApartmentEntitlement.From(Grant(talentId)));
        await unitOfWork.CommitAsync();
    }

    public static async Task<Guid> ApplyAsync(this HousingFactory factory, Guid talentId, object? preferences = null)
    {
        var response = await factory.Graduate(talentId).PostAsJsonAsync("/api/housing/applications", preferences ?? new { });
        return (await OkJsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A fresh project (in 凤凰街道 unless told) with one unit per rent given.</summary>
    public static async Task<(Guid ProjectId, Guid[] UnitIds)> ProjectAsync(this HousingFactory factory, string street = "凤凰街道", string layout = "OneBedroom", params decimal[] rents)
    {
        var client = factory.Official();
        var project = await OkJsonAsync(
            await client.PostAsJsonAsync("/api/housing/projects", new { code = $"T-{Guid.NewGuid():N}"[..20], name = "测试人才公寓", street }),
            HttpStatusCode.Created);
        var projectId = project.GetProperty("id").GetGuid();
        var units = new List<Guid>();
        var i = 0;
        foreach (var rent in rents.Length == 0 ? [1500m] : rents)
        {
            var unit = await OkJsonAsync(
                await client.PostAsJsonAsync($"/api/housing/projects/{projectId}/units", new { number = $"1-{++i:000}", layout, area = 50m, monthlyRent = rent }),
                HttpStatusCode.Created);
            units.Add(unit.GetProperty("id").GetGuid());
        }

        return (projectId, [.. units]);
    }

    /// <summary>Offers as a zone official; the skip reason lets tests offer out of queue order (it is only recorded when
    /// earlier applications are passed over).</summary>
    public static async Task<Guid> OfferAsync(this HousingFactory factory, Guid applicationId, Guid unitId, DateTimeOffset? respondBy = null)
    {
        var response = await factory.Official().PostAsJsonAsync("/api/housing/offers", new { applicationId, unitId, respondBy, skipReason = "测试安排" });
        return (await OkJsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> AcceptAsync(this HousingFactory factory, Guid talentId, Guid offerId) =>
        await OkJsonAsync(await factory.Graduate(talentId).PostAsync($"/api/housing/offers/{offerId}/accept", null), HttpStatusCode.Created);

    /// <summary>A talent with a running lease of a fresh unit; returns (talent, unit, lease).</summary>
    public static async Task<(Guid TalentId, Guid UnitId, Guid LeaseId)> TenantAsync(this HousingFactory factory, decimal rent = 1500m)
    {
        var talentId = await factory.TalentWithBenefitAsync();
        var applicationId = await factory.ApplyAsync(talentId);
        var (_, units) = await factory.ProjectAsync(rents: rent);
        var lease = await factory.AcceptAsync(talentId, await factory.OfferAsync(applicationId, units[0]));
        return (talentId, units[0], lease.GetProperty("id").GetGuid());
    }

    /// <summary>Records, as talent-registry's events would, that the talent works for the employer in the street.</summary>
    public static async Task EmployAsync(this HousingFactory factory, Guid talentId, Guid employerId, string street)
    {
        var unitOfWork = factory.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        unitOfWork.Insert(Employment.From(new EmploymentConfirmed(
            talentId, Guid.NewGuid(), employerId, "测试企业", street, "Other", "Enterprise", new DateOnly(2025, 9, 1), null, 3, DateTimeOffset.UtcNow)));
        await unitOfWork.CommitAsync();
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today(this HousingFactory factory) => Zone.Today(factory.Clock.GetUtcNow());

    public static async Task<JsonElement> PositionAsync(this HousingFactory factory, Guid talentId, Guid applicationId) =>
        await OkJsonAsync(await factory.Graduate(talentId).GetAsync($"/api/housing/applications/{applicationId}/position"));

    /// <summary>Listens on the host's bus for the first <typeparamref name="T"/> matching <paramref name="match"/>.</summary>
    public static Task<EventProbe<T>> ListenAsync<T>(this HousingFactory factory, Func<T, bool> match) where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        return EventProbe.ListenAsync(factory.Services, match);
    }
}
