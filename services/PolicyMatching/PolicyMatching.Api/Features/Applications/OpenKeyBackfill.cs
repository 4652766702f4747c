using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Before the store builds its indexes: gives applications stored before the unique open key existed their
/// key, so the unique index can be built over them. Finds nothing to do once they all have one.</summary>
internal sealed partial class OpenKeyBackfill(IStore store, ILogger<OpenKeyBackfill> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var missing = await store.FindAsync<Application>(a => a.OpenKey == null || a.OpenKey == "", cancellationToken: cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var unitOfWork = store.BeginUnitOfWork();
        foreach (var application in missing.OrderBy(a => a.SubmittedAt))
        {
            var key = Application.OpenKeyOf(application.PersonKey, application.PolicyCode);
            var keyTaken = application.IsOpen && (!taken.Add(key) || (await store.CountAsync<Application>(a => a.OpenKey == key, cancellationToken)) > 0);
            application.RestoreOpenKey(keyTaken);
            unitOfWork.Update(application);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        LogBackfilled(logger, missing.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} earlier applications their open key")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
