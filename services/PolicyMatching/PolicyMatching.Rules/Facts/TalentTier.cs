namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Talent tier (人才分类). Ordered: A is the highest, so <c>min: C</c> means C, B or A.</summary>
public enum TalentTier
{
    /// <summary>E 类.</summary>
    E = 1,

    /// <summary>D 类.</summary>
    D = 2,

    /// <summary>C 类.</summary>
    C = 3,

    /// <summary>B 类.</summary>
    B = 4,

    /// <summary>A 类.</summary>
    A = 5,
}
