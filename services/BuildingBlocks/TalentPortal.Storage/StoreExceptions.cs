namespace TalentPortal.Storage;

/// <summary>A write was based on a stale version of an aggregate (someone else changed it first). Maps to HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string collection, Guid id, long expectedVersion)
    : Exception($"{collection} {id} was changed by someone else (expected version {expectedVersion}).")
{
    public string Collection { get; } = collection;
    public Guid AggregateId { get; } = id;
    public long ExpectedVersion { get; } = expectedVersion;
}

/// <summary>A write would break a unique index. Maps to HTTP 409.</summary>
public sealed class DuplicateKeyException(string collection, string index, Exception? inner = null)
    : Exception($"{collection}: a record with the same {index} already exists.", inner)
{
    public string Collection { get; } = collection;
    public string Index { get; } = index;
}

/// <summary>The consumer already processed this message (inbox hit): the unit of work was not applied.</summary>
public sealed class MessageAlreadyProcessedException(string consumer, Guid messageId)
    : Exception($"{consumer} already processed message {messageId}.")
{
    public string Consumer { get; } = consumer;
    public Guid MessageId { get; } = messageId;
}
