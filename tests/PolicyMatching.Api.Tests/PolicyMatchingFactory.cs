using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>A clock tests can move (the public notice runs for working days; instalments fall due).</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

public sealed class PolicyMatchingFactory : ServiceFactory<Program>
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Registers a talent and confirms their hire at a zone employer, and waits until policy-matching has both.</summary>
    public async Task<Guid> HiredDoctorAsync(Guid employerId, string? personKey = null, string street = "凤凰街道", int insuranceMonths = 5)
    {
        var talentId = Guid.NewGuid();
        var registered = Messages.Registered(talentId, "周博士") with
        {
            PersonKey = personKey ?? $"person-{talentId:N}",
            Education = [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", "化学", new DateOnly(2025, 6, 30))],
        };
        await Messages.PublishAsync(Services, registered, Guid.NewGuid());
        await Messages.PublishAsync(Services, Hire(talentId, employerId, street, insuranceMonths), Guid.NewGuid());
        var store = Services.GetRequiredService<Storage.IStore>();
        await Eventually.TrueAsync(
            async () => (await store.GetAsync<Domain.TalentFacts>(talentId))?.EmployerId == employerId,
            what: "the hire to reach policy-matching");
        return talentId;
    }

    public EmploymentConfirmed Hire(Guid talentId, Guid employerId, string street = "凤凰街道", int insuranceMonths = 5) =>
        new(talentId, Guid.NewGuid(), employerId, "卫蓝新能源", street, "new-energy", "Enterprise",
            new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30), insuranceMonths, Clock.GetUtcNow().AddDays(-7));
}

[CollectionDefinition(Name)]
public sealed class PolicyMatchingCollection : ICollectionFixture<PolicyMatchingFactory>
{
    public const string Name = "policy-matching";
}
