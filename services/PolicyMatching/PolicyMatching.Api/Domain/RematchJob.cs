using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>Re-matching every talent after a policy was published, with its progress.</summary>
public sealed class RematchJob : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public string PolicyCode { get; set; } = "";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Changed { get; set; }

    /// <summary>The last talent (in id order) whose results are committed; a restarted job resumes after it.</summary>
    public Guid? LastTalentId { get; set; }
    public string State { get; set; } = "Queued";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
}
