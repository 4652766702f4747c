using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>
/// Results that change with the clock alone. Once a day (Huzhou time) it re-screens exactly the talents whose results
/// could change that day (<see cref="TalentFacts.NextChangeOn"/>: an age limit, a graduation window, insurance months
/// accruing, a contract ending), announcing what moved; and on the day a published version takes effect (or an old one
/// ends) it starts a re-match of that policy. Resumable — a talent re-screened today is not due again — and run by one
/// replica at a time, which holds a lease on <see cref="ResultsClockState"/>.
/// </summary>
public sealed partial class ResultsClock(
    IStore store, EligibilityEvaluator eligibility, PolicyCatalog catalog, PendingJobs<RematchJob> rematches, JobOwner owner, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<ResultsClockOptions> options, ILogger<ResultsClock> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>One pass: takes the lease, and when a day has begun since the last finished one, starts the re-matches
    /// of versions taking effect and re-screens the talents due. Returns how many talents were re-screened.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync<ResultsClockState>(ResultsClockState.SingletonId, cancellationToken);
        var isNew = state is null;
        state ??= new ResultsClockState();
        var today = eligibility.Today;
        if (!state.TryLease(_owner, time.GetUtcNow(), options.Value.CheckInterval * 3))
        {
            return 0;
        }

        await SaveAsync(state, isNew, cancellationToken);
        if (state.LastDay == today)
        {
            return 0;
        }

        await StartVersionRematchesAsync(state, state.LastDay ?? today.AddDays(-1), today, cancellationToken);
        var rescreened = await RescreenDueAsync(today, cancellationToken);
        state.LastDay = today;
        state.Activated = [.. state.Activated.TakeLast(200)];
        await SaveAsync(state, isNew: false, cancellationToken);
        LogDay(logger, today, rescreened);
        return rescreened;
    }

    private async Task StartVersionRematchesAsync(ResultsClockState state, DateOnly after, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var policy in catalog.Policies)
        {
            foreach (var version in policy.Versions)
            {
                foreach (var boundary in new[] { (DateOnly?)version.EffectiveFrom, version.EffectiveTo?.AddDays(1) })
                {
                    var key = $"{policy.Code}|{version.Id}|{boundary:yyyy-MM-dd}";
                    if (boundary is { } day && day > after && day <= today && !state.Activated.Contains(key))
                    {
                        var job = RematchJob.For(policy.Code, owner.Instance, time.GetUtcNow());
                        state.Activated.Add(key);
                        var unitOfWork = store.BeginUnitOfWork();
                        unitOfWork.Insert(job);
                        unitOfWork.Update(state);
                        await unitOfWork.CommitAsync(cancellationToken);
                        await rematches.EnqueueAsync(job.Id, cancellationToken);
                    }
                }
            }
        }
    }

    private async Task<int> RescreenDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rescreened = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var due = await store.FindAsync<TalentFacts>(
                f => f.NextChangeOn == null || f.NextChangeOn <= today, new QueryOptions<TalentFacts>(f => f.Id, Take: options.Value.PageSize), cancellationToken);
            var fresh = due.Where(f => seen.Add(f.Id)).ToList();
            if (fresh.Count == 0)
            {
                return rescreened;
            }

            foreach (var facts in fresh)
            {
                var changes = new List<EligibilityChanged>();
                if (!facts.Registered || !eligibility.Recompute(facts, changes))
                {
                    continue;
                }

                var unitOfWork = store.BeginUnitOfWork();
                unitOfWork.Update(facts);
                foreach (var change in changes)
                {
                    unitOfWork.Publish(change);
                }

                try
                {
                    await unitOfWork.CommitAsync(cancellationToken);
                    rescreened++;
                }
                catch (ConcurrencyConflictException)
                {
                    // An event changed the talent meanwhile; its consumer re-screened them with the new facts.
                }
            }
        }
    }

    private async Task SaveAsync(ResultsClockState state, bool isNew, CancellationToken cancellationToken)
    {
        var unitOfWork = store.BeginUnitOfWork();
        if (isNew)
        {
            unitOfWork.Insert(state);
        }
        else
        {
            unitOfWork.Update(state);
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Another replica took the lease first, or the store did not answer: the next check tries again.
                LogFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Results clock: {Day} re-screened {Talents} talents whose results could change with time")]
    private static partial void LogDay(ILogger logger, DateOnly day, int talents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Results clock pass failed; the next check tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
