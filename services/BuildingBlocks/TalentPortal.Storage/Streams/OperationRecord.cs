namespace TalentPortal.Storage.Streams;

/// <summary>An operator's action on failed messages (replay, discard, republish): who, when, what and how many.</summary>
public sealed class OperationRecord : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public int Messages { get; set; }
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
