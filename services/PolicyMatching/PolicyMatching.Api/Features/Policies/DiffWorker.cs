using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>Runs diff jobs one at a time: every talent, a page at a time in id order, under the policy in force and under
/// the draft (outcome and amount only), committing the job's counts and where it got to after each page so a restart
/// resumes there. A talent whose record cannot be evaluated is skipped and named; it never fails the job.</summary>
internal sealed partial class DiffWorker(IStore store, PolicyCatalog catalog, PendingJobs<DiffJob> queue, TimeProvider time, ILogger<DiffWorker> logger)
    : BackgroundService
{
    private const int PageSize = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var job in await store.FindAsync<DiffJob>(j => j.State == "Queued" || j.State == "Running", cancellationToken: stoppingToken))
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
                if (await store.GetAsync<DiffJob>(jobId, stoppingToken) is { } job)
                {
                    job.State = "Failed";
                    job.Error = "The preview could not be completed.";
                    var unitOfWork = store.BeginUnitOfWork();
                    unitOfWork.Update(job);
                    await unitOfWork.CommitAsync(stoppingToken);
                }
            }
        }
    }

    private async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync<DiffJob>(jobId, cancellationToken);
        if (job is null || job.State is "Completed" or "Failed")
        {
            return;
        }

        var draft = await store.GetAsync<PolicyDocument>(job.DraftId, cancellationToken) ?? throw new InvalidOperationException($"Draft {job.DraftId} vanished.");
        var proposed = PolicyLoader.Parse(draft.Yaml, $"{draft.Code}.yaml");
        var current = catalog.Find(draft.Code);
        job.State = "Running";
        job.Total = (int)await store.CountAsync<TalentFacts>(_ => true, cancellationToken);
        while (true)
        {
            var after = job.After;
            var page = await store.FindAsync<TalentFacts>(f => f.Id > after, new QueryOptions<TalentFacts>(f => f.Id, Take: PageSize), cancellationToken);
            foreach (var facts in page)
            {
                Evaluate(job, facts, current, proposed);
            }

            job.Processed += page.Count;
            job.After = page.Count > 0 ? page[^1].Id : after;
            var done = page.Count < PageSize;
            if (done)
            {
                job.State = "Completed";
                job.Processed = Math.Max(job.Processed, job.Total);
                job.FinishedAt = time.GetUtcNow();
            }

            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Update(job);
            await unitOfWork.CommitAsync(cancellationToken);
            if (done)
            {
                return;
            }
        }
    }

    private void Evaluate(DiffJob job, TalentFacts facts, PolicyDefinition? current, PolicyDefinition proposed)
    {
        try
        {
            var ruleFacts = facts.ToRuleFacts(job.AsOf);
            var old = current is null ? (ScreeningResult?)null : PolicyEngine.Screen(ruleFacts, current, job.AsOf);
            var @new = PolicyEngine.Screen(ruleFacts, proposed, job.AsOf);
            job.Record(
                facts, old?.Outcome.ToString() ?? "NotInCatalogue", @new.Outcome.ToString(),
                old?.Outcome == Outcome.Eligible ? old.Value.Amount : null, @new.Outcome == Outcome.Eligible ? @new.Amount : null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            LogSkipped(logger, e, facts.Id, job.Id);
            job.Skip(facts.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Diff job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Talent {TalentId} could not be evaluated in diff job {JobId}; skipped")]
    private static partial void LogSkipped(ILogger logger, Exception exception, Guid talentId, Guid jobId);
}
