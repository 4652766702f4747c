namespace TalentPortal.Storage.Outbox;

/// <summary>Relay settings (configuration section "Outbox").</summary>
public sealed class OutboxOptions
{
    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a claim is exclusive; an expired lease is taken over by any replica.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Poll interval when no commit signalled new messages (other replicas, expired leases).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Wait after a failed publish before trying again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long dispatched outbox messages are kept.</summary>
    public TimeSpan DispatchedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long inbox entries are kept (longer than any redelivery window).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Turns the relay off (tests that drive <see cref="OutboxRelay.RelayOnceAsync"/> themselves).</summary>
    public bool Enabled { get; set; } = true;
}
