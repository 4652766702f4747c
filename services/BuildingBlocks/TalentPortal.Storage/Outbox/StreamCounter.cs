namespace TalentPortal.Storage.Outbox;

/// <summary>The last sequence number a publisher gave a subject in a stream; advanced in the commit that writes the
/// subject's next event, so numbers follow commit order with no gap.</summary>
public sealed class StreamCounter
{
    /// <summary>"{stream}|{subject}".</summary>
    public string Id { get; set; } = "";

    public long Last { get; set; }
}
