using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Processes queued imports one at a time. Jobs left queued or running by a previous process are marked failed
/// at start-up (their file was held in memory); re-submitting is safe because a re-import creates nothing new.</summary>
internal sealed partial class ImportWorker(PendingImports queue, ImportProcessor processor, IStore store, TimeProvider time, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedAsync(stoppingToken);
        await foreach (var (jobId, file) in queue.ReadAllAsync(stoppingToken))
        {
            var job = await store.GetAsync<ImportJob>(jobId, stoppingToken);
            if (job is null)
            {
                continue;
            }

            try
            {
                await processor.RunAsync(job, file, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, jobId);
                var current = await store.GetAsync<ImportJob>(jobId, CancellationToken.None);
                if (current is not null)
                {
                    var unitOfWork = store.BeginUnitOfWork();
                    current.Fail($"Stopped after {current.Processed} of {current.Total} rows: {e.Message} Re-submit the file; rows already imported are skipped.", time.GetUtcNow());
                    unitOfWork.Update(current);
                    await unitOfWork.CommitAsync(CancellationToken.None);
                }
            }
        }
    }

    private async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        var interrupted = await store.FindAsync<ImportJob>(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running, cancellationToken: cancellationToken);
        foreach (var job in interrupted)
        {
            var unitOfWork = store.BeginUnitOfWork();
            job.Fail($"Interrupted by a restart after {job.Processed} of {job.Total} rows. Re-submit the file; rows already imported are skipped.", time.GetUtcNow());
            unitOfWork.Update(job);
            await unitOfWork.CommitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
