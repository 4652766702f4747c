using Microsoft.Extensions.Options;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Keeps this replica's catalogue equal to the store's published texts when several replicas share one
/// database: the replica that publishes or retires a policy reloads at once, the others within
/// <see cref="PolicyCatalogOptions.CatalogRefreshInterval"/> (they compare which documents are published, and reload only
/// when that changed).</summary>
internal sealed partial class PolicyCatalogWatcher(
    IStore store, PolicyCatalog catalog, TimeProvider time, IOptions<PolicyCatalogOptions> options, ILogger<PolicyCatalogWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CatalogRefreshInterval, time, stoppingToken);
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>Reloads the catalogue when the published documents differ from those it holds; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var published = await store.FindAsync<PolicyDocument>(d => d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken);
        if (PolicyCatalog.FingerprintOf(published) == catalog.Fingerprint)
        {
            return false;
        }

        foreach (var refused in catalog.Replace(published))
        {
            LogRefused(logger, refused.ToString());
        }

        LogReloaded(logger, catalog.Policies.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy catalogue reloaded: another replica published or retired a policy ({Count} in force)")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A published policy text is left out of the catalogue: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for newly published policies failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
