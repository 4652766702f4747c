namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Catalogue settings (configuration section "Policies").</summary>
public sealed class PolicyCatalogOptions
{
    /// <summary>How often each replica looks for policy texts published or retired by another replica.</summary>
    public TimeSpan CatalogRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
