using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
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
        builder.ConfigureTestServices(services =>
        {
            var store = services.Last(d => d.ServiceType == typeof(Storage.IStore));
            services.Remove(store);
            services.AddSingleton(sp => new SlowReadStore((Storage.IStore)store.ImplementationFactory!(sp)));
            services.AddSingleton<Storage.IStore>(sp => sp.GetRequiredService<SlowReadStore>());
        });
    }

    /// <summary>The store, which a test can slow down to make requests overlap.</summary>
    public SlowReadStore Store => Services.GetRequiredService<SlowReadStore>();

    /// <summary>Registers a talent and confirms their hire at a zone employer, and waits until policy-matching has both.</summary>
    public async Task<Guid> HiredDoctorAsync(
        Guid employerId, string? personKey = null, string street = "凤凰街道", int insuranceMonths = 5, Guid? talentId = null, Func<TalentRegistered, TalentRegistered>? registration = null)
    {
        var id = talentId ?? Guid.NewGuid();
        await RegisterDoctorAsync(id, personKey, registration: registration);
        await Messages.PublishAsync(Services, Hire(id, employerId, street, insuranceMonths), Guid.NewGuid());
        var store = Services.GetRequiredService<Storage.IStore>();
        await Eventually.TrueAsync(
            async () => (await store.GetAsync<Domain.TalentFacts>(id))?.EmployerId == employerId,
            what: "the hire to reach policy-matching");
        return id;
    }

    /// <summary>Registers a doctor who graduated in June 2025, born in 1994, identity and profile verified (or as
    /// <paramref name="registration"/> changes it), and waits until policy-matching has them.</summary>
    public async Task RegisterDoctorAsync(Guid talentId, string? personKey = null, DateOnly? birthDate = null, Func<TalentRegistered, TalentRegistered>? registration = null)
    {
        var registered = Messages.Registered(talentId, "周博士").Verified() with
        {
            PersonKey = personKey ?? $"person-{talentId:N}",
            BirthDate = birthDate ?? new DateOnly(1994, 8, 1),
            Education = [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", "化学", new DateOnly(2025, 6, 30))],
        };
        registered = registration?.Invoke(registered) ?? registered;
        await Messages.PublishAsync(Services, registered, Guid.NewGuid());
        var store = Services.GetRequiredService<Storage.IStore>();
        await Eventually.TrueAsync(async () => await store.GetAsync<Domain.TalentFacts>(talentId) is not null, what: "the registration to reach policy-matching");
    }

    /// <summary>Publishes an event about a talent and waits until policy-matching applied it.</summary>
    public async Task ApplyAsync<T>(Guid talentId, T message) where T : class
    {
        var store = Services.GetRequiredService<Storage.IStore>();
        var before = (await store.GetAsync<Domain.TalentFacts>(talentId))!.EventsApplied;
        await Messages.PublishAsync(Services, message, Guid.NewGuid());
        await Eventually.TrueAsync(async () => (await store.GetAsync<Domain.TalentFacts>(talentId))!.EventsApplied > before, what: $"{typeof(T).Name} to reach policy-matching");
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
