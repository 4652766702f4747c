namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>How a benefit combines with others of its exclusion group.</summary>
public enum StackingRule
{
    /// <summary>No exclusion group: combines with everything.</summary>
    Stack,

    /// <summary>Within the exclusion group only the higher benefit is granted (从高从优不重复).</summary>
    Higher,
}
