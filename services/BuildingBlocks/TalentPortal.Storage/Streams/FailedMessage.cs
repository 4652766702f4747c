namespace TalentPortal.Storage.Streams;

/// <summary>A delivery a consumer could not process after its retries: kept in the service's store (not left in a
/// broker queue nobody reads) with its cause, until an operator replays it to its queue or discards it.</summary>
public sealed class FailedMessage : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }

    /// <summary>The queue it was consumed from, where a replay sends it back.</summary>
    public string Queue { get; set; } = "";
    public Guid? MessageId { get; set; }

    /// <summary>The CLR name of the message type (from the envelope's first message type).</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The envelope as received (JSON).</summary>
    public string Envelope { get; set; } = "";
    public string? Stream { get; set; }
    public string? Subject { get; set; }
    public long? Sequence { get; set; }
    public string ExceptionType { get; set; } = "";
    public string ExceptionMessage { get; set; } = "";
    public DateTimeOffset FirstFailedAt { get; set; }
    public DateTimeOffset LastFailedAt { get; set; }
    public int Failures { get; set; }

    /// <summary>The cause failures are grouped by: the exception type and the first line of its message, without ids.</summary>
    public string Cause => $"{ExceptionType}: {FailureText.Generalize(ExceptionMessage)}";

    /// <summary>One record per queue and message id: the same message failing again counts there.</summary>
    public static Guid IdOf(string queue, Guid? messageId, string envelope) =>
        DeterministicGuid.Of($"{queue}|{(messageId is { } id ? id.ToString("N") : envelope)}");
}
