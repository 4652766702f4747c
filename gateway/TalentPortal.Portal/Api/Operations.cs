using System.Text.Json;

namespace TalentPortal.Portal.Api;

/// <summary>Every service's messages that wait for an operator (the gateway's <c>GET /api/operations/failed-messages</c>).</summary>
public sealed record FailedMessagesOverview(IReadOnlyList<ServiceFailures> Services);

public sealed record ServiceFailures(string Service, IReadOnlyList<FailedGroup> Groups, string? Error);

/// <summary>Failed messages of one kind (FailedDelivery, DeadOutbox, OpenGap), type and cause.</summary>
public sealed record FailedGroup(
    string Id, string Kind, string MessageType, string Cause, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    JsonElement? Sample, string? Stream, IReadOnlyList<FailedItem> Messages)
{
    /// <summary>The type's short name, e.g. TalentRegistered.</summary>
    public string TypeName => MessageType.Split('.')[^1];
}

public sealed record FailedItem(Guid Id, string? Subject, long? Sequence, DateTimeOffset At, int Failures);

public sealed record OperationOutcome(int Messages);
