using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class TalentRegistryFactory : ServiceFactory<Program>;

[CollectionDefinition(Name)]
public sealed class TalentRegistryCollection : ICollectionFixture<TalentRegistryFactory>
{
    public const string Name = "talent-registry";
}
