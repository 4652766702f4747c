using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentPortal.Storage.Jobs;

/// <summary>Writes this replica's heartbeat every <see cref="JobOptions.HeartbeatInterval"/>, from start-up on.</summary>
internal sealed partial class ReplicaHeartbeatService(JobOwner owner, TimeProvider time, IOptions<JobOptions> options, ILogger<ReplicaHeartbeatService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await owner.BeatAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.HeartbeatInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording this replica's heartbeat failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
