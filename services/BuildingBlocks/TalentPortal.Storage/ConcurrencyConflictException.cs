namespace TalentPortal.Storage;

/// <summary>A write was based on a stale version of an aggregate (someone else changed it first). Maps to HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string collection, Guid id, long expectedVersion)
    : Exception($"{collection} {id} was changed by someone else (expected version {expectedVersion}).")
{
    public string Collection { get; } = collection;
    public Guid AggregateId { get; } = id;
    public long ExpectedVersion { get; } = expectedVersion;
}
