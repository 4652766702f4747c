using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TalentPortal.ServiceDefaults.Operations;

/// <summary>Failed messages of one kind, type and cause: deliveries a consumer could not process
/// (<c>FailedDelivery</c>), events the outbox could not publish (<c>DeadOutbox</c>), or events parked behind a gap
/// that stayed open (<c>OpenGap</c>, whose <see cref="MissingFrom"/> names the first missing number per subject).</summary>
public sealed record FailedMessageGroup(
    string Id, string Kind, string MessageType, string Cause, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    JsonNode? Sample, string? Stream, IReadOnlyList<FailedMessageView> Messages)
{
    /// <summary>For an open gap: the first missing number of each subject.</summary>
    public IReadOnlyDictionary<string, long>? MissingFrom { get; init; }

    /// <summary>Every message of the group (<see cref="Messages"/> shows the first few).</summary>
    [JsonIgnore]
    public IReadOnlyList<Guid> AllIds { get; init; } = [];
}
