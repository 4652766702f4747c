using System.Linq.Expressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Tests;

/// <summary>housing whose store counts the reads handlers make, to show a request's reads do not grow with the data.</summary>
public sealed class ReadCountingFactory : HousingFactory
{
    public ReadCounter Reads => Services.GetRequiredService<ReadCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IStore));
            services.Remove(original);
            services.AddSingleton(sp => new ReadCounter((IStore)original.ImplementationFactory!(sp)));
            services.AddSingleton<IStore>(sp => sp.GetRequiredService<ReadCounter>());
        });
    }
}

/// <summary>An <see cref="IStore"/> that counts GetAsync, FindAsync and CountAsync calls.</summary>
public sealed class ReadCounter(IStore inner) : IStore, IDisposable
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public IOutboxStore Outbox => inner.Outbox;

    public void Reset() => Interlocked.Exchange(ref _reads, 0);

    public Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate
    {
        Interlocked.Increment(ref _reads);
        return inner.GetAsync<T>(id, cancellationToken);
    }

    public Task<IReadOnlyList<T>> FindAsync<T>(Expression<Func<T, bool>> filter, QueryOptions<T>? options = null, CancellationToken cancellationToken = default)
        where T : class, IAggregate
    {
        Interlocked.Increment(ref _reads);
        return inner.FindAsync(filter, options, cancellationToken);
    }

    public Task<long> CountAsync<T>(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default) where T : class, IAggregate
    {
        Interlocked.Increment(ref _reads);
        return inner.CountAsync(filter, cancellationToken);
    }

    public Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.HasProcessedAsync(consumer, messageId, cancellationToken);

    public IUnitOfWork BeginUnitOfWork() => inner.BeginUnitOfWork();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
