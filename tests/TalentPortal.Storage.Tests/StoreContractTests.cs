using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

/// <summary>Behaviour every store adapter must share. Subclasses supply the adapter.</summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    protected IStore Store { get; private set; } = null!;

    protected abstract Task<IStore> CreateStoreAsync(StoreModel model);

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync(SampleModel.Create());
        await Store.InitializeAsync();
    }

    public Task DisposeAsync() => DisposeStoreAsync();

    private static TalentRegistered Event(Guid id) =>
        new(id, "person", "张三", new DateOnly(1996, 1, 2), "Male", false, null, [], DateTimeOffset.UtcNow);

    private async Task<Sample> InsertAsync(string code, string street = "凤凰街道")
    {
        var sample = Sample.Create(code, street);
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Insert(sample);
        await unitOfWork.CommitAsync();
        return sample;
    }

    [StoreFact]
    public async Task Insert_thenGet_roundTripsEveryValueKind()
    {
        var sample = await InsertAsync("RT-1");

        var loaded = await Store.GetAsync<Sample>(sample.Id);

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(350_000.10m, loaded.Amount);
        Assert.Equal(new DateOnly(2021, 10, 14), loaded.EffectiveFrom);
        Assert.Equal(sample.CreatedAt, loaded.CreatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
        Assert.Null(loaded.DecidedAt);
        Assert.Equal("凤凰街道", loaded.Street);
        Assert.Equal(140_000.04m, Assert.Single(loaded.Lines).Amount);
    }

    [StoreFact]
    public async Task Update_withCurrentVersion_advancesVersion()
    {
        var sample = await InsertAsync("UP-1");
        var loaded = (await Store.GetAsync<Sample>(sample.Id))!;
        loaded.Approve(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Update(loaded);
        await unitOfWork.CommitAsync();

        var reloaded = (await Store.GetAsync<Sample>(sample.Id))!;
        Assert.Equal(2, reloaded.Version);
        Assert.Equal(SampleStatus.Approved, reloaded.Status);
        Assert.Equal(36, reloaded.Months);
    }

    [StoreFact]
    public async Task Update_withStaleVersion_failsWithConflictAndWritesNothing()
    {
        var sample = await InsertAsync("ST-1");
        var first = (await Store.GetAsync<Sample>(sample.Id))!;
        var second = (await Store.GetAsync<Sample>(sample.Id))!;
        var winner = Store.BeginUnitOfWork();
        first.Approve(DateTimeOffset.UtcNow);
        winner.Update(first);
        await winner.CommitAsync();

        var loser = Store.BeginUnitOfWork();
        loser.Update(second);
        loser.Publish(Event(sample.Id));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => loser.CommitAsync());
        Assert.Equal(1, second.Version);
        Assert.Equal(0, (await Store.Outbox.GetBacklogAsync()).Pending);
    }

    [StoreFact]
    public async Task Insert_duplicateUniqueKey_failsAndRollsBackTheWholeUnit()
    {
        await InsertAsync("DUP-1");
        var unitOfWork = Store.BeginUnitOfWork();
        var other = Sample.Create("OTHER-1");
        unitOfWork.Insert(other);
        unitOfWork.Insert(Sample.Create("DUP-1"));
        unitOfWork.Publish(Event(other.Id));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => unitOfWork.CommitAsync());

        Assert.Equal("ux_samples_code", error.Index);
        Assert.Null(await Store.GetAsync<Sample>(other.Id));
        Assert.Equal(0, (await Store.Outbox.GetBacklogAsync()).Pending);
    }

    [StoreFact]
    public async Task Find_withPredicateOrderAndPaging_returnsMatchingPage()
    {
        foreach (var code in new[] { "F-3", "F-1", "F-2" })
        {
            await InsertAsync(code, "龙溪街道");
        }

        await InsertAsync("F-9", "滨湖街道");

        var page = await Store.FindAsync<Sample>(s => s.Street == "龙溪街道", new QueryOptions<Sample>(s => s.Code, Skip: 1, Take: 1));
        var count = await Store.CountAsync<Sample>(s => s.Street == "龙溪街道" && s.Amount > 1000m);

        Assert.Equal("F-2", Assert.Single(page).Code);
        Assert.Equal(3, count);
    }

    [StoreFact]
    public async Task Find_afterTheLastIdSeen_pagesThroughEveryAggregateOnceInIdOrder()
    {
        var inserted = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            inserted.Add((await InsertAsync($"K-{i}")).Id);
        }

        var seen = new List<Guid>();
        var after = Guid.Empty;
        while (true)
        {
            var cursor = after;
            var page = await Store.FindAsync<Sample>(s => s.Id > cursor, new QueryOptions<Sample>(s => s.Id, Take: 3));
            if (page.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Select(s => s.Id));
            after = page[^1].Id;
        }

        Assert.Equal([.. inserted.Order()], seen);
    }

    [StoreFact]
    public async Task Delete_removesAggregate()
    {
        var sample = await InsertAsync("DEL-1");
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Delete(sample);
        await unitOfWork.CommitAsync();

        Assert.Null(await Store.GetAsync<Sample>(sample.Id));
    }

    [StoreFact]
    public async Task Commit_withEvents_storesThemInCommitOrderForTheRelay()
    {
        var sample = Sample.Create("EV-1");
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Insert(sample);
        foreach (var id in ids)
        {
            unitOfWork.Publish(Event(id));
        }

        await unitOfWork.CommitAsync();

        var claimed = await Store.Outbox.ClaimAsync("relay-a", Lease, 10, DateTimeOffset.UtcNow, Unblocked.None);
        Assert.Equal(3, claimed.Count);
        Assert.Equal(typeof(TalentRegistered).FullName, claimed[0].MessageType);
        Assert.Equal(ids, claimed.Select(m => System.Text.Json.JsonSerializer.Deserialize<TalentRegistered>(m.Body, MessageJson.Options)!.TalentId));
    }

    [StoreFact]
    public async Task Claim_byTwoRelays_neverLeasesTheSameMessageTwice()
    {
        var unitOfWork = Store.BeginUnitOfWork();
        for (var i = 0; i < 20; i++)
        {
            unitOfWork.Publish(Event(Guid.NewGuid()));
        }

        await unitOfWork.CommitAsync();
        var now = DateTimeOffset.UtcNow;

        var claims = await Task.WhenAll(
            Store.Outbox.ClaimAsync("relay-a", Lease, 15, now, Unblocked.None),
            Store.Outbox.ClaimAsync("relay-b", Lease, 15, now, Unblocked.None));

        var all = claims.SelectMany(c => c.Select(m => m.Id)).ToList();
        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Distinct().Count());
    }

    [StoreFact]
    public async Task Claim_afterLeaseExpired_isTakenOverByAnotherRelay()
    {
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Publish(Event(Guid.NewGuid()));
        await unitOfWork.CommitAsync();
        var now = DateTimeOffset.UtcNow;
        var first = await Store.Outbox.ClaimAsync("relay-a", Lease, 10, now, Unblocked.None);

        var whileLeased = await Store.Outbox.ClaimAsync("relay-b", Lease, 10, now.AddSeconds(5), Unblocked.None);
        var afterExpiry = await Store.Outbox.ClaimAsync("relay-b", Lease, 10, now.AddSeconds(31), Unblocked.None);

        Assert.Single(first);
        Assert.Empty(whileLeased);
        Assert.Equal(first[0].Id, Assert.Single(afterExpiry).Id);
    }

    [StoreFact]
    public async Task MarkDispatched_removesFromBacklog_andReleaseMakesClaimableAgain()
    {
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Publish(Event(Guid.NewGuid()));
        unitOfWork.Publish(Event(Guid.NewGuid()));
        await unitOfWork.CommitAsync();
        var now = DateTimeOffset.UtcNow;
        var claimed = await Store.Outbox.ClaimAsync("relay-a", Lease, 10, now, Unblocked.None);

        await Store.Outbox.MarkDispatchedAsync([claimed[0].Id], now);
        await Store.Outbox.ReleaseAsync(claimed[1].Id, "broker unreachable");

        var backlog = await Store.Outbox.GetBacklogAsync();
        var again = await Store.Outbox.ClaimAsync("relay-b", Lease, 10, now, Unblocked.None);
        Assert.Equal(1, backlog.Pending);
        Assert.Equal(claimed[1].Id, Assert.Single(again).Id);
        Assert.Equal(2, again[0].Attempts);
    }

    [StoreFact]
    public async Task Purge_deletesOnlyDispatchedMessagesOlderThanRetention()
    {
        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.Publish(Event(Guid.NewGuid()));
        unitOfWork.Publish(Event(Guid.NewGuid()));
        await unitOfWork.CommitAsync();
        var now = DateTimeOffset.UtcNow;
        var claimed = await Store.Outbox.ClaimAsync("relay-a", Lease, 10, now, Unblocked.None);
        await Store.Outbox.MarkDispatchedAsync([claimed[0].Id], now.AddDays(-8));
        await Store.Outbox.ReleaseAsync(claimed[1].Id, "later");

        var purged = await Store.Outbox.PurgeAsync(now.AddDays(-7), now.AddDays(-30));

        Assert.Equal(1, purged);
        Assert.Equal(1, (await Store.Outbox.GetBacklogAsync()).Pending);
    }

    [StoreFact]
    public async Task MarkProcessed_sameMessageTwice_secondCommitWritesNothing()
    {
        var messageId = Guid.NewGuid();
        var first = Store.BeginUnitOfWork();
        first.MarkProcessed("TestConsumer", messageId);
        first.Insert(Sample.Create("IN-1"));
        await first.CommitAsync();

        var second = Store.BeginUnitOfWork();
        second.MarkProcessed("TestConsumer", messageId);
        var duplicate = Sample.Create("IN-2");
        second.Insert(duplicate);

        await Assert.ThrowsAsync<MessageAlreadyProcessedException>(() => second.CommitAsync());
        Assert.Null(await Store.GetAsync<Sample>(duplicate.Id));
        Assert.True(await Store.HasProcessedAsync("TestConsumer", messageId));
        Assert.False(await Store.HasProcessedAsync("OtherConsumer", messageId));
    }

    /// <summary>Lets commits queue up until disposed, where the adapter can group them (LiteDB); by default nothing.</summary>
    protected virtual IDisposable HoldWrites() => new NothingHeld();

    [StoreFact]
    public async Task CommitsArrivingTogether_eachSucceedOrFailForTheirOwnReasonOnly()
    {
        var contested = await InsertAsync("CC-SHARED");
        var messageId = Guid.NewGuid();
        var independent = Enumerable.Range(0, 40).Select(i => Sample.Create($"CC-{i}")).ToList();
        var viaInbox = Enumerable.Range(0, 6).Select(i => Sample.Create($"CC-IN-{i}")).ToList();
        var sameCode = Enumerable.Range(0, 4).Select(_ => Sample.Create("CC-DUP")).ToList();
        var commits = new List<(string Kind, Guid Id, Task Commit)>();

        // Round 1: stale versions and an already-processed message among good writes.
        using (HoldWrites())
        {
            for (var i = 0; i < 30; i++)
            {
                var sample = independent[i];
                commits.Add(("independent", sample.Id, Commit(u =>
                {
                    u.Insert(sample);
                    u.Publish(Event(sample.Id));
                })));
                if (i < viaInbox.Count)
                {
                    var update = (await Store.GetAsync<Sample>(contested.Id))!;
                    commits.Add(("update", update.Id, Commit(u =>
                    {
                        update.Approve(DateTimeOffset.UtcNow);
                        u.Update(update);
                    })));
                    var inboxed = viaInbox[i];
                    commits.Add(("inbox", inboxed.Id, Commit(u =>
                    {
                        u.MarkProcessed("TestConsumer", messageId);
                        u.Insert(inboxed);
                    })));
                }
            }
        }

        // Round 2: a unique key taken twice among good writes.
        using (HoldWrites())
        {
            for (var i = 0; i < 10; i++)
            {
                var sample = independent[30 + i];
                commits.Add(("independent", sample.Id, Commit(u => u.Insert(sample))));
                if (i < sameCode.Count)
                {
                    var duplicate = sameCode[i];
                    commits.Add(("code", duplicate.Id, Commit(u => u.Insert(duplicate))));
                }
            }
        }

        await Task.WhenAll(commits.Select(c => c.Commit.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.All(commits.Where(c => c.Kind == "independent"), c => Assert.True(c.Commit.IsCompletedSuccessfully, c.Commit.Exception?.ToString()));
        foreach (var sample in independent)
        {
            Assert.NotNull(await Store.GetAsync<Sample>(sample.Id));
        }

        Assert.Equal(30, (await Store.Outbox.GetBacklogAsync()).Pending);
        AssertOneWinner("update", typeof(ConcurrencyConflictException));
        Assert.Equal(2, (await Store.GetAsync<Sample>(contested.Id))!.Version);
        AssertOneWinner("inbox", typeof(MessageAlreadyProcessedException));
        AssertOneWinner("code", typeof(DuplicateKeyException));
        foreach (var (_, id, commit) in commits.Where(c => c.Kind is "inbox" or "code"))
        {
            Assert.Equal(commit.IsCompletedSuccessfully, await Store.GetAsync<Sample>(id) is not null);
        }

        void AssertOneWinner(string kind, Type failure)
        {
            var group = commits.Where(c => c.Kind == kind).ToList();
            Assert.Single(group, c => c.Commit.IsCompletedSuccessfully);
            Assert.All(group.Where(c => !c.Commit.IsCompletedSuccessfully), c => Assert.IsType(failure, c.Commit.Exception!.InnerException));
        }

        Task Commit(Action<IUnitOfWork> write)
        {
            var unitOfWork = Store.BeginUnitOfWork();
            write(unitOfWork);
            return unitOfWork.CommitAsync();
        }
    }

    private sealed class NothingHeld : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
