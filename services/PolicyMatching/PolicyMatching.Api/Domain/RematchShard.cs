namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One range of talent ids of a re-match: after <see cref="After"/> up to and including <see cref="Until"/>
/// (to the last talent when null). <see cref="After"/> moves with every committed page.</summary>
public sealed class RematchShard
{
    public Guid After { get; set; }
    public Guid? Until { get; set; }
    public bool Done { get; set; }
}
