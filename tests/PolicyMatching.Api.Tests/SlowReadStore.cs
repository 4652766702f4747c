using System.Linq.Expressions;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>The service's store, with reads of one aggregate type held back while a test asks for it: requests that
/// read-then-write then all read before any writes, so only the store's own guarantees keep them apart.</summary>
public sealed class SlowReadStore(IStore inner) : IStore
{
    private Type? _slowed;

    public IOutboxStore Outbox => inner.Outbox;

    /// <summary>Holds back every read of <typeparamref name="T"/> by half a second until disposed.</summary>
    public IDisposable Slow<T>()
    {
        _slowed = typeof(T);
        return new Restore(this);
    }

    public Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate => inner.GetAsync<T>(id, cancellationToken);

    public async Task<IReadOnlyList<T>> FindAsync<T>(Expression<Func<T, bool>> filter, QueryOptions<T>? options = null, CancellationToken cancellationToken = default)
        where T : class, IAggregate
    {
        var found = await inner.FindAsync(filter, options, cancellationToken);
        if (_slowed == typeof(T))
        {
            await Task.Delay(500, cancellationToken);
        }

        return found;
    }

    public Task<long> CountAsync<T>(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default) where T : class, IAggregate =>
        inner.CountAsync(filter, cancellationToken);

    public Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.HasProcessedAsync(consumer, messageId, cancellationToken);

    public IUnitOfWork BeginUnitOfWork() => inner.BeginUnitOfWork();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class Restore(SlowReadStore store) : IDisposable
    {
        public void Dispose() => store._slowed = null;
    }
}
