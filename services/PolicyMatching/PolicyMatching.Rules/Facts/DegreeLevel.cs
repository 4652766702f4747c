namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Highest degree held. Ordered: a higher value is a higher degree.</summary>
public enum DegreeLevel
{
    /// <summary>大专.</summary>
    Associate = 1,

    /// <summary>本科.</summary>
    Bachelor = 2,

    /// <summary>硕士.</summary>
    Master = 3,

    /// <summary>博士.</summary>
    Doctorate = 4,
}
