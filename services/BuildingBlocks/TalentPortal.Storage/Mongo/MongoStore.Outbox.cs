using MongoDB.Driver;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Mongo;

/// <summary>The outbox of the MongoDB store: claims by conditional update, marks, dead messages and republishing.</summary>
internal sealed partial class MongoStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string owner, TimeSpan lease, int max, DateTimeOffset now, IReadOnlySet<string> blocked, CancellationToken cancellationToken = default)
    {
        var candidates = await OutboxMessages.Find(MongoQueries.Claimable(now, blocked))
            .Sort(MongoQueries.CommitOrder())
            .Limit(max)
            .Project(m => m.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The conditional update only takes messages still free, so two replicas never hold the same lease.
        var token = $"{owner}:{Guid.NewGuid():N}";
        await OutboxMessages.UpdateManyAsync(MongoQueries.ClaimableAmong(candidates, now), MongoQueries.Lease(token, now + lease), cancellationToken: cancellationToken);
        return await OutboxMessages.Find(MongoQueries.LeasedBy(token)).Sort(MongoQueries.CommitOrder()).ToListAsync(cancellationToken);
    }

    public Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        messageIds.Count == 0
            ? Task.CompletedTask
            : OutboxMessages.UpdateManyAsync(MongoQueries.Messages(messageIds), MongoQueries.Dispatched(at), cancellationToken: cancellationToken);

    public Task ReleaseAsync(Guid messageId, string? failure, CancellationToken cancellationToken = default) =>
        OutboxMessages.UpdateOneAsync(
            MongoQueries.Undispatched(messageId), failure is null ? MongoQueries.ReleasedUntried() : MongoQueries.Released(failure), cancellationToken: cancellationToken);

    public async Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        var count = await OutboxMessages.CountDocumentsAsync(MongoQueries.Pending(), cancellationToken: cancellationToken);
        var oldest = count == 0
            ? null
            : await OutboxMessages.Find(MongoQueries.Pending()).Sort(MongoQueries.CommitOrder()).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return new OutboxBacklog(count, oldest?.CreatedAt);
    }

    public async Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default)
    {
        var outbox = await OutboxMessages.DeleteManyAsync(MongoQueries.DispatchedBefore(dispatchedBefore), cancellationToken);
        var inbox = await Inbox.DeleteManyAsync(MongoQueries.ProcessedBefore(processedBefore), cancellationToken);
        return outbox.DeletedCount + inbox.DeletedCount;
    }

    public async Task BuryAsync(Guid messageId, string failure, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        await session.WithTransactionAsync(
            async (s, ct) =>
            {
                var message = await OutboxMessages.Find(s, MongoQueries.Undispatched(messageId)).FirstOrDefaultAsync(ct);
                if (message is not null)
                {
                    await Dead.ReplaceOneAsync(s, MongoQueries.DeadById(messageId), DeadOutboxMessage.From(message, failure, at), new ReplaceOptions { IsUpsert = true }, ct);
                    await OutboxMessages.DeleteOneAsync(s, MongoQueries.Messages([messageId]), cancellationToken: ct);
                }

                return true;
            },
            cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlySet<string>> BlockedPartitionsAsync(CancellationToken cancellationToken = default)
    {
        var keys = await Dead.Distinct(m => m.PartitionKey, MongoQueries.AllDead(), cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        return keys.Select(k => k ?? "").ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<DeadOutboxMessage>> DeadAsync(int max, CancellationToken cancellationToken = default) =>
        await Dead.Find(MongoQueries.AllDead()).SortBy(m => m.DiedAt).Limit(max).ToListAsync(cancellationToken);

    public async Task<bool> ReviveAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        var revived = await session.WithTransactionAsync(
            async (s, ct) =>
            {
                var dead = await Dead.Find(s, MongoQueries.DeadById(messageId)).FirstOrDefaultAsync(ct);
                if (dead is null)
                {
                    return false;
                }

                await OutboxMessages.ReplaceOneAsync(s, MongoQueries.Messages([messageId]), dead.Revive(), new ReplaceOptions { IsUpsert = true }, ct);
                await Dead.DeleteOneAsync(s, MongoQueries.DeadById(messageId), cancellationToken: ct);
                return true;
            },
            cancellationToken: cancellationToken);
        if (revived)
        {
            _signal.Notify();
        }

        return revived;
    }

    public async Task<bool> DiscardAsync(Guid messageId, OutboxMessage? replacement, CancellationToken cancellationToken = default)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        var discarded = await session.WithTransactionAsync(
            async (s, ct) =>
            {
                var deleted = await Dead.DeleteOneAsync(s, MongoQueries.DeadById(messageId), cancellationToken: ct);
                if (deleted.DeletedCount == 0)
                {
                    return false;
                }

                if (replacement is not null)
                {
                    await OutboxMessages.InsertOneAsync(s, replacement, cancellationToken: ct);
                }

                return true;
            },
            cancellationToken: cancellationToken);
        if (discarded)
        {
            _signal.Notify();
        }

        return discarded;
    }

    public async Task<int> RepublishAsync(string stream, string subject, long fromSequence, CancellationToken cancellationToken = default)
    {
        var again = await OutboxMessages.Find(MongoQueries.DispatchedInStream(stream, subject, fromSequence)).ToListAsync(cancellationToken);
        foreach (var message in again)
        {
            await OutboxMessages.UpdateOneAsync(MongoQueries.Messages([message.Id]), MongoQueries.PendingAgain(message.Sequence), cancellationToken: cancellationToken);
        }

        if (again.Count > 0)
        {
            _signal.Notify();
        }

        return again.Count;
    }
}
