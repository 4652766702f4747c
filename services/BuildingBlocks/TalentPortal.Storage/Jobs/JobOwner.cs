using Microsoft.Extensions.Options;

namespace TalentPortal.Storage.Jobs;

/// <summary>This replica's name for the jobs it runs, and whether another replica that owns a job is gone (not heard
/// from for <see cref="JobOptions.OwnerTimeout"/>). Only a job whose owner is gone is taken over or failed.</summary>
public sealed class JobOwner(IStore store, TimeProvider time, IOptions<JobOptions> options)
{
    public string Instance { get; } = options.Value.Instance is { Length: > 0 } name ? name : Environment.MachineName;

    /// <summary>Whether this replica runs <paramref name="job"/>: it owns it, or nobody does.</summary>
    public bool Owns(IOwnedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Owner is null || job.Owner == Instance;
    }

    /// <summary>Whether <paramref name="job"/> belongs to another replica that is gone.</summary>
    public async Task<bool> IsOrphanedAsync(IOwnedJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (Owns(job))
        {
            return false;
        }

        var beat = await store.GetAsync<ReplicaHeartbeat>(ReplicaHeartbeat.IdOf(job.Owner!), cancellationToken);
        return beat is null || beat.BeatAt < time.GetUtcNow() - options.Value.OwnerTimeout;
    }

    /// <summary>Runs <paramref name="pass"/> now and then every heartbeat interval until stopped; a pass that fails is
    /// reported to <paramref name="failed"/> and tried again at the next beat.</summary>
    public async Task EveryHeartbeatAsync(Func<CancellationToken, Task> pass, Action<Exception> failed, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(failed);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
                await Task.Delay(options.Value.HeartbeatInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failed(e);
                await Task.Delay(options.Value.HeartbeatInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Records that this replica is alive (its heartbeat), now.</summary>
    public async Task BeatAsync(CancellationToken cancellationToken)
    {
        var beat = await store.GetAsync<ReplicaHeartbeat>(ReplicaHeartbeat.IdOf(Instance), cancellationToken);
        var unitOfWork = store.BeginUnitOfWork();
        if (beat is null)
        {
            unitOfWork.Insert(new ReplicaHeartbeat { Id = ReplicaHeartbeat.IdOf(Instance), Instance = Instance, BeatAt = time.GetUtcNow() });
        }
        else
        {
            beat.BeatAt = time.GetUtcNow();
            unitOfWork.Update(beat);
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }
}
