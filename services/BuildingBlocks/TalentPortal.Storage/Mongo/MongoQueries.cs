using System.Linq.Expressions;
using MongoDB.Driver;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Mongo;

/// <summary>Every filter and update the Mongo adapter issues, in one place so tests can render them to MQL.
/// Aggregates are addressed by the conventional "_id" and "Version" element names because the adapter is generic
/// over <see cref="IAggregate"/>; everything else uses expressions.</summary>
internal static class MongoQueries
{
    public static FilterDefinition<T> ById<T>(Guid id) => Builders<T>.Filter.Eq("_id", id);

    public static FilterDefinition<T> ByIdAndVersion<T>(Guid id, long version) =>
        Builders<T>.Filter.Eq("_id", id) & Builders<T>.Filter.Eq(nameof(IAggregate.Version), version);

    public static FilterDefinition<OutboxMessage> Claimable(DateTimeOffset now) =>
        Builders<OutboxMessage>.Filter.Where(m => m.DispatchedAt == null && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now));

    /// <summary>Claimable messages outside the blocked partitions (those holding a dead message).</summary>
    public static FilterDefinition<OutboxMessage> Claimable(DateTimeOffset now, IReadOnlySet<string> blocked) =>
        blocked.Count == 0 ? Claimable(now) : Claimable(now) & Builders<OutboxMessage>.Filter.Nin(m => m.PartitionKey, blocked);

    public static FilterDefinition<OutboxMessage> ClaimableAmong(IEnumerable<Guid> ids, DateTimeOffset now) =>
        Builders<OutboxMessage>.Filter.In(m => m.Id, ids) & Claimable(now);

    public static FilterDefinition<StreamCounter> Counter(string key) =>
        Builders<StreamCounter>.Filter.Where(c => c.Id == key);

    public static UpdateDefinition<StreamCounter> NextNumber() =>
        Builders<StreamCounter>.Update.Inc(c => c.Last, 1L);

    public static FindOneAndUpdateOptions<StreamCounter> UpsertAfter { get; } = new() { IsUpsert = true, ReturnDocument = ReturnDocument.After };

    public static FilterDefinition<DeadOutboxMessage> DeadById(Guid id) =>
        Builders<DeadOutboxMessage>.Filter.Where(m => m.Id == id);

    public static FilterDefinition<DeadOutboxMessage> AllDead() => Builders<DeadOutboxMessage>.Filter.Empty;

    public static FilterDefinition<OutboxMessage> DispatchedInStream(string stream, string subject, long fromSequence) =>
        Builders<OutboxMessage>.Filter.Where(m => m.Subject == subject && m.Stream == stream && m.SubjectSequence >= fromSequence && m.DispatchedAt != null);

    public static UpdateDefinition<OutboxMessage> PendingAgain(long sequence) =>
        Builders<OutboxMessage>.Update.Set(m => m.DispatchedAt, null).Set(m => m.PendingSequence, sequence).Set(m => m.Attempts, 0);

    public static UpdateDefinition<OutboxMessage> Lease(string token, DateTimeOffset until) =>
        Builders<OutboxMessage>.Update.Set(m => m.LeaseOwner, token).Set(m => m.LeaseExpiresAt, until).Inc(m => m.Attempts, 1);

    public static FilterDefinition<OutboxMessage> LeasedBy(string token) =>
        Builders<OutboxMessage>.Filter.Where(m => m.LeaseOwner == token && m.DispatchedAt == null);

    public static FilterDefinition<OutboxMessage> Messages(IEnumerable<Guid> ids) =>
        Builders<OutboxMessage>.Filter.In(m => m.Id, ids);

    public static FilterDefinition<OutboxMessage> Undispatched(Guid id) =>
        Builders<OutboxMessage>.Filter.Where(m => m.Id == id && m.DispatchedAt == null);

    public static UpdateDefinition<OutboxMessage> Dispatched(DateTimeOffset at) =>
        Builders<OutboxMessage>.Update.Set(m => m.DispatchedAt, at).Set(m => m.PendingSequence, null).Set(m => m.LeaseOwner, null).Set(m => m.LeaseExpiresAt, null).Set(m => m.LastError, null);

    public static UpdateDefinition<OutboxMessage> Released(string error) =>
        Builders<OutboxMessage>.Update.Set(m => m.LeaseOwner, null).Set(m => m.LeaseExpiresAt, null).Set(m => m.LastError, error);

    /// <summary>A release that takes back the attempt the claim counted: the message was never tried.</summary>
    public static UpdateDefinition<OutboxMessage> ReleasedUntried() =>
        Builders<OutboxMessage>.Update.Set(m => m.LeaseOwner, null).Set(m => m.LeaseExpiresAt, null).Inc(m => m.Attempts, -1);

    public static FilterDefinition<OutboxMessage> Pending() =>
        Builders<OutboxMessage>.Filter.Where(m => m.DispatchedAt == null);

    public static SortDefinition<OutboxMessage> CommitOrder() =>
        Builders<OutboxMessage>.Sort.Ascending(m => m.Sequence);

    public static FilterDefinition<OutboxMessage> DispatchedBefore(DateTimeOffset before) =>
        Builders<OutboxMessage>.Filter.Where(m => m.DispatchedAt != null && m.DispatchedAt < before);

    public static FilterDefinition<InboxEntry> InboxKey(string key) =>
        Builders<InboxEntry>.Filter.Where(e => e.Id == key);

    public static FilterDefinition<InboxEntry> ProcessedBefore(DateTimeOffset before) =>
        Builders<InboxEntry>.Filter.Where(e => e.ProcessedAt < before);

    public static IndexKeysDefinition<T> IndexKey<T>(LambdaExpression key)
    {
        var body = Expression.Convert(key.Body, typeof(object));
        return Builders<T>.IndexKeys.Ascending(Expression.Lambda<Func<T, object>>(body, key.Parameters));
    }

    public static SortDefinition<T> Sort<T>(QueryOptions<T> options) =>
        options.Descending ? Builders<T>.Sort.Descending(options.OrderBy!) : Builders<T>.Sort.Ascending(options.OrderBy!);
}
