using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>Re-matching every talent after a policy was published, with its progress.</summary>
public sealed class RematchJob : IAggregate, IOwnedJob
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public string PolicyCode { get; set; } = "";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Changed { get; set; }

    /// <summary>Talents whose record could not be evaluated: left as they were, named (up to 100) for an official to look at.</summary>
    public int Skipped { get; set; }
    public List<Guid> SkippedTalentIds { get; set; } = [];

    /// <summary>Ranges of talent ids screened side by side, each with its progress; a restarted job resumes them.</summary>
    public List<RematchShard> Shards { get; set; } = [];
    public string State { get; set; } = "Queued";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }

    /// <summary>The replica running the job (<see cref="JobOwner"/>); another replica takes it over only once this one is gone.</summary>
    public string? Owner { get; set; }

    public static RematchJob For(string policyCode, string owner, DateTimeOffset at) => new() { PolicyCode = policyCode, Owner = owner, CreatedAt = at };
}
