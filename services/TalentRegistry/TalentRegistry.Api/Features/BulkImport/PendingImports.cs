using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Imports waiting for (or in) the background worker, at most <see cref="ImportOptions.QueueCapacity"/>: a
/// submission reserves a place before it reads the upload and gives it back when refused or once the worker is done.</summary>
public sealed class PendingImports(IOptions<ImportOptions> options)
{
    private readonly Channel<PendingImport> _channel = Channel.CreateUnbounded<PendingImport>(new UnboundedChannelOptions { SingleReader = true });
    private int _reserved;

    public int Capacity { get; } = Math.Max(1, options.Value.QueueCapacity);

    /// <summary>Takes a place in the queue; false when every place is taken.</summary>
    public bool TryReserve()
    {
        while (true)
        {
            var reserved = Volatile.Read(ref _reserved);
            if (reserved >= Capacity)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _reserved, reserved + 1, reserved) == reserved)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a place (a refused submission, or a finished import).</summary>
    public void Release() => Interlocked.Decrement(ref _reserved);

    /// <summary>Queues an import for which a place was reserved.</summary>
    public void Enqueue(PendingImport import) => _channel.Writer.TryWrite(import);

    public IAsyncEnumerable<PendingImport> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
