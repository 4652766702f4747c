namespace TalentPortal.ServiceDefaults.Operations;

/// <summary>One failed message in a group.</summary>
public sealed record FailedMessageView(Guid Id, string? Subject, long? Sequence, DateTimeOffset At, int Failures);
