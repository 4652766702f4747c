using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>A store written before applications had their unique open key still starts.</summary>
public sealed class LegacyStoreTests
{
    private static BsonDocument EarlierApplication(Guid id, string personKey, DateTime submittedAt) => new()
    {
        ["_id"] = id,
        ["Version"] = 1L,
        ["TalentId"] = Guid.NewGuid(),
        ["PersonKey"] = personKey,
        ["ApplicantName"] = "周博士",
        ["Street"] = "凤凰街道",
        ["PolicyCode"] = "LIVING_ALLOWANCE",
        ["State"] = "Submitted",
        ["SubmittedAt"] = submittedAt,
    };

    [Fact]
    public async Task Start_withTwoEarlierOpenApplicationsOfOnePersonAndPolicy_givesTheFirstTheOpenKeyAndKeepsBoth()
    {
        await using var factory = new PolicyMatchingFactory();
        await ((Xunit.IAsyncLifetime)factory).InitializeAsync();
        var (first, second, personKey) = (Guid.NewGuid(), Guid.NewGuid(), $"person-{Guid.NewGuid():N}");
        Directory.CreateDirectory(factory.DataDirectory);
        using (var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(factory.DataDirectory, "policy-matching.db"), Connection = ConnectionType.Direct }))
        {
            var applications = db.GetCollection("applications");
            applications.Insert(EarlierApplication(first, personKey, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
            applications.Insert(EarlierApplication(second, personKey, new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc)));
        }

        var read = await factory.ClientFor(Roles.Official).GetAsync($"/api/applications/{second}");
        var store = factory.Services.GetRequiredService<IStore>();

        Assert.Equal(System.Net.HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(Application.OpenKeyOf(personKey, "LIVING_ALLOWANCE"), (await store.GetAsync<Application>(first))!.OpenKey);
        Assert.Equal(ApplicationState.Submitted, (await store.GetAsync<Application>(second))!.State);
        await ((Xunit.IAsyncLifetime)factory).DisposeAsync();
    }
}
