using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One policy's current result for a talent.</summary>
public sealed class PolicyOutcome
{
    public string PolicyCode { get; set; } = "";
    public string Outcome { get; set; } = "";
    public decimal? Amount { get; set; }
    public string? VersionId { get; set; }
}

/// <summary>A talent's current results against every published policy, recomputed when their facts change or a policy
/// is published; officials and HR screen from it without re-evaluating.</summary>
public sealed class TalentEligibility : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid? EmployerId { get; set; }
    public string? Street { get; set; }
    public DateOnly AsOf { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }
    public List<PolicyOutcome> Outcomes { get; set; } = [];
}
