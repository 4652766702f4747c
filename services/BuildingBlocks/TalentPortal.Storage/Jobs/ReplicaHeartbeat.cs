using TalentPortal.Storage.Streams;

namespace TalentPortal.Storage.Jobs;

/// <summary>When a replica was last heard from. Only that replica writes it; others read it to tell whether the owner
/// of a job is gone.</summary>
public sealed class ReplicaHeartbeat : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Instance { get; set; } = "";
    public DateTimeOffset BeatAt { get; set; }

    public static Guid IdOf(string instance) => DeterministicGuid.Of($"replica|{instance}");
}
