using TalentPortal.Testing;

namespace TalentPortal.FaultTests;

/// <summary>The whole system as processes for the fault suite: its hosts are killed and restarted, and their stores
/// read directly once they stopped.</summary>
public sealed class FaultSystem : PortalSystem
{
    /// <summary>Talents whose events a test published itself (they are in the readers, not in the registry).</summary>
    public HashSet<Guid> SyntheticTalents { get; } = [];

    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        // Talents are imported by the thousand here: every sign-in and call comes from the test's one address.
        ["Gateway__RateLimit__PermitsPerMinute"] = "100000",

        // A re-match spread over small pages, so it can be killed half way.
        ["Rematch__PageSize"] = "200",
        ["Rematch__PagePause"] = "00:00:00.150",
    };
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultSystem>
{
    public const string Name = "faults";
}
