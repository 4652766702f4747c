using TalentPortal.PolicyMatching.Infrastructure;

namespace TalentPortal.PolicyMatching.Features.Rematch;

/// <summary>Re-match settings (configuration section "Rematch").</summary>
public sealed class RematchOptions
{
    /// <summary>Talents read and committed together.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>A pause after each committed page, to spread a re-match out when live traffic must not wait (none by default).</summary>
    public TimeSpan PagePause { get; set; } = TimeSpan.Zero;

    /// <summary>How long after its publication a re-match starts (none by default). With several replicas set it above
    /// <see cref="PolicyCatalogOptions.CatalogRefreshInterval"/>: by then every replica evaluates with the new texts,
    /// so none can write a result from the previous ones after the re-match has passed that talent.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.Zero;
}
