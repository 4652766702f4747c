using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>The policies of seeds/policies, loaded once for the whole test run.</summary>
internal static class SeedPolicies
{
    private static readonly Lazy<IReadOnlyList<PolicyDefinition>> Loaded = new(() => PolicyLoader.LoadDirectory(RepoPaths.Policies));

    public static IReadOnlyList<PolicyDefinition> All => Loaded.Value;

    public static PolicyDefinition Get(string code) => All.Single(p => p.Code == code);
}
