using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>One running system (five processes) for every test class that drives it through the gateway: the classes
/// run one after another on it instead of each starting five processes of its own beside the other test projects.</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<PortalSystem>
{
    public const string Name = "the running system";
}
