using System.Threading.Channels;
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

/// <summary>Re-evaluates every talent after a publication, a page at a time, committing results, the
/// <c>EligibilityChanged</c> events and the job's progress together.</summary>
internal sealed partial class RematchWorker(IStore store, EligibilityEvaluator eligibility, RematchScheduler queue, TimeProvider time, ILogger<RematchWorker> logger)
    : BackgroundService
{
    private const int PageSize = 500;

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
        var skip = job.Processed;
        while (true)
        {
            var page = await store.FindAsync<TalentFacts>(_ => true, new QueryOptions<TalentFacts>(f => f.Id, Skip: skip, Take: PageSize), cancellationToken);
            var unitOfWork = store.BeginUnitOfWork();
            foreach (var facts in page)
            {
                var results = await store.GetAsync<TalentEligibility>(facts.Id, cancellationToken);
                var isNew = results is null;
                results ??= new TalentEligibility { Id = facts.Id };
                var changes = eligibility.Recompute(facts, results);
                job.Changed += changes.Count;
                foreach (var change in changes)
                {
                    unitOfWork.Publish(change);
                }

                if (isNew)
                {
                    unitOfWork.Insert(results);
                }
                else
                {
                    unitOfWork.Update(results);
                }
            }

            skip += page.Count;
            job.Processed = Math.Min(skip, Math.Max(job.Total, skip));
            if (page.Count < PageSize)
            {
                job.State = "Completed";
                job.FinishedAt = time.GetUtcNow();
            }

            unitOfWork.Update(job);
            await unitOfWork.CommitAsync(cancellationToken);
            if (job.State == "Completed")
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-match job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
