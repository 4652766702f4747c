namespace TalentPortal.Storage.Streams;

/// <summary>How far one consumer has applied one subject's events in one stream, and how many later ones wait parked.
/// Written in the same commit as the changes each event makes, so the read model and its position never disagree.</summary>
public sealed class StreamPosition : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Consumer { get; set; } = "";
    public string Stream { get; set; } = "";
    public string Subject { get; set; } = "";

    /// <summary>The last sequence number applied (0: none yet).</summary>
    public long Applied { get; set; }

    /// <summary>Events that arrived ahead of a gap and wait in <see cref="ParkedEvent"/>s.</summary>
    public int Parked { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static Guid IdOf(string consumer, string stream, string subject) => DeterministicGuid.Of($"{consumer}|{stream}|{subject}");

    public static StreamPosition Start(string consumer, string stream, string subject) => new()
    {
        Id = IdOf(consumer, stream, subject),
        Consumer = consumer,
        Stream = stream,
        Subject = subject,
    };
}
