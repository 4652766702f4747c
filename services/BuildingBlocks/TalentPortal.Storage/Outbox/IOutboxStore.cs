namespace TalentPortal.Storage.Outbox;

/// <summary>Outbox operations used by the relay and by operators. Claims are leases so several replicas can relay
/// safely.</summary>
public interface IOutboxStore
{
    /// <summary>Leases up to <paramref name="max"/> undispatched messages whose lease is free or expired, in commit
    /// order, leaving out the partitions in <paramref name="blocked"/> (those with a dead message).</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string owner, TimeSpan lease, int max, DateTimeOffset now, IReadOnlySet<string> blocked, CancellationToken cancellationToken = default);

    /// <summary>Marks messages published (after the broker confirmed them), in one write.</summary>
    Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed message back: after its publish failed with <paramref name="failure"/>, or untried (null)
    /// because an earlier message of its partition failed, which does not count as an attempt.</summary>
    Task ReleaseAsync(Guid messageId, string? failure, CancellationToken cancellationToken = default);

    /// <summary>Moves a message that failed too often from the outbox to the dead messages, in one write.</summary>
    Task BuryAsync(Guid messageId, string failure, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The partitions that hold a dead message: nothing later in them is published until an operator decides.</summary>
    Task<IReadOnlySet<string>> BlockedPartitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The dead messages, oldest first (at most <paramref name="max"/>).</summary>
    Task<IReadOnlyList<DeadOutboxMessage>> DeadAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead message back in the outbox to be published again; false when there is none with that id.</summary>
    Task<bool> ReviveAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a dead message and, in the same write, queues <paramref name="replacement"/> (the notice that
    /// tells readers of its stream to move past it); false when there is none with that id.</summary>
    Task<bool> DiscardAsync(Guid messageId, OutboxMessage? replacement, CancellationToken cancellationToken = default);

    /// <summary>Makes the subject's messages in a stream from <paramref name="fromSequence"/> on pending again (those
    /// still kept), so readers missing one get it again; returns how many.</summary>
    Task<int> RepublishAsync(string stream, string subject, long fromSequence, CancellationToken cancellationToken = default);

    Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes dispatched messages older than <paramref name="dispatchedBefore"/> and inbox entries older than <paramref name="processedBefore"/>.</summary>
    Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default);
}
