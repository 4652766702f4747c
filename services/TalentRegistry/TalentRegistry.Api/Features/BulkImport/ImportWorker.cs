using Microsoft.Extensions.Options;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Processes queued imports one at a time, reading each file from disk, and deletes the file when done. At
/// start-up, imports this replica left queued or running are queued again while their file is there, and a running one
/// goes on after the rows it had committed; one whose file is gone is marked failed (re-submitting is safe: a re-import
/// creates nothing new). An import belongs to the replica that received its file (<see cref="JobOwner"/>): another
/// replica leaves it alone while that replica lives, and marks it failed once that replica is gone (the file went with it).</summary>
internal sealed partial class ImportWorker(
    PendingImports queue, ImportFiles files, ImportProcessor processor, IStore store, JobOwner owner, IOptions<ImportOptions> options,
    TimeProvider time, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeInterruptedAsync(stoppingToken);
        var orphans = owner.EveryHeartbeatAsync(FailOrphansAsync, e => LogOrphanCheckFailed(logger, e), stoppingToken);
        try
        {
            await RunQueuedAsync(stoppingToken);
        }
        finally
        {
            await orphans;
        }
    }

    private async Task RunQueuedAsync(CancellationToken stoppingToken)
    {
        await foreach (var pending in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (await store.GetAsync<ImportJob>(pending.JobId, stoppingToken) is { Status: ImportJobStatus.Queued or ImportJobStatus.Running } job)
                {
                    await RunAsync(job, pending.Path, stoppingToken);
                }
            }
            finally
            {
                files.Delete(pending.Path);
                queue.Release();
            }
        }
    }

    private async Task RunAsync(ImportJob job, string path, CancellationToken stoppingToken)
    {
        try
        {
            await processor.RunAsync(job, ImportFile.Open(path, options.Value.MaxRows, options.Value.MaxUnzippedBytes), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, job.Id);
            var current = await store.GetAsync<ImportJob>(job.Id, CancellationToken.None);
            if (current is not null)
            {
                var unitOfWork = store.BeginUnitOfWork();
                current.Fail($"Stopped after {current.Processed} of {current.Total} rows: {e.Message} Re-submit the file; rows already imported are skipped.", time.GetUtcNow());
                unitOfWork.Update(current);
                await unitOfWork.CommitAsync(CancellationToken.None);
            }
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        var interrupted = await store.FindAsync<ImportJob>(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running, cancellationToken: cancellationToken);
        var resumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in interrupted.Where(owner.Owns).OrderBy(j => j.SubmittedAt))
        {
            var path = files.PathOf(job.Id);
            if (File.Exists(path) && queue.TryReserve())
            {
                resumed.Add(path);
                queue.Enqueue(new PendingImport(job.Id, path));
                continue;
            }

            var unitOfWork = store.BeginUnitOfWork();
            job.Fail($"Interrupted by a restart after {job.Processed} of {job.Total} rows. Re-submit the file; rows already imported are skipped.", time.GetUtcNow());
            unitOfWork.Update(job);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        foreach (var orphan in Directory.Exists(files.Directory) ? Directory.EnumerateFiles(files.Directory, "*.csv") : [])
        {
            if (!resumed.Contains(orphan))
            {
                files.Delete(orphan);
            }
        }
    }

    /// <summary>Marks failed the unfinished imports of replicas that are gone (their uploaded file went with them);
    /// returns how many.</summary>
    public async Task<int> FailOrphansAsync(CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var job in await store.FindAsync<ImportJob>(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running, cancellationToken: cancellationToken))
        {
            if (!await owner.IsOrphanedAsync(job, cancellationToken))
            {
                continue;
            }

            var unitOfWork = store.BeginUnitOfWork();
            job.Fail($"The server running it ({job.Owner}) stopped after {job.Processed} of {job.Total} rows. Re-submit the file; rows already imported are skipped.", time.GetUtcNow());
            unitOfWork.Update(job);
            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
                failed++;
            }
            catch (ConcurrencyConflictException)
            {
                // Its owner wrote progress after all, or another replica marked it first.
            }
        }

        return failed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for imports of replicas that are gone failed; trying again later")]
    private static partial void LogOrphanCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
