namespace TalentPortal.Storage.Outbox;

/// <summary>Undispatched outbox messages: how many and how old the oldest is.</summary>
public sealed record OutboxBacklog(long Pending, DateTimeOffset? OldestCreatedAt);
