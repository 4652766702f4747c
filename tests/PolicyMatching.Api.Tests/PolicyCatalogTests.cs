using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

public sealed class PolicyCatalogTests
{
    [Fact]
    public void Replace_aPublishedTextBeyondTheLimits_isLeftOutAndTheOthersLoad()
    {
        var catalog = new PolicyCatalog();
        var living = File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", "living-allowance.yaml"));

        var refused = catalog.Replace([("LIVING_ALLOWANCE", living), ("DEEP", new string('[', 10_000) + new string(']', 10_000))]);

        Assert.Equal("LIVING_ALLOWANCE", Assert.Single(catalog.Policies).Code);
        Assert.Equal("DEEP.yaml", Assert.Single(refused).File);
    }
}
