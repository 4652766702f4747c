using System.Threading.Channels;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Re-match jobs waiting for the worker.</summary>
public sealed class RematchScheduler
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>();

    public ValueTask EnqueueAsync(Guid jobId, CancellationToken cancellationToken) => _jobs.Writer.WriteAsync(jobId, cancellationToken);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>Re-evaluates every talent after a publication, a page at a time in talent id order, committing the changed
/// results, their <c>EligibilityChanged</c> events and the job's progress (with the last talent id done, so a restart
/// resumes where it stopped) together. Unchanged results are not rewritten. A page that meets a concurrent update of
/// one of its talents is read and done again.</summary>
internal sealed partial class RematchWorker(IStore store, EligibilityEvaluator eligibility, RematchScheduler queue, TimeProvider time, ILogger<RematchWorker> logger)
    : BackgroundService
{
    private const int PageSize = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Jobs interrupted by a restart are picked up again.
        foreach (var job in await store.FindAsync<RematchJob>(j => j.State == "Queued" || j.State == "Running", cancellationToken: stoppingToken))
        {
            await queue.EnqueueAsync(job.Id, stoppingToken);
        }

        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(jobId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, jobId);
                if (await store.GetAsync<RematchJob>(jobId, stoppingToken) is { } job)
                {
                    job.State = "Failed";
                    job.Error = e.Message;
                    var unitOfWork = store.BeginUnitOfWork();
                    unitOfWork.Update(job);
                    await unitOfWork.CommitAsync(stoppingToken);
                }
            }
        }
    }

    private async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync<RematchJob>(jobId, cancellationToken) ?? throw new InvalidOperationException($"Re-match job {jobId} vanished.");
        job.State = "Running";
        job.Total = (int)await store.CountAsync<TalentFacts>(_ => true, cancellationToken);
        while (job.State == "Running")
        {
            try
            {
                await RunPageAsync(job, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // An event for a talent of this page was applied meanwhile: read the page again and redo it.
                job = await store.GetAsync<RematchJob>(jobId, cancellationToken) ?? throw new InvalidOperationException($"Re-match job {jobId} vanished.");
                job.State = "Running";
            }
        }
    }

    private async Task RunPageAsync(RematchJob job, CancellationToken cancellationToken)
    {
        var after = job.LastTalentId ?? Guid.Empty;
        var page = await store.FindAsync<TalentFacts>(f => f.Id > after, new QueryOptions<TalentFacts>(f => f.Id, Take: PageSize), cancellationToken);
        var changes = new List<EligibilityChanged>[page.Count];
        var rewritten = new bool[page.Count];
        Parallel.For(0, page.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            changes[i] = [];
            rewritten[i] = eligibility.Recompute(page[i], changes[i]);
        });

        var unitOfWork = store.BeginUnitOfWork();
        for (var i = 0; i < page.Count; i++)
        {
            foreach (var change in changes[i])
            {
                unitOfWork.Publish(change);
            }

            if (rewritten[i])
            {
                unitOfWork.Update(page[i]);
            }

            job.Changed += changes[i].Count;
        }

        job.Processed += page.Count;
        job.LastTalentId = page.Count > 0 ? page[^1].Id : job.LastTalentId;
        if (page.Count < PageSize)
        {
            job.Processed = Math.Max(job.Processed, job.Total);
            job.State = "Completed";
            job.FinishedAt = time.GetUtcNow();
        }

        unitOfWork.Update(job);
        await unitOfWork.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-match job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
