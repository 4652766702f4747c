namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>What a node of the criteria tree is.</summary>
public enum CriterionKind
{
    /// <summary>A comparison on a fact.</summary>
    Comparison,

    /// <summary>All children must hold.</summary>
    All,

    /// <summary>One child must hold.</summary>
    Any,
}
