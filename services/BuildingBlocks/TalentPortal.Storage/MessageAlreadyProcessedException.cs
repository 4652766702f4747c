namespace TalentPortal.Storage;

/// <summary>The consumer already processed this message (inbox hit): the unit of work was not applied.</summary>
public sealed class MessageAlreadyProcessedException(string consumer, Guid messageId)
    : Exception($"{consumer} already processed message {messageId}.")
{
    public string Consumer { get; } = consumer;
    public Guid MessageId { get; } = messageId;
}
