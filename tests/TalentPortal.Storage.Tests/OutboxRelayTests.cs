using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

/// <summary>The relay against MassTransit's in-memory harness: what it publishes, with which ids, and what happens
/// when the broker refuses or the process dies between publish and mark.</summary>
public sealed class OutboxRelayTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-relay-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;
    private LiteDbStore _store = null!;
    private FlakyOutbox _outbox = null!;

    public async Task InitializeAsync()
    {
        _store = new LiteDbStore(Path.Combine(_directory, "relay.db"), SampleModel.Create(), TimeProvider.System, new OutboxSignal());
        await _store.InitializeAsync();
        _outbox = new FlakyOutbox(_store);
        _provider = new ServiceCollection()
            .AddMassTransitTestHarness()
            .AddSingleton<IStore>(new StoreWithOutbox(_store, _outbox))
            .AddSingleton<OutboxSignal>()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new OutboxOptions { LeaseDuration = TimeSpan.FromMilliseconds(300), Enabled = false, MaxAttempts = 3 }))
            .AddSingleton<OutboxRelay>()
            .AddLogging()
            .AddMetrics()
            .BuildServiceProvider(true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private OutboxRelay Relay => _provider.GetRequiredService<OutboxRelay>();

    private async Task<Guid> CommitRegistrationAsync()
    {
        var talentId = Guid.NewGuid();
        var unitOfWork = _store.BeginUnitOfWork();
        unitOfWork.Insert(Sample.Create($"R-{talentId:N}"));
        unitOfWork.Publish(new TalentRegistered(talentId, "p", "李四", new DateOnly(1995, 1, 1), "Female", true, null, [], DateTimeOffset.UtcNow));
        await unitOfWork.CommitAsync();
        return talentId;
    }

    [Fact]
    public async Task RelayOnce_publishesWithTheOutboxMessageId_andMarksDispatched()
    {
        var talentId = await CommitRegistrationAsync();
        var stored = (await _store.ClaimAsync("peek", TimeSpan.Zero, 1, DateTimeOffset.UtcNow, Unblocked.None)).Single();

        var published = await Relay.RelayOnceAsync(CancellationToken.None);

        Assert.Equal(1, published);
        var message = Assert.Single(_harness.Published.Select<TalentRegistered>());
        Assert.Equal(talentId, message.Context.Message.TalentId);
        Assert.Equal(stored.Id, message.Context.MessageId);
        Assert.Equal(0, (await _store.GetBacklogAsync()).Pending);
    }

    [Fact]
    public async Task RelayOnce_publishesUnderTheTraceTheMessageWasWrittenIn_asAChildSpanOfTheWritingActivity()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is OutboxRelay.ActivitySourceName or DiagnosticHeaders.DefaultListenerName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        ActivityTraceId traceId;
        ActivitySpanId requestSpan;
        using (var request = new Activity("register talent").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            (traceId, requestSpan) = (request.TraceId, request.SpanId);
            await CommitRegistrationAsync();
        }

        Assert.Equal(1, await Relay.RelayOnceAsync(CancellationToken.None));

        var relaySpan = Assert.Single(stopped, a => a.Source.Name == OutboxRelay.ActivitySourceName && a.TraceId == traceId);
        Assert.Equal(requestSpan, relaySpan.ParentSpanId);
        Assert.Equal("outbox publish TalentRegistered", relaySpan.DisplayName);
        var published = Assert.Single(_harness.Published.Select<TalentRegistered>());
        Assert.Equal(traceId, TraceIdOf(published.Context));
    }

    [Fact]
    public async Task RelayOnce_withoutTracing_stillHandsTheConsumersTheTraceTheMessageWasWrittenIn()
    {
        ActivityTraceId traceId;
        using (var request = new Activity("register talent").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            traceId = request.TraceId;
            await CommitRegistrationAsync();
        }

        Assert.Equal(1, await Relay.RelayOnceAsync(CancellationToken.None));

        var published = Assert.Single(_harness.Published.Select<TalentRegistered>());
        Assert.Equal(traceId, TraceIdOf(published.Context));
    }

    /// <summary>The trace a consumer joins: MassTransit's activity header, as its receive side reads it.</summary>
    private static ActivityTraceId TraceIdOf(SendContext context) =>
        ActivityContext.Parse(context.Headers.Get<string>(DiagnosticHeaders.ActivityId)!, null).TraceId;

    [Fact]
    public async Task RelayOnce_whenBrokerRefuses_keepsTheMessageForTheNextRound()
    {
        await CommitRegistrationAsync();
        using (_harness.Bus.ConnectPublishObserver(new RefusingObserver()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Relay.RelayOnceAsync(CancellationToken.None));
            Assert.Equal(1, (await _store.GetBacklogAsync()).Pending);
        }

        var published = await Relay.RelayOnceAsync(CancellationToken.None);

        Assert.Equal(1, published);
        Assert.Equal(0, (await _store.GetBacklogAsync()).Pending);
    }

    [Fact]
    public async Task RelayOnce_crashBetweenPublishAndMark_republishesWithTheSameIdAfterTheLease()
    {
        await CommitRegistrationAsync();
        _outbox.FailNextMark = true;
        var recorder = new RecordingObserver();
        using var observation = _harness.Bus.ConnectPublishObserver(recorder);

        await Assert.ThrowsAsync<IOException>(() => Relay.RelayOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Relay.RelayOnceAsync(CancellationToken.None));
        await Task.Delay(400);
        Assert.Equal(1, await Relay.RelayOnceAsync(CancellationToken.None));

        Assert.Equal(2, recorder.MessageIds.Count);
        Assert.Single(recorder.MessageIds.Distinct());
        Assert.Equal(0, (await _store.GetBacklogAsync()).Pending);
    }

    [Fact]
    public async Task RelayOnce_aPublishFailing_holdsBackTheRestOfItsTalentsEventsOnly_andTheNextRoundKeepsTheirOrder()
    {
        var first = Guid.NewGuid();
        var other = Guid.NewGuid();
        var unitOfWork = _store.BeginUnitOfWork();
        foreach (var (talentId, name) in new[] { (first, "一"), (other, "乙"), (first, "二"), (first, "三"), (other, "丙") })
        {
            unitOfWork.Publish(new TalentRegistered(talentId, "p", name, new DateOnly(1995, 1, 1), "Female", true, null, [], DateTimeOffset.UtcNow));
        }

        await unitOfWork.CommitAsync();
        var recorder = new RecordingObserver();
        using var observation = _harness.Bus.ConnectPublishObserver(recorder);
        using (_harness.Bus.ConnectPublishObserver(new RefusingObserver(e => e is TalentRegistered { DisplayName: "一" })))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Relay.RelayOnceAsync(CancellationToken.None));
        }

        Assert.Equal(["乙", "丙"], recorder.Names);
        Assert.Equal(3, (await _store.GetBacklogAsync()).Pending);

        Assert.Equal(3, await Relay.RelayOnceAsync(CancellationToken.None));
        Assert.Equal(["乙", "丙", "一", "二", "三"], recorder.Names);
        Assert.Equal(0, (await _store.GetBacklogAsync()).Pending);
    }

    [Fact]
    public async Task RelayOnce_aMessageFailingTooOften_isMovedToTheDead_andItsTalentsLaterEventsWaitUntilItIsReplayed()
    {
        var first = Guid.NewGuid();
        var other = Guid.NewGuid();
        var unitOfWork = _store.BeginUnitOfWork();
        foreach (var (talentId, name) in new[] { (first, "一"), (first, "二"), (other, "乙") })
        {
            unitOfWork.Publish(new TalentRegistered(talentId, "p", name, new DateOnly(1995, 1, 1), "Female", true, null, [], DateTimeOffset.UtcNow));
        }

        await unitOfWork.CommitAsync();
        var recorder = new RecordingObserver();
        using var observation = _harness.Bus.ConnectPublishObserver(recorder);
        using (_harness.Bus.ConnectPublishObserver(new RefusingObserver(e => e is TalentRegistered { DisplayName: "一" })))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Relay.RelayOnceAsync(CancellationToken.None));
            await Assert.ThrowsAnyAsync<Exception>(() => Relay.RelayOnceAsync(CancellationToken.None));
            Assert.Equal(0, await Relay.RelayOnceAsync(CancellationToken.None));
            Assert.Equal(0, await Relay.RelayOnceAsync(CancellationToken.None));
        }

        var dead = Assert.Single(await _store.DeadAsync(10));
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("broker unreachable", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(["乙"], recorder.Names);

        Assert.True(await _store.ReviveAsync(dead.Id));
        Assert.Equal(2, await Relay.RelayOnceAsync(CancellationToken.None));
        Assert.Equal(["乙", "一", "二"], recorder.Names);
    }

    [Fact]
    public async Task RelayOnce_putsEachEventsStreamSubjectAndNumberInItsHeaders()
    {
        var talentId = await CommitRegistrationAsync();

        await Relay.RelayOnceAsync(CancellationToken.None);

        var headers = Assert.Single(_harness.Published.Select<TalentRegistered>()).Context.Headers;
        Assert.Equal(Contracts.EventStreams.Talent, headers.Get<string>(Streams.StreamHeaders.Stream));
        Assert.Equal(talentId.ToString("N"), headers.Get<string>(Streams.StreamHeaders.Subject));
        Assert.Equal(1L, Convert.ToInt64(headers.Get<object>(Streams.StreamHeaders.Sequence), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PartitionKey_isTheTalentWhenThereIsOne_elseTheFirstIdOfTheEvent()
    {
        var talentId = Guid.NewGuid();
        var employerId = Guid.NewGuid();

        var hire = MessagePartitions.KeyOf(new EmploymentConfirmed(talentId, Guid.NewGuid(), employerId, "企业", "凤凰街道", "new-energy", "Enterprise", new DateOnly(2026, 7, 1), null, 3, DateTimeOffset.UtcNow));
        var employer = MessagePartitions.KeyOf(new EmployerRegistered(employerId, "企业", "91330500MA2B3C4D5E", "凤凰街道", "new-energy", "Enterprise", DateTimeOffset.UtcNow));

        Assert.Equal(talentId.ToString("N"), hire);
        Assert.Equal(employerId.ToString("N"), employer);
    }

    private sealed class RecordingObserver : IPublishObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _names = new();

        public System.Collections.Concurrent.ConcurrentQueue<Guid?> MessageIds { get; } = new();

        public IReadOnlyList<string> Names => [.. _names];

        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            MessageIds.Enqueue(context.MessageId);
            if (context.Message is TalentRegistered registered)
            {
                _names.Enqueue(registered.DisplayName);
            }

            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    private sealed class RefusingObserver(Func<object, bool>? refuses = null) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context) where T : class =>
            refuses is null || refuses(context.Message) ? throw new InvalidOperationException("broker unreachable") : Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    /// <summary>An outbox whose next "mark dispatched" fails, as if the process died right after the broker confirmed.</summary>
    private sealed class FlakyOutbox(IOutboxStore inner) : IOutboxStore
    {
        public bool FailNextMark { get; set; }

        public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
            string owner, TimeSpan lease, int max, DateTimeOffset now, IReadOnlySet<string> blocked, CancellationToken cancellationToken = default) =>
            inner.ClaimAsync(owner, lease, max, now, blocked, cancellationToken);

        public Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default)
        {
            if (FailNextMark)
            {
                FailNextMark = false;
                throw new IOException("process died before marking");
            }

            return inner.MarkDispatchedAsync(messageIds, at, cancellationToken);
        }

        public Task ReleaseAsync(Guid messageId, string? failure, CancellationToken cancellationToken = default) =>
            inner.ReleaseAsync(messageId, failure, cancellationToken);

        public Task BuryAsync(Guid messageId, string failure, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            inner.BuryAsync(messageId, failure, at, cancellationToken);

        public Task<IReadOnlySet<string>> BlockedPartitionsAsync(CancellationToken cancellationToken = default) => inner.BlockedPartitionsAsync(cancellationToken);

        public Task<IReadOnlyList<DeadOutboxMessage>> DeadAsync(int max, CancellationToken cancellationToken = default) => inner.DeadAsync(max, cancellationToken);

        public Task<bool> ReviveAsync(Guid messageId, CancellationToken cancellationToken = default) => inner.ReviveAsync(messageId, cancellationToken);

        public Task<bool> DiscardAsync(Guid messageId, OutboxMessage? replacement, CancellationToken cancellationToken = default) =>
            inner.DiscardAsync(messageId, replacement, cancellationToken);

        public Task<int> RepublishAsync(string stream, string subject, long fromSequence, CancellationToken cancellationToken = default) =>
            inner.RepublishAsync(stream, subject, fromSequence, cancellationToken);

        public Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default) => inner.GetBacklogAsync(cancellationToken);

        public Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default) =>
            inner.PurgeAsync(dispatchedBefore, processedBefore, cancellationToken);
    }

    private sealed class StoreWithOutbox(LiteDbStore store, IOutboxStore outbox) : IStore
    {
        public IOutboxStore Outbox => outbox;

        public Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate => store.GetAsync<T>(id, cancellationToken);

        public Task<IReadOnlyList<T>> FindAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> filter, QueryOptions<T>? options = null, CancellationToken cancellationToken = default)
            where T : class, IAggregate => store.FindAsync(filter, options, cancellationToken);

        public Task<long> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default)
            where T : class, IAggregate => store.CountAsync(filter, cancellationToken);

        public Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
            store.HasProcessedAsync(consumer, messageId, cancellationToken);

        public IUnitOfWork BeginUnitOfWork() => store.BeginUnitOfWork();

        public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken = default) => store.PingAsync(cancellationToken);
    }
}
