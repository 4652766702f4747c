namespace TalentPortal.ServiceDefaults.Operations;

public sealed record FailedMessagesResponse(string Service, IReadOnlyList<FailedMessageGroup> Groups);
