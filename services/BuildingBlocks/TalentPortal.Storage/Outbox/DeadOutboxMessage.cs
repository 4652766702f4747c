namespace TalentPortal.Storage.Outbox;

/// <summary>An outbox message that failed to publish more times than allowed. It leaves the outbox, raises an alert,
/// and keeps its subject's later messages waiting until an operator replays it (back into the outbox) or discards it.</summary>
public sealed class DeadOutboxMessage
{
    public Guid Id { get; set; }
    public string MessageType { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public long Sequence { get; set; }
    public string? PartitionKey { get; set; }
    public string? Stream { get; set; }
    public string? Subject { get; set; }
    public long SubjectSequence { get; set; }
    public int Attempts { get; set; }
    public string LastError { get; set; } = "";
    public DateTimeOffset DiedAt { get; set; }

    /// <summary>The trace context the message was written in (<see cref="OutboxMessage.TraceParent"/>).</summary>
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }

    public static DeadOutboxMessage From(OutboxMessage message, string error, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeadOutboxMessage
        {
            Id = message.Id,
            MessageType = message.MessageType,
            Body = message.Body,
            CreatedAt = message.CreatedAt,
            Sequence = message.Sequence,
            PartitionKey = message.PartitionKey,
            Stream = message.Stream,
            Subject = message.Subject,
            SubjectSequence = message.SubjectSequence,
            Attempts = message.Attempts,
            LastError = error,
            DiedAt = at,
            TraceParent = message.TraceParent,
            TraceState = message.TraceState,
        };
    }

    /// <summary>The message back in the outbox, pending again with its attempts reset.</summary>
    public OutboxMessage Revive() => new()
    {
        Id = Id,
        MessageType = MessageType,
        Body = Body,
        CreatedAt = CreatedAt,
        Sequence = Sequence,
        PendingSequence = Sequence,
        PartitionKey = PartitionKey,
        Stream = Stream,
        Subject = Subject,
        SubjectSequence = SubjectSequence,
        LastError = $"replayed after: {LastError}",
        TraceParent = TraceParent,
        TraceState = TraceState,
    };
}
