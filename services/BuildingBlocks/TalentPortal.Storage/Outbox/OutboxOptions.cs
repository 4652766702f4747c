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

    /// <summary>Publish attempts before a message is moved to the dead messages (and its subject waits for an operator).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long dispatched outbox messages are kept.</summary>
    public TimeSpan DispatchedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long inbox entries are kept: longer than anything can wait to be replayed (failed messages are kept
    /// until an operator replays or discards them, and replay goes through the stream order and the inbox both).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Turns the relay off (tests that drive <see cref="OutboxRelay.RelayOnceAsync"/> themselves).</summary>
    public bool Enabled { get; set; } = true;
}
