namespace TalentPortal.Storage;

/// <summary>A document the store keeps under optimistic concurrency. <see cref="Version"/> is 0 before the
/// first commit and is advanced by the store on every successful write; services never set it.</summary>
public interface IAggregate
{
    /// <summary>Identity, unique within the aggregate's collection.</summary>
    Guid Id { get; }

    /// <summary>Version as last read or written; a write whose version is stale fails with <see cref="ConcurrencyConflictException"/>.</summary>
    long Version { get; set; }
}
