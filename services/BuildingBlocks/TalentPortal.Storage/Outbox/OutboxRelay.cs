using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using MassTransit;
using MassTransit.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Storage.Outbox;

/// <summary>Publishes committed outbox messages through MassTransit and marks them dispatched only after the broker
/// confirmed them; a failure leaves them for the next round, so nothing is lost.</summary>
public sealed partial class OutboxRelay : BackgroundService
{
    /// <summary>The source of the relay's spans: one "outbox publish" span per message, a child of the activity the
    /// message was written in, so MassTransit's publish span and the consumers' spans join the request that raised
    /// the event however much later the relay publishes it.</summary>
    public const string ActivitySourceName = "TalentPortal.Storage";

    private static readonly ActivitySource Source = new(ActivitySourceName);
    private readonly IStore _store;
    private readonly IPublishEndpoint _publisher;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly OutboxOptions _options;
    private readonly ILogger<OutboxRelay> _logger;
    private readonly Counter<long> _published;
    private readonly Counter<long> _buried;
    private OutboxBacklog _backlog = new(0, null);
    private DateTimeOffset _nextHousekeeping;
    private DateTimeOffset _nextBacklog;

    public OutboxRelay(IStore store, IBus bus, OutboxSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxRelay> logger, IMeterFactory meters)
    {
        _store = store;
        _publisher = bus;
        _signal = signal;
        _time = time;
        _options = options.Value;
        _logger = logger;
        var meter = meters.Create("TalentPortal.Storage");
        _published = meter.CreateCounter<long>("talentportal.outbox.published", description: "Outbox messages confirmed by the broker");
        _buried = meter.CreateCounter<long>("talentportal.outbox.dead", description: "Outbox messages moved to the dead messages after too many failed publishes");
        meter.CreateObservableGauge("talentportal.outbox.pending", () => _backlog.Pending, description: "Undispatched outbox messages");
        meter.CreateObservableGauge("talentportal.outbox.oldest_age", () => OldestAgeSeconds, unit: "s", description: "Age of the oldest undispatched outbox message");
    }

    /// <summary>Identifies this replica's leases.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private double OldestAgeSeconds => _backlog.OldestCreatedAt is { } oldest ? (_time.GetUtcNow() - oldest).TotalSeconds : 0;

    /// <summary>Claims one batch and publishes it, messages of different partitions concurrently and those of one
    /// partition in commit order; returns how many messages the broker confirmed. A message that failed
    /// <see cref="OutboxOptions.MaxAttempts"/> times is moved to the dead messages, and its partition waits for an
    /// operator; partitions that already hold a dead message are not claimed.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken)
    {
        var blocked = await _store.Outbox.BlockedPartitionsAsync(cancellationToken);
        var batch = await _store.Outbox.ClaimAsync(Owner, _options.LeaseDuration, _options.BatchSize, _time.GetUtcNow(), blocked, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var published = new ConcurrentQueue<Guid>();
        var failures = new ConcurrentQueue<(OutboxMessage Message, Exception Error)>();
        await Task.WhenAll(batch
            .GroupBy(m => m.PartitionKey ?? "", StringComparer.Ordinal)
            .Select(partition => PublishInOrderAsync(partition, published, failures, cancellationToken)));

        // One write marks the whole batch; a crash before it only means a re-publish with the same ids.
        var confirmed = published.ToList();
        await _store.Outbox.MarkDispatchedAsync(confirmed, _time.GetUtcNow(), CancellationToken.None);
        if (!failures.IsEmpty)
        {
            var done = confirmed.ToHashSet();
            var failed = failures.ToDictionary(f => f.Message.Id, f => f.Error);
            var retry = false;
            foreach (var unpublished in batch.Where(m => !done.Contains(m.Id)))
            {
                if (!failed.TryGetValue(unpublished.Id, out var error))
                {
                    await _store.Outbox.ReleaseAsync(unpublished.Id, null, CancellationToken.None);
                }
                else if (unpublished.Attempts >= _options.MaxAttempts)
                {
                    await _store.Outbox.BuryAsync(unpublished.Id, Describe(error), _time.GetUtcNow(), CancellationToken.None);
                    _buried.Add(1);
                    LogBuried(error, unpublished.Id, unpublished.MessageType, unpublished.Attempts, unpublished.PartitionKey);
                }
                else
                {
                    await _store.Outbox.ReleaseAsync(unpublished.Id, Describe(error), CancellationToken.None);
                    retry = true;
                }
            }

            if (retry)
            {
                ExceptionDispatchInfo.Throw(failures.First().Error);
            }
        }

        return confirmed.Count;
    }

    private async Task PublishInOrderAsync(
        IEnumerable<OutboxMessage> partition, ConcurrentQueue<Guid> published, ConcurrentQueue<(OutboxMessage, Exception)> failures, CancellationToken cancellationToken)
    {
        foreach (var message in partition)
        {
            using var activity = StartPublishActivity(message);
            try
            {
                var type = MessageTypes.Resolve(message.MessageType);
                var body = JsonSerializer.Deserialize(message.Body, type, MessageJson.Options)!;
                await _publisher.Publish(body, type, context => Address(context, message, activity), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The rest of this partition waits for the next round, so its order holds.
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                LogPublishFailed(e, message.Id, message.MessageType);
                failures.Enqueue((message, e));
                return;
            }

            published.Enqueue(message.Id);
            _published.Add(1);
        }
    }

    /// <summary>Starts the message's "outbox publish" span under the trace context it was written in (a new trace when it
    /// has none); null when nobody listens to <see cref="ActivitySourceName"/>.</summary>
    private Activity? StartPublishActivity(OutboxMessage message)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var parent = ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var written) ? written : default;
        var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = $"outbox publish {message.MessageType[(message.MessageType.LastIndexOf('.') + 1)..]}";
            activity.SetTag("messaging.message.id", message.Id.ToString("D"));
            activity.SetTag("talentportal.outbox.message_type", message.MessageType);
            activity.SetTag("talentportal.outbox.attempt", message.Attempts);
            activity.SetTag("talentportal.outbox.wait_ms", Math.Round((_time.GetUtcNow() - message.CreatedAt).TotalMilliseconds));
            if (message.Stream is not null)
            {
                activity.SetTag("talentportal.outbox.stream", message.Stream);
            }
        }

        return activity;
    }

    /// <summary>The stable message id, the stream address as headers, and mandatory routing for streams someone reads:
    /// a publish that reaches no queue comes back as a failure instead of vanishing. The trace context goes in
    /// MassTransit's activity header: MassTransit replaces it with its own publish span's when it traces, and the
    /// consumers take it as their parent either way.</summary>
    private static void Address(PublishContext context, OutboxMessage message, Activity? activity)
    {
        context.MessageId = message.Id;
        if ((activity?.Id ?? message.TraceParent) is { } traceParent)
        {
            context.Headers.Set(DiagnosticHeaders.ActivityId, traceParent);
        }

        if (message.Stream is not null)
        {
            context.Mandatory = TalentPortal.Contracts.EventStreams.Readers.ContainsKey(message.Stream);
            context.Headers.Set(StreamHeaders.Stream, message.Stream);
            context.Headers.Set(StreamHeaders.Subject, message.Subject);
            context.Headers.Set(StreamHeaders.Sequence, message.SubjectSequence);
        }
    }

    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayOnceAsync(stoppingToken);
                await HousekeepAsync(stoppingToken);
                if (published < _options.BatchSize)
                {
                    await _signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogRoundFailed(e);
                try
                {
                    await Task.Delay(_options.RetryDelay, _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task HousekeepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (now >= _nextBacklog)
        {
            // The backlog gauge is read once a second, not once per batch.
            _nextBacklog = now.AddSeconds(1);
            _backlog = await _store.Outbox.GetBacklogAsync(cancellationToken);
        }

        if (now < _nextHousekeeping)
        {
            return;
        }

        _nextHousekeeping = now.AddMinutes(10);
        await _store.Outbox.PurgeAsync(now - _options.DispatchedRetention, now - _options.InboxRetention, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed; it stays in the outbox")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) failed {Attempts} publishes and was moved to the dead messages; partition {Partition} waits for an operator")]
    private partial void LogBuried(Exception exception, Guid messageId, string messageType, int attempts, string? partition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay round failed; retrying")]
    private partial void LogRoundFailed(Exception exception);
}
