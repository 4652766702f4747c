using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class TalentRegistryFactory : ServiceFactory<Program>;

[CollectionDefinition(Name)]
public sealed class TalentRegistryCollection : ICollectionFixture<TalentRegistryFactory>
{
    public const string Name = "talent-registry";
}

/// <summary>A host whose clock stands still at <see cref="Now"/> (2026-06-15 10:00 Huzhou time), for pace and forecast.</summary>
public sealed class FixedClockFactory : ServiceFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));
    }
}

/// <summary>A host that seeds demo data (a few generated talents) at start-up: in Development, the only environment
/// that seeds demo data.</summary>
public sealed class DemoSeedFactory : ServiceFactory<Program>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [WebHostDefaults.EnvironmentKey] = Environments.Development,
        ["Seed:DemoData"] = "true",
        ["Seed:DemoTalents"] = "30",
    };
}

public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
