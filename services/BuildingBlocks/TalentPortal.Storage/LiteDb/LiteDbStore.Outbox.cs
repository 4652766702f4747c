using LiteDB;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.LiteDb;

/// <summary>The outbox of the LiteDB store: claims, marks, dead messages and republishing.</summary>
internal sealed partial class LiteDbStore
{
    /// <summary>Leases are kept in memory: a LiteDB file is open in one process only, so every relay that could
    /// compete for a message is in this one, and a claim costs no write. After a restart no lease survives, and none
    /// should: the relays that held them are gone. Attempts reach the file when a publish fails.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string owner, TimeSpan lease, int max, DateTimeOffset now, IReadOnlySet<string> blocked, CancellationToken cancellationToken = default)
    {
        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        var batch = new List<OutboxMessage>();
        lock (_writeLock)
        {
            // Walks the pending range of the PendingSequence index in order and stops after max.
            foreach (var message in outbox.Query().Where(Pending).OrderBy(m => m.PendingSequence).ToEnumerable())
            {
                if (message.PartitionKey is { } partition && blocked.Contains(partition))
                {
                    continue;
                }

                var attempts = message.Attempts;
                if (_leases.TryGetValue(message.Id, out var held))
                {
                    if (held.Until >= now)
                    {
                        continue;
                    }

                    attempts = Math.Max(attempts, held.Attempts);
                }

                message.LeaseOwner = owner;
                message.LeaseExpiresAt = now + lease;
                message.Attempts = attempts + 1;
                _leases[message.Id] = new Lease(now + lease, message.Attempts);
                batch.Add(message);
                if (batch.Count == max)
                {
                    break;
                }
            }
        }

        return Task.FromResult<IReadOnlyList<OutboxMessage>>(batch);
    }

    public Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        InTransaction(() =>
        {
            foreach (var messageId in messageIds)
            {
                _leases.Remove(messageId);
                if (outbox.FindById(messageId) is { } message)
                {
                    message.DispatchedAt = at;
                    message.PendingSequence = null;
                    message.LeaseOwner = null;
                    message.LeaseExpiresAt = null;
                    message.LastError = null;
                    outbox.Update(message);
                }
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(Guid messageId, string? failure, CancellationToken cancellationToken = default)
    {
        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        InTransaction(() =>
        {
            _leases.Remove(messageId, out var held);
            if (outbox.FindById(messageId) is { DispatchedAt: null } message)
            {
                message.LeaseOwner = null;
                message.LeaseExpiresAt = null;
                if (failure is not null)
                {
                    message.Attempts = Math.Max(message.Attempts, held?.Attempts ?? 0);
                    message.LastError = failure;
                    outbox.Update(message);
                }
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task BuryAsync(Guid messageId, string failure, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        InTransaction(() =>
        {
            _leases.Remove(messageId, out var held);
            if (outbox.FindById(messageId) is { DispatchedAt: null } message)
            {
                message.Attempts = Math.Max(message.Attempts, held?.Attempts ?? 0);
                _db.GetCollection<DeadOutboxMessage>(DeadCollection).Upsert(DeadOutboxMessage.From(message, failure, at));
                outbox.Delete(messageId);
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> BlockedPartitionsAsync(CancellationToken cancellationToken = default)
    {
        var dead = _db.GetCollection<DeadOutboxMessage>(DeadCollection);
        IReadOnlySet<string> blocked = dead.Count() == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : dead.FindAll().Select(m => m.PartitionKey ?? "").ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(blocked);
    }

    public Task<IReadOnlyList<DeadOutboxMessage>> DeadAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeadOutboxMessage>>(
            _db.GetCollection<DeadOutboxMessage>(DeadCollection).Query().OrderBy(m => m.DiedAt).Limit(max).ToList());

    public Task<bool> ReviveAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var revived = InTransaction(() =>
        {
            var dead = _db.GetCollection<DeadOutboxMessage>(DeadCollection);
            if (dead.FindById(messageId) is not { } message)
            {
                return false;
            }

            _db.GetCollection<OutboxMessage>(OutboxCollection).Upsert(message.Revive());
            dead.Delete(messageId);
            return true;
        });
        if (revived)
        {
            _signal.Notify();
        }

        return Task.FromResult(revived);
    }

    public Task<bool> DiscardAsync(Guid messageId, OutboxMessage? replacement, CancellationToken cancellationToken = default)
    {
        var discarded = InTransaction(() =>
        {
            var dead = _db.GetCollection<DeadOutboxMessage>(DeadCollection);
            if (!dead.Delete(messageId))
            {
                return false;
            }

            if (replacement is not null)
            {
                _db.GetCollection<OutboxMessage>(OutboxCollection).Insert(replacement);
            }

            return true;
        });
        if (discarded)
        {
            _signal.Notify();
        }

        return Task.FromResult(discarded);
    }

    public Task<int> RepublishAsync(string stream, string subject, long fromSequence, CancellationToken cancellationToken = default)
    {
        var count = InTransaction(() =>
        {
            var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
            var again = outbox.Find(m => m.Subject == subject).Where(m => m.Stream == stream && m.SubjectSequence >= fromSequence && m.DispatchedAt != null).ToList();
            foreach (var message in again)
            {
                message.DispatchedAt = null;
                message.PendingSequence = message.Sequence;
                message.Attempts = 0;
                outbox.Update(message);
            }

            return again.Count;
        });
        if (count > 0)
        {
            _signal.Notify();
        }

        return Task.FromResult(count);
    }

    /// <summary>LiteDB's plan for finding undispatched messages (which index, and how it is walked).</summary>
    internal string PendingQueryPlan() =>
        _db.GetCollection<OutboxMessage>(OutboxCollection).Query().Where(Pending).OrderBy(m => m.PendingSequence).GetPlan().ToString();

    public Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        var pending = _db.GetCollection<OutboxMessage>(OutboxCollection).Query().Where(Pending);
        var count = pending.LongCount();
        var oldest = count == 0 ? null : pending.OrderBy(m => m.PendingSequence).Limit(1).FirstOrDefault()?.CreatedAt;
        return Task.FromResult(new OutboxBacklog(count, oldest));
    }

    public Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default)
    {
        var deleted = InTransaction(() =>
            (long)_db.GetCollection<OutboxMessage>(OutboxCollection).DeleteMany(m => m.DispatchedAt != null && m.DispatchedAt < dispatchedBefore)
            + _db.GetCollection<InboxEntry>(InboxCollection).DeleteMany(e => e.ProcessedAt < processedBefore));
        return Task.FromResult(deleted);
    }
}

internal sealed record Lease(DateTimeOffset Until, int Attempts);
