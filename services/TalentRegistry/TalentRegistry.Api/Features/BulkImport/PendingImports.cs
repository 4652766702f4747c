using System.Threading.Channels;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Submitted imports waiting for the background worker; the request thread only parses and enqueues.</summary>
public sealed class PendingImports
{
    private readonly Channel<(Guid JobId, ImportFile File)> _channel = Channel.CreateUnbounded<(Guid, ImportFile)>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(Guid jobId, ImportFile file, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync((jobId, file), cancellationToken);

    public IAsyncEnumerable<(Guid JobId, ImportFile File)> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
