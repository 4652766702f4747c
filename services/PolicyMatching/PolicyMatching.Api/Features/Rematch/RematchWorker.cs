using System.Globalization;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Rematch;

/// <summary>Re-evaluates every talent after a publication: the talent ids are split into one range per core, each read
/// a page at a time in id order; a page's changed results, their <c>EligibilityChanged</c> events and the job's progress
/// (where each range got to, so a restart resumes there) are committed together. Unchanged results are not rewritten.
/// A page that meets a concurrent update of one of its talents is read and done again. A job belongs to the replica
/// that created it (<see cref="JobOwner"/>): another replica takes it over, and resumes it where its ranges got to, only
/// once that replica is gone.</summary>
internal sealed partial class RematchWorker(
    IStore store, EligibilityEvaluator eligibility, PendingJobs<RematchJob> queue, JobOwner owner, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<RematchOptions> options, ILogger<RematchWorker> logger)
    : BackgroundService
{
    private const int MaxSkippedListed = 100;

    private int PageSize => options.Value.PageSize;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Jobs this replica left unfinished when it stopped are picked up again; those of a replica that is gone, too.
        foreach (var job in await store.FindAsync<RematchJob>(j => j.State == "Queued" || j.State == "Running", cancellationToken: stoppingToken))
        {
            if (owner.Owns(job))
            {
                await queue.EnqueueAsync(job.Id, stoppingToken);
            }
        }

        var takeOvers = owner.EveryHeartbeatAsync(TakeOverOrphansAsync, e => LogTakeOverFailed(logger, e), stoppingToken);
        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(jobId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, jobId);
                if (await store.GetAsync<RematchJob>(jobId, stoppingToken) is { } job && owner.Owns(job))
                {
                    job.State = "Failed";
                    job.Error = e.Message;
                    var unitOfWork = store.BeginUnitOfWork();
                    unitOfWork.Update(job);
                    await unitOfWork.CommitAsync(stoppingToken);
                }
            }
        }

        await takeOvers;
    }

    /// <summary>Takes over the unfinished jobs of replicas that are gone (one replica wins each: the version check) and
    /// queues them here; returns how many.</summary>
    public async Task<int> TakeOverOrphansAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        foreach (var job in await store.FindAsync<RematchJob>(j => j.State == "Queued" || j.State == "Running", cancellationToken: cancellationToken))
        {
            if (!await owner.IsOrphanedAsync(job, cancellationToken))
            {
                continue;
            }

            var previous = job.Owner;
            job.Owner = owner.Instance;
            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Update(job);
            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                continue;
            }

            LogTakenOver(logger, job.Id, previous);
            await queue.EnqueueAsync(job.Id, cancellationToken);
            taken++;
        }

        return taken;
    }

    private async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync<RematchJob>(jobId, cancellationToken) ?? throw new InvalidOperationException($"Re-match job {jobId} vanished.");
        if (!owner.Owns(job) || job.State is not ("Queued" or "Running"))
        {
            // Another replica took it over while it waited here, or it is finished.
            return;
        }
        if (job.CreatedAt + options.Value.StartDelay - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        job.State = "Running";
        job.Total = (int)await store.CountAsync<TalentFacts>(_ => true, cancellationToken);
        if (job.Shards.Count == 0)
        {
            job.Shards = await PlanShardsAsync(Environment.ProcessorCount, cancellationToken);
        }

        // One shard per core; their commits take turns (one writer), so the job's progress is never written twice at once.
        using var commits = new SemaphoreSlim(1, 1);
        await Task.WhenAll(job.Shards.Where(s => !s.Done).Select(shard => Task.Run(() => RunShardAsync(job, shard, commits, cancellationToken), cancellationToken)));

        job.Processed = Math.Max(job.Processed, job.Total);
        job.State = "Completed";
        job.FinishedAt = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(job);
        await unitOfWork.CommitAsync(cancellationToken);
    }

    private async Task RunShardAsync(RematchJob job, RematchShard shard, SemaphoreSlim commits, CancellationToken cancellationToken)
    {
        while (!shard.Done)
        {
            var after = shard.After;
            var read = await store.FindAsync<TalentFacts>(f => f.Id > after, new QueryOptions<TalentFacts>(f => f.Id, Take: PageSize), cancellationToken);
            IReadOnlyList<TalentFacts> page = shard.Until is { } until ? [.. read.TakeWhile(f => f.Id <= until)] : read;
            var last = page.Count < read.Count || read.Count < PageSize;
            var changes = new List<EligibilityChanged>();
            var skipped = new List<Guid>();
            var rewritten = page.Where(facts => Recompute(facts, changes, skipped)).ToList();

            await commits.WaitAsync(cancellationToken);
            var (processed, changed, version) = (job.Processed, job.Changed, job.Version);
            var (skippedBefore, listedBefore) = (job.Skipped, job.SkippedTalentIds.Count);
            try
            {
                var unitOfWork = store.BeginUnitOfWork();
                foreach (var change in changes)
                {
                    unitOfWork.Publish(change);
                }

                foreach (var facts in rewritten)
                {
                    unitOfWork.Update(facts);
                }

                job.Processed += page.Count;
                job.Changed += changes.Count;
                job.Skipped += skipped.Count;
                job.SkippedTalentIds.AddRange(skipped.Take(Math.Max(0, MaxSkippedListed - job.SkippedTalentIds.Count)));
                shard.After = page.Count > 0 ? page[^1].Id : after;
                shard.Done = last;
                unitOfWork.Update(job);
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (ConcurrencyConflictException e) when (e.Collection != PolicyMatchingModule.Model.For<RematchJob>().Name)
            {
                // An event for a talent of this page was applied meanwhile: read the page again and redo it.
                (job.Processed, job.Changed, job.Skipped, job.Version, shard.After, shard.Done) = (processed, changed, skippedBefore, version, after, false);
                job.SkippedTalentIds.RemoveRange(listedBefore, job.SkippedTalentIds.Count - listedBefore);
            }
            finally
            {
                commits.Release();
            }

            if (options.Value.PagePause > TimeSpan.Zero)
            {
                await Task.Delay(options.Value.PagePause, time, cancellationToken);
            }
        }
    }

    /// <summary>Recomputes one talent's results; a record that cannot be evaluated is left as it was and named in the
    /// job, never failing everyone else's re-match.</summary>
    private bool Recompute(TalentFacts facts, List<EligibilityChanged> changes, List<Guid> skipped)
    {
        try
        {
            return eligibility.Recompute(facts, changes);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            LogSkipped(logger, e, facts.Id);
            skipped.Add(facts.Id);

            return false;
        }
    }

    /// <summary>Splits the talent ids into <paramref name="count"/> ranges of about equal size, by interpolating between
    /// the first and the last id (ids are spread evenly: random, or ordered by registration time).</summary>
    private async Task<List<RematchShard>> PlanShardsAsync(int count, CancellationToken cancellationToken)
    {
        var first = await store.FindAsync<TalentFacts>(_ => true, new QueryOptions<TalentFacts>(f => f.Id, Take: 1), cancellationToken);
        var last = await store.FindAsync<TalentFacts>(_ => true, new QueryOptions<TalentFacts>(f => f.Id, Descending: true, Take: 1), cancellationToken);
        if (count < 2 || first.Count == 0 || first[0].Id == last[0].Id)
        {
            return [new RematchShard { After = Guid.Empty }];
        }

        var low = UInt128.Parse(first[0].Id.ToString("N"), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var high = UInt128.Parse(last[0].Id.ToString("N"), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var bounds = Enumerable.Range(1, count - 1)
            .Select(k => Guid.ParseExact((low + ((high - low) / (UInt128)count * (UInt128)k)).ToString("x32", CultureInfo.InvariantCulture), "N"))
            .ToList();
        return [.. Enumerable.Range(0, count).Select(k => new RematchShard
        {
            After = k == 0 ? Guid.Empty : bounds[k - 1],
            Until = k < count - 1 ? bounds[k] : null,
        })];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Talent {TalentId} could not be re-matched; skipped")]
    private static partial void LogSkipped(ILogger logger, Exception exception, Guid talentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-match job {JobId} taken over from {Owner}, which is gone")]
    private static partial void LogTakenOver(ILogger logger, Guid jobId, string? owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for re-match jobs of replicas that are gone failed; trying again later")]
    private static partial void LogTakeOverFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-match job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
