using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

/// <summary>What only the LiteDB adapter does: how it finds undispatched messages among those kept for retention.</summary>
public sealed class LiteDbOutboxTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-store-tests", Guid.NewGuid().ToString("N"));
    private LiteDbStore _store;

    public LiteDbOutboxTests() => _store = Open();

    private LiteDbStore Open() =>
        new(Path.Combine(_directory, "outbox.db"), SampleModel.Create(), TimeProvider.System, new OutboxSignal());

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Claim_afterManyDispatched_readsOnlyThePendingRangeOfTheIndex()
    {
        await _store.InitializeAsync();
        await PublishAsync(50);
        await _store.Outbox.MarkDispatchedAsync([.. (await _store.Outbox.ClaimAsync("relay", TimeSpan.FromSeconds(30), 100, DateTimeOffset.UtcNow, Unblocked.None)).Select(m => m.Id)], DateTimeOffset.UtcNow);
        var pending = await PublishAsync(3);

        var claimed = await _store.Outbox.ClaimAsync("relay", TimeSpan.FromSeconds(30), 100, DateTimeOffset.UtcNow, Unblocked.None);

        Assert.Equal(pending, claimed.Select(m => m.Id));
        Assert.Equal(3, (await _store.Outbox.GetBacklogAsync()).Pending);

        // A range seek from the lowest sequence (LiteDB's IndexRange), not a walk past every null (dispatched) entry.
        Assert.Contains("INDEX SCAN(PendingSequence >= ", _store.PendingQueryPlan(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_afterRestart_takesMessagesLeasedByTheStoppedProcessAtOnce()
    {
        await _store.InitializeAsync();
        var pending = await PublishAsync(2);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(2, (await _store.Outbox.ClaimAsync("relay-old", TimeSpan.FromMinutes(5), 10, now, Unblocked.None)).Count);
        Assert.Empty(await _store.Outbox.ClaimAsync("relay-other", TimeSpan.FromMinutes(5), 10, now, Unblocked.None));

        _store.Dispose();
        _store = Open();
        await _store.InitializeAsync();
        var claimed = await _store.Outbox.ClaimAsync("relay-new", TimeSpan.FromMinutes(5), 10, now, Unblocked.None);

        Assert.Equal(pending, claimed.Select(m => m.Id));
    }

    private async Task<List<Guid>> PublishAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var unitOfWork = _store.BeginUnitOfWork();
            unitOfWork.Publish(new TalentRegistered(Guid.NewGuid(), "person", "张三", new DateOnly(1996, 1, 2), "Male", false, null, [], DateTimeOffset.UtcNow));
            await unitOfWork.CommitAsync();
        }

        // The ids the unit of work gave its messages, read by a claim whose lease ends at once.
        var all = await _store.Outbox.ClaimAsync("peek", TimeSpan.Zero, 1000, DateTimeOffset.UtcNow, Unblocked.None);
        return [.. all.Select(m => m.Id).TakeLast(count)];
    }
}
