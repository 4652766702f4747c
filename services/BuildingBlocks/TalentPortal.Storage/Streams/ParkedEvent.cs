using System.Text.Json;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Streams;

/// <summary>An event that arrived before an earlier one of its subject: kept (and acknowledged) until the gap fills,
/// then applied in order. A gap still open after <see cref="StreamOptions.GapAlertAfter"/> is reported.</summary>
public sealed class ParkedEvent : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid PositionId { get; set; }
    public string Consumer { get; set; } = "";

    /// <summary>The consumer's CLR type, so a background pass can apply the event after a restart.</summary>
    public string ConsumerType { get; set; } = "";
    public string Stream { get; set; } = "";
    public string Subject { get; set; } = "";
    public long Sequence { get; set; }
    public Guid MessageId { get; set; }
    public string MessageType { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset ParkedAt { get; set; }

    public static Guid IdOf(Guid positionId, long sequence) => DeterministicGuid.Of($"{positionId:N}|{sequence}");

    public static ParkedEvent Of(StreamConsumer consumer, StreamPosition position, long sequence, Guid messageId, object message, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(message);
        return new ParkedEvent
        {
            Id = IdOf(position.Id, sequence),
            PositionId = position.Id,
            Consumer = position.Consumer,
            ConsumerType = consumer.GetType().AssemblyQualifiedName!,
            Stream = position.Stream,
            Subject = position.Subject,
            Sequence = sequence,
            MessageId = messageId,
            MessageType = message.GetType().FullName!,
            Body = JsonSerializer.Serialize(message, message.GetType(), MessageJson.Options),
            ParkedAt = at,
        };
    }

    public object Message() => JsonSerializer.Deserialize(Body, MessageTypes.Resolve(MessageType), MessageJson.Options)!;
}
