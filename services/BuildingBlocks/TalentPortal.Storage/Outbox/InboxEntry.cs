namespace TalentPortal.Storage.Outbox;

/// <summary>A message a consumer has processed; its key is unique per (consumer, message id).</summary>
public sealed class InboxEntry
{
    /// <summary>"{consumer}|{messageId:N}".</summary>
    public string Id { get; set; } = "";
    public DateTimeOffset ProcessedAt { get; set; }
}
