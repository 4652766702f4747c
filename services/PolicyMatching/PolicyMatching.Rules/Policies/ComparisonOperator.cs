namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>Comparison operators a criterion can use (<c>after</c>/<c>before</c> in YAML become <see cref="Min"/>/<see cref="Max"/>).</summary>
public enum ComparisonOperator
{
    /// <summary>Equal to.</summary>
    Eq,

    /// <summary>Not equal to.</summary>
    Ne,

    /// <summary>At least (inclusive).</summary>
    Min,

    /// <summary>At most (inclusive).</summary>
    Max,

    /// <summary>One of a list.</summary>
    In,

    /// <summary>None of a list.</summary>
    NotIn,

    /// <summary>A set fact contains the value.</summary>
    Contains,

    /// <summary>A set fact does not contain the value.</summary>
    NotContains,
}
