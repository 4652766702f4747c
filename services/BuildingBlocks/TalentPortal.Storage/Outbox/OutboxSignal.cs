namespace TalentPortal.Storage.Outbox;

/// <summary>Wakes the relay as soon as a commit added outbox messages, so events do not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        if (_pending.CurrentCount == 0)
        {
            try
            {
                _pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the relay.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _pending.Dispose();
}
