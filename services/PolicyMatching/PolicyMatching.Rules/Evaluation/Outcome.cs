namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>The answer for one talent, one policy, one date.</summary>
public enum Outcome
{
    /// <summary>A criterion fails, or no version is in force.</summary>
    NotEligible,

    /// <summary>Nothing fails, but a needed fact is missing.</summary>
    Unknown,

    /// <summary>Every criterion holds and the amount is determined.</summary>
    Eligible,
}
