using Microsoft.Extensions.Options;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Features.Offers;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>Every Housing:OfferSweepInterval, lapses offers past their deadline (<see cref="OfferLapses"/>) and ends
/// leases past their move-out day (<see cref="MoveOuts"/>).</summary>
internal sealed partial class DeadlineWatcher(OfferLapses lapses, MoveOuts moveOuts, IOptions<HousingOptions> options, ILogger<DeadlineWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OfferSweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var lapsed = await lapses.RunAsync(stoppingToken);
                var ended = await moveOuts.RunAsync(stoppingToken);
                if (lapsed + ended > 0)
                {
                    LogSwept(logger, lapsed, ended);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lapsed {Lapsed} offers past their deadline; ended {Ended} leases past their move-out day.")]
    private static partial void LogSwept(ILogger logger, int lapsed, int ended);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline sweep failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
