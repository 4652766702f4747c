namespace TalentPortal.Contracts.Operations;

/// <summary>An operator discarded an event its publisher could not publish. It takes the discarded event's place in its
/// stream (same stream, subject and number), so readers move past it instead of waiting for it for ever.</summary>
public sealed record EventDiscarded(string MessageType, string Reason, string DiscardedBy, DateTimeOffset DiscardedAt);
