using TalentPortal.Contracts;
using TalentPortal.Contracts.Operations;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Outbox;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Storage.Tests;

/// <summary>What a reader of a stream keeps per talent: the events it applied, in the order it applied them.</summary>
public sealed class Ledger : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public List<string> Applied { get; set; } = [];
}

/// <summary>A reader of the talent stream that records each event it applies.</summary>
public sealed class LedgerConsumer(IStore store) : StreamConsumer(store, TimeProvider.System),
    MassTransit.IConsumer<TalentRegistered>, MassTransit.IConsumer<TalentProfileUpdated>
{
    public Task Consume(MassTransit.ConsumeContext<TalentRegistered> context) => ConsumeInOrderAsync(context);

    public Task Consume(MassTransit.ConsumeContext<TalentProfileUpdated> context) => ConsumeInOrderAsync(context);

    protected internal override async Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var (talentId, label) = message switch
        {
            TalentRegistered r => (r.TalentId, "registered"),
            TalentProfileUpdated u => (u.TalentId, u.TalentTier!),
            _ => throw new InvalidOperationException($"Unexpected {message.GetType().Name}"),
        };
        var ledger = await Store.GetAsync<Ledger>(talentId, cancellationToken);
        if (ledger is null)
        {
            unitOfWork.Insert(new Ledger { Id = talentId, Applied = [label] });
        }
        else
        {
            ledger.Applied.Add(label);
            unitOfWork.Update(ledger);
        }
    }
}

public sealed class StreamConsumerTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-stream-tests", Guid.NewGuid().ToString("N"));
    private LiteDbStore _store = null!;

    public async Task InitializeAsync()
    {
        var model = SampleModel.Create()
            .Collection<Ledger>("ledgers")
            .Collection<StreamPosition>("stream_positions")
            .Collection<ParkedEvent>("parked_events", c => c.Index("ix_parked_at", p => p.ParkedAt));
        _store = new LiteDbStore(Path.Combine(_directory, "streams.db"), model, TimeProvider.System, new OutboxSignal());
        await _store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static List<(object Message, StreamAddress Address)> History(Guid talentId, int updates) =>
    [
        (new TalentRegistered(talentId, "p", "张三", new DateOnly(1996, 1, 2), "Male", false, null, [], DateTimeOffset.UtcNow),
            new StreamAddress(EventStreams.Talent, talentId.ToString("N"), 1)),
        .. Enumerable.Range(1, updates).Select(i => ((object)new TalentProfileUpdated(talentId, false, $"T{i}", null, [], DateTimeOffset.UtcNow),
            new StreamAddress(EventStreams.Talent, talentId.ToString("N"), i + 1))),
    ];

    /// <summary>Delivers as the broker would after a retry: again when another delivery committed first.</summary>
    private async Task DeliverAsync(object message, StreamAddress address)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await new LedgerConsumer(_store).ApplyInOrderAsync(message, Guid.NewGuid(), address, CancellationToken.None);
                return;
            }
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateKeyException && attempt < 50)
            {
                await Task.Yield();
            }
        }
    }

    [Fact]
    public async Task Deliveries_shuffledDuplicatedAndConcurrent_areAppliedOnceEachInEverySubjectsOrder()
    {
        var talents = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var deliveries = talents.SelectMany(t => History(t, 5)).ToList();
        deliveries.AddRange(deliveries.Where((_, i) => i % 3 == 0).ToList());
        var random = new Random(20261203);
        var shuffled = deliveries.OrderBy(_ => random.Next()).ToList();

        foreach (var burst in shuffled.Chunk(8))
        {
            await Task.WhenAll(burst.Select(d => DeliverAsync(d.Message, d.Address)));
        }

        foreach (var talent in talents)
        {
            var ledger = await _store.GetAsync<Ledger>(talent);
            Assert.Equal(["registered", "T1", "T2", "T3", "T4", "T5"], ledger!.Applied);
        }

        Assert.Empty(await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0));
    }

    [Fact]
    public async Task Event_aheadOfAGap_isParkedWithoutApplying_andAppliedWhenTheGapFills()
    {
        var talent = Guid.NewGuid();
        var history = History(talent, 2);

        await DeliverAsync(history[2].Message, history[2].Address);
        await DeliverAsync(history[1].Message, history[1].Address);

        Assert.Null(await _store.GetAsync<Ledger>(talent));
        Assert.Equal(2, (await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0)).Count);

        await DeliverAsync(history[0].Message, history[0].Address);

        Assert.Equal(["registered", "T1", "T2"], (await _store.GetAsync<Ledger>(talent))!.Applied);
        Assert.Empty(await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0));
    }

    /// <summary>The state a host leaves when it stops after applying <paramref name="applied"/> (the gap filler) and
    /// before draining what was parked behind it: the event is applied and the position moved, the parked ones wait.</summary>
    private async Task StopBeforeTheDrainAsync(Guid talent, (object Message, StreamAddress Address) applied)
    {
        var position = (await _store.GetAsync<StreamPosition>(StreamPosition.IdOf(nameof(LedgerConsumer), EventStreams.Talent, talent.ToString("N"))))!;
        var unitOfWork = _store.BeginUnitOfWork();
        await new LedgerConsumer(_store).ApplyAsync(applied.Message, unitOfWork, CancellationToken.None);
        position.Applied = applied.Address.Sequence;
        unitOfWork.Update(position);
        await unitOfWork.CommitAsync();
    }

    [Fact]
    public async Task ParkedEvent_deliveredAgainOnceItsGapFilled_isAppliedOnce_andNoParkedCopyIsLeftBehind()
    {
        var talent = Guid.NewGuid();
        var history = History(talent, 2);
        await DeliverAsync(history[0].Message, history[0].Address);
        await DeliverAsync(history[2].Message, history[2].Address);
        await StopBeforeTheDrainAsync(talent, history[1]);

        await DeliverAsync(history[2].Message, history[2].Address);

        Assert.Equal(["registered", "T1", "T2"], (await _store.GetAsync<Ledger>(talent))!.Applied);
        Assert.Empty(await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0));
        Assert.Equal(0, (await _store.GetAsync<StreamPosition>(StreamPosition.IdOf(nameof(LedgerConsumer), EventStreams.Talent, talent.ToString("N"))))!.Parked);
    }

    [Fact]
    public async Task EventParkedBehindAGapThatHasFilled_appliesEverythingWaiting_withoutTheBackgroundSweep()
    {
        var talent = Guid.NewGuid();
        var history = History(talent, 3);
        await DeliverAsync(history[0].Message, history[0].Address);
        await DeliverAsync(history[2].Message, history[2].Address);
        await StopBeforeTheDrainAsync(talent, history[1]);

        await DeliverAsync(history[3].Message, history[3].Address);

        Assert.Equal(["registered", "T1", "T2", "T3"], (await _store.GetAsync<Ledger>(talent))!.Applied);
        Assert.Empty(await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0));
    }

    [Fact]
    public async Task DuplicateOfAnAppliedEvent_appliesWhatWaitsBehindIt()
    {
        var talent = Guid.NewGuid();
        var history = History(talent, 2);
        await DeliverAsync(history[0].Message, history[0].Address);
        await DeliverAsync(history[2].Message, history[2].Address);
        await StopBeforeTheDrainAsync(talent, history[1]);

        await DeliverAsync(history[1].Message, history[1].Address);

        Assert.Equal(["registered", "T1", "T2"], (await _store.GetAsync<Ledger>(talent))!.Applied);
        Assert.Empty(await _store.FindAsync<ParkedEvent>(p => p.Sequence > 0));
    }

    [Fact]
    public async Task DiscardedEvent_isSteppedOver_andTheRestApplies()
    {
        var talent = Guid.NewGuid();
        var history = History(talent, 2);
        var discarded = new EventDiscarded(typeof(TalentProfileUpdated).FullName!, "poison", "admin", DateTimeOffset.UtcNow);

        await DeliverAsync(history[0].Message, history[0].Address);
        await DeliverAsync(history[2].Message, history[2].Address);
        await DeliverAsync(discarded, history[1].Address);

        Assert.Equal(["registered", "T2"], (await _store.GetAsync<Ledger>(talent))!.Applied);
    }
}
