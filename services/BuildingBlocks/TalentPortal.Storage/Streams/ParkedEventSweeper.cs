using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentPortal.Storage.Streams;

/// <summary>
/// Now and then applies parked events whose gap has filled (after a crash between a commit and its drain, nothing else
/// would), and finds the gaps still open after <see cref="StreamOptions.GapAlertAfter"/>: they are logged, counted in
/// readiness and listed on the operations page, never silently dropped.
/// </summary>
public sealed partial class ParkedEventSweeper(
    IStore store, IServiceScopeFactory scopes, TimeProvider time, IOptions<StreamOptions> options, ILogger<ParkedEventSweeper> logger) : BackgroundService
{
    /// <summary>Open gaps older than the alert age, as of the last pass.</summary>
    public StreamGaps Gaps { get; private set; } = new(0, null);

    public async Task SweepOnceAsync(CancellationToken cancellationToken)
    {
        var parked = await store.FindAsync<ParkedEvent>(p => p.ParkedAt > DateTimeOffset.MinValue, new QueryOptions<ParkedEvent>(p => p.ParkedAt, Take: 10_000), cancellationToken);
        foreach (var group in parked.GroupBy(p => (p.PositionId, p.ConsumerType)))
        {
            if (Type.GetType(group.Key.ConsumerType) is not { } consumerType)
            {
                continue;
            }

            using var scope = scopes.CreateScope();
            if (scope.ServiceProvider.GetService(consumerType) is StreamConsumer consumer)
            {
                await consumer.DrainAsync(group.Key.PositionId, cancellationToken);
            }
        }

        var threshold = time.GetUtcNow() - options.Value.GapAlertAfter;
        var old = await store.FindAsync<ParkedEvent>(p => p.ParkedAt < threshold, new QueryOptions<ParkedEvent>(p => p.ParkedAt, Take: 1_000), cancellationToken);
        var subjects = old.Select(p => p.PositionId).Distinct().Count();
        Gaps = new StreamGaps(subjects, old.Count == 0 ? null : old[0].ParkedAt);
        if (subjects > 0)
        {
            LogGaps(logger, subjects, old[0].ParkedAt);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Subjects} subjects have events parked behind a gap since {Oldest}; see the operations page")]
    private static partial void LogGaps(ILogger logger, int subjects, DateTimeOffset oldest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping parked events failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
