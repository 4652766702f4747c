namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Whether and how a fact can change, which decides the kind of counterfactual.</summary>
internal enum Mutability
{
    /// <summary>The talent can change it (take a job, sell a home, earn a degree).</summary>
    Changeable,

    /// <summary>It is fixed in the past (birth date, hukou origin, graduation).</summary>
    Immutable,

    /// <summary>It grows by one each month while the talent is insured locally.</summary>
    Accrues,
}
