using Microsoft.Extensions.Options;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>Runs <see cref="OfferLapses"/> every Housing:OfferSweepInterval.</summary>
internal sealed partial class OfferDeadlineWatcher(OfferLapses lapses, IOptions<HousingOptions> options, ILogger<OfferDeadlineWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OfferSweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var count = await lapses.RunAsync(stoppingToken);
                if (count > 0)
                {
                    LogLapsed(logger, count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lapsed {Count} offers past their deadline.")]
    private static partial void LogLapsed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lapsing expired offers failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
