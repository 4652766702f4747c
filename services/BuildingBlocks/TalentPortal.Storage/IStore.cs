using System.Linq.Expressions;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage;

/// <summary>The only way a service reads and writes its data. Reads are direct; writes go through a
/// <see cref="IUnitOfWork"/> that commits aggregates, outgoing events and inbox marks atomically.</summary>
public interface IStore
{
    /// <summary>Loads one aggregate by id, or null.</summary>
    Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate;

    /// <summary>Finds aggregates matching <paramref name="filter"/>, optionally ordered and paged.</summary>
    Task<IReadOnlyList<T>> FindAsync<T>(
        Expression<Func<T, bool>> filter,
        QueryOptions<T>? options = null,
        CancellationToken cancellationToken = default) where T : class, IAggregate;

    /// <summary>Counts aggregates matching <paramref name="filter"/>.</summary>
    Task<long> CountAsync<T>(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default)
        where T : class, IAggregate;

    /// <summary>True when <paramref name="consumer"/> has already processed <paramref name="messageId"/>.</summary>
    Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Starts a unit of work; nothing is written until <see cref="IUnitOfWork.CommitAsync"/>.</summary>
    IUnitOfWork BeginUnitOfWork();

    /// <summary>The outbox of this service's store, used by the relay.</summary>
    IOutboxStore Outbox { get; }

    /// <summary>Creates collections and indexes; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Cheap round trip proving the store answers (readiness).</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
