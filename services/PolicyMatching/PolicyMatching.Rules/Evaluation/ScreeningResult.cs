using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>A result without its explanation: see <see cref="PolicyEngine.Screen"/>.</summary>
/// <param name="Outcome">Eligible, NotEligible or Unknown.</param>
/// <param name="Amount">The benefit's total in yuan when eligible (null for in-kind benefits).</param>
/// <param name="VersionId">The version used; null when none was in force.</param>
public readonly record struct ScreeningResult(Outcome Outcome, decimal? Amount, string? VersionId)
{
    /// <summary>As <see cref="EvaluationResult.PendingVerification"/>.</summary>
    public IReadOnlyList<Fact> PendingVerification => PendingFacts.List(Pending);

    /// <summary>One bit per <see cref="Fact"/> (a value, so results compare and allocate nothing).</summary>
    internal ulong Pending { get; init; }
}
