namespace TalentPortal.Storage.Jobs;

/// <summary>Background job ownership settings (configuration section "Jobs").</summary>
public sealed class JobOptions
{
    /// <summary>The name this replica owns jobs under. It must stay the same when the replica restarts, so the replica
    /// resumes its own jobs at once: the host name by default (the server's, or the pod's).</summary>
    public string? Instance { get; set; }

    /// <summary>How often a replica records that it is alive, and looks for jobs whose owner is gone.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A replica not heard from for this long is gone: its jobs are taken over (or failed, when what they need
    /// went with it).</summary>
    public TimeSpan OwnerTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
