using System.Diagnostics;
using System.Text.Json;

namespace TalentPortal.Storage.Outbox;

/// <summary>An integration event committed with the state change that raised it, waiting to be published.</summary>
public sealed class OutboxMessage : IAggregate
{
    /// <summary>The MassTransit message id the event is published with (stable across re-publishes).</summary>
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string MessageType { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Commit order: microseconds since 2026-01-01 (UTC) times 4,096, plus the position within the unit of work.
    /// It fits a long until about 2097. Versions before 2026-11-28 wrote <c>UtcTicks × 1000 + position</c>, which
    /// overflowed to negative numbers; those sort below every new value, so messages still pending from them go first.</summary>
    public long Sequence { get; set; }
    /// <summary>Messages with the same key are published in commit order; different keys may go out concurrently.</summary>
    public string? PartitionKey { get; set; }

    /// <summary>The event's stream (<see cref="Streams.StreamAddress"/>), or null for an event outside any stream.</summary>
    public string? Stream { get; set; }

    /// <summary>The event's subject within its stream.</summary>
    public string? Subject { get; set; }

    /// <summary>The subject's sequence number in the stream (1, 2, 3…), assigned by the store at commit.</summary>
    public long SubjectSequence { get; set; }

    /// <summary><see cref="Sequence"/> while undispatched, null once dispatched: what relays claim by, oldest first.</summary>
    public long? PendingSequence { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The W3C <c>traceparent</c> of the activity the event was written in (the request or message that raised
    /// it), or null when there was none: the relay publishes under it, so the consumers' spans join that trace.</summary>
    public string? TraceParent { get; set; }

    /// <summary>The W3C <c>tracestate</c> that goes with <see cref="TraceParent"/>.</summary>
    public string? TraceState { get; set; }

    /// <summary>The key of this message's stream counter ("stream|subject"), or null outside a stream.</summary>
    internal string? StreamKey => Stream is null ? null : $"{Stream}|{Subject}";

    private static readonly DateTimeOffset SequenceEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static long SequenceOf(DateTimeOffset now, int position) =>
        checked((((now.UtcTicks - SequenceEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond) * 4096) + position);

    internal static OutboxMessage Create(object integrationEvent, DateTimeOffset now, int position)
    {
        var sequence = SequenceOf(now, position);
        var address = Streams.StreamAddress.Of(integrationEvent);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = integrationEvent.GetType().FullName!,
            Body = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), MessageJson.Options),
            CreatedAt = now,
            Sequence = sequence,
            PendingSequence = sequence,
            PartitionKey = MessagePartitions.KeyOf(integrationEvent),
            Stream = address?.Stream,
            Subject = address?.Subject,
        }.InCurrentTrace();
    }

    /// <summary>Records the current activity's W3C trace context (nothing when there is no activity or its id is not
    /// W3C) and returns this message.</summary>
    public OutboxMessage InCurrentTrace()
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current)
        {
            TraceParent = current.Id;
            TraceState = current.TraceStateString;
        }

        return this;
    }
}
