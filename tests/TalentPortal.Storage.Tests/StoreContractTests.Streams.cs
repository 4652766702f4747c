using TalentPortal.Contracts;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

/// <summary>Stream numbering and dead messages, the same in every adapter.</summary>
public abstract partial class StoreContractTests
{
    private static TalentProfileUpdated Update(Guid talentId, string tier) => new(talentId, false, tier, null, [], DateTimeOffset.UtcNow);

    private async Task CommitAsync(params object[] events)
    {
        var unitOfWork = Store.BeginUnitOfWork();
        foreach (var e in events)
        {
            unitOfWork.Publish(e);
        }

        await unitOfWork.CommitAsync();
    }

    private async Task<IReadOnlyList<OutboxMessage>> AllPendingAsync(IReadOnlySet<string>? blocked = null) =>
        await Store.Outbox.ClaimAsync($"peek-{Guid.NewGuid():N}", TimeSpan.Zero, 1000, DateTimeOffset.UtcNow, blocked ?? Unblocked.None);

    [StoreFact]
    public async Task Commit_numbersEachSubjectsEventsInItsStreamFromOne_inCommitOrder()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await CommitAsync(Event(a), Update(a, "A"));
        await CommitAsync(Update(b, "B"), Update(a, "C"));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CommitAsync(Update(b, $"D{i}"))));

        var pending = await AllPendingAsync();

        Assert.All(pending, m => Assert.Equal(EventStreams.Talent, m.Stream));
        Assert.Equal([1L, 2, 3], pending.Where(m => m.Subject == a.ToString("N")).OrderBy(m => m.Sequence).Select(m => m.SubjectSequence));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), pending.Where(m => m.Subject == b.ToString("N")).Select(m => m.SubjectSequence).Order());
        Assert.Equal(
            pending.Where(m => m.Subject == b.ToString("N")).OrderBy(m => m.Sequence).Select(m => m.SubjectSequence),
            pending.Where(m => m.Subject == b.ToString("N")).OrderBy(m => m.SubjectSequence).Select(m => m.SubjectSequence));
    }

    [StoreFact]
    public async Task Bury_blocksItsPartition_untilTheMessageIsRevived_thenItGoesFirst()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await CommitAsync(Event(a), Update(a, "A"), Event(b));
        var first = (await AllPendingAsync()).First(m => m.Subject == a.ToString("N") && m.SubjectSequence == 1);

        await Store.Outbox.BuryAsync(first.Id, "SerializationException: bad body", DateTimeOffset.UtcNow);
        var blocked = await Store.Outbox.BlockedPartitionsAsync();
        var whileDead = await AllPendingAsync(blocked);
        var dead = Assert.Single(await Store.Outbox.DeadAsync(10));

        Assert.Equal(first.Id, dead.Id);
        Assert.Equal(1, dead.SubjectSequence);
        Assert.Contains(first.PartitionKey!, blocked);
        Assert.Equal([b.ToString("N")], whileDead.Select(m => m.Subject));

        Assert.True(await Store.Outbox.ReviveAsync(first.Id));
        var after = (await AllPendingAsync(await Store.Outbox.BlockedPartitionsAsync())).Where(m => m.Subject == a.ToString("N")).ToList();

        Assert.Empty(await Store.Outbox.DeadAsync(10));
        Assert.Equal([1L, 2], after.Select(m => m.SubjectSequence));
    }

    [StoreFact]
    public async Task Discard_putsTheReplacementInTheDeadMessagesPlace()
    {
        var a = Guid.NewGuid();
        await CommitAsync(Event(a), Update(a, "A"));
        var first = (await AllPendingAsync()).First(m => m.SubjectSequence == 1);
        await Store.Outbox.BuryAsync(first.Id, "poison", DateTimeOffset.UtcNow);
        var notice = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageType = "notice",
            Body = "{}",
            Sequence = first.Sequence,
            PendingSequence = first.Sequence,
            PartitionKey = first.PartitionKey,
            Stream = first.Stream,
            Subject = first.Subject,
            SubjectSequence = 1,
        };

        Assert.True(await Store.Outbox.DiscardAsync(first.Id, notice));
        Assert.False(await Store.Outbox.DiscardAsync(first.Id, notice));

        var pending = await AllPendingAsync(await Store.Outbox.BlockedPartitionsAsync());
        Assert.Equal(["notice", typeof(TalentProfileUpdated).FullName], pending.Select(m => m.MessageType));
        Assert.Equal([1L, 2], pending.Select(m => m.SubjectSequence));
    }

    [StoreFact]
    public async Task Republish_makesASubjectsDispatchedEventsFromANumberPendingAgain()
    {
        var a = Guid.NewGuid();
        await CommitAsync(Event(a), Update(a, "A"), Update(a, "B"), Event(Guid.NewGuid()));
        var all = await AllPendingAsync();
        await Store.Outbox.MarkDispatchedAsync([.. all.Select(m => m.Id)], DateTimeOffset.UtcNow);

        var again = await Store.Outbox.RepublishAsync(EventStreams.Talent, a.ToString("N"), 2);

        Assert.Equal(2, again);
        Assert.Equal([2L, 3], (await AllPendingAsync()).Select(m => m.SubjectSequence));
    }
}
