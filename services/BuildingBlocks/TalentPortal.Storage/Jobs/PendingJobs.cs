using System.Threading.Channels;

namespace TalentPortal.Storage.Jobs;

/// <summary>The ids of one kind of background job (<typeparamref name="TJob"/>) waiting for this replica's worker, in
/// the order they were queued. The jobs themselves, and their progress, are in the store.</summary>
public sealed class PendingJobs<TJob> where TJob : class, IAggregate
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>();

    public ValueTask EnqueueAsync(Guid jobId, CancellationToken cancellationToken) => _jobs.Writer.WriteAsync(jobId, cancellationToken);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
