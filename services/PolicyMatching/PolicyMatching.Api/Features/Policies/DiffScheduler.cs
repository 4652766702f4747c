using System.Threading.Channels;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>Diff jobs waiting for the worker.</summary>
public sealed class DiffScheduler
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>();

    public ValueTask EnqueueAsync(Guid jobId, CancellationToken cancellationToken) => _jobs.Writer.WriteAsync(jobId, cancellationToken);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
