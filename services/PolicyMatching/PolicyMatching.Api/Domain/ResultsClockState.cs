using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>Where the daily re-screen got to: the last Huzhou day it finished, the version dates it already turned into
/// re-matches, and which replica holds the lease on running it (one at a time, taken over when the holder is gone).</summary>
public sealed class ResultsClockState : IAggregate
{
    public static readonly Guid SingletonId = new("0192f000-0000-7000-8000-00000000c10c");

    public Guid Id { get; set; } = SingletonId;
    public long Version { get; set; }
    public DateOnly? LastDay { get; set; }
    public List<string> Activated { get; set; } = [];
    public string? Owner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Takes (or renews) the lease for <paramref name="owner"/>; false while another live replica holds it.</summary>
    public bool TryLease(string owner, DateTimeOffset now, TimeSpan duration)
    {
        if (Owner is not null && Owner != owner && LeaseUntil > now)
        {
            return false;
        }

        Owner = owner;
        LeaseUntil = now + duration;
        return true;
    }
}
