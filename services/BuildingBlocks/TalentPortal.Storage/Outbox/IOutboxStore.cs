namespace TalentPortal.Storage.Outbox;

/// <summary>Outbox operations used by the relay. Claims are leases so several replicas can relay safely.</summary>
public interface IOutboxStore
{
    /// <summary>Leases up to <paramref name="max"/> undispatched messages whose lease is free or expired, in commit order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, TimeSpan lease, int max, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks messages published (after the broker confirmed them), in one write.</summary>
    Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed message back after a failed publish.</summary>
    Task ReleaseAsync(Guid messageId, string failure, CancellationToken cancellationToken = default);

    Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes dispatched messages older than <paramref name="dispatchedBefore"/> and inbox entries older than <paramref name="processedBefore"/>.</summary>
    Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default);
}
