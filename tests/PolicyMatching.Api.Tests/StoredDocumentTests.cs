using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.Storage;
using TalentPortal.Storage.Mongo;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Stored documents round-trip through both adapters' mappings, including values left out (null).</summary>
public sealed class StoredDocumentTests
{
    private static TalentFacts Facts()
    {
        var registered = Messages.Registered(Guid.NewGuid()) with
        {
            Education = [new EducationRecordInfo("Master", true, "浙江大学", "Tier985", null, new DateOnly(2025, 6, 30))],
        };
        var facts = TalentFacts.From(registered);
        facts.Apply(new EmploymentConfirmed(registered.TalentId, Guid.NewGuid(), Guid.NewGuid(), "卫蓝新能源", "凤凰街道", "new-energy", "Enterprise", new DateOnly(2026, 7, 1), null, 3, DateTimeOffset.UtcNow));
        return facts;
    }

    [Fact]
    public async Task TalentFacts_withMissingMajorAndOpenContract_roundTripsThroughLiteDb()
    {
        var directory = Path.Combine(Path.GetTempPath(), "talentportal-pm-docs", Guid.NewGuid().ToString("N"));
        var facts = Facts();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var model = Infrastructure.PolicyMatchingModule.Model;
        using var store = (IDisposable)Activator.CreateInstance(
            typeof(IStore).Assembly.GetType("TalentPortal.Storage.LiteDb.LiteDbStore")!,
            Path.Combine(directory, "docs.db"), model, TimeProvider.System, new Storage.Outbox.OutboxSignal())!;
        var typed = (IStore)store;
        await typed.InitializeAsync();
        var unitOfWork = typed.BeginUnitOfWork();
        unitOfWork.Insert(facts);
        await unitOfWork.CommitAsync();

        var loaded = await typed.GetAsync<TalentFacts>(facts.Id);

        Assert.NotNull(loaded);
        Assert.Null(Assert.Single(loaded.Education).Major);
        Assert.Null(loaded.ContractEnd);
        Assert.Equal(3, loaded.SocialInsuranceMonths);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void TalentFacts_roundTripsThroughBson()
    {
        MongoMapping.Register();
        var facts = Facts();

        var back = BsonSerializer.Deserialize<TalentFacts>(facts.ToBsonDocument());

        Assert.Equal(facts.EmployerId, back.EmployerId);
        Assert.Equal("Master", Assert.Single(back.Education).DegreeLevel);
        Assert.Equal(facts.EmploymentStart, back.EmploymentStart);
    }
}
