namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>
/// Three-valued result of one criterion. The numeric order Fail &lt; Unknown &lt; Pass makes
/// "all" the minimum and "any" the maximum of the children (Kleene logic).
/// </summary>
public enum Verdict
{
    /// <summary>The criterion does not hold.</summary>
    Fail = 0,

    /// <summary>A fact it needs is missing.</summary>
    Unknown = 1,

    /// <summary>The criterion holds.</summary>
    Pass = 2,
}
