using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>What a test case expects; null members are not checked.</summary>
/// <param name="Outcome">Expected outcome.</param>
/// <param name="VersionId">Expected version in force.</param>
/// <param name="Amount">Expected total amount.</param>
/// <param name="Payments">Expected payment amounts, in order.</param>
/// <param name="Failed">Exact set of failing criterion ids.</param>
/// <param name="Missing">Exact set of missing facts.</param>
/// <param name="EligibleFrom">Expected date from which waiting alone makes the talent eligible.</param>
/// <param name="Counterfactuals">Counterfactual steps that must be present.</param>
/// <param name="ManualReview">Whether the benefit must require manual review.</param>
public sealed record PolicyTestExpectation(
    Outcome Outcome,
    string? VersionId,
    decimal? Amount,
    IReadOnlyList<decimal>? Payments,
    IReadOnlyList<string>? Failed,
    IReadOnlyList<Fact>? Missing,
    DateOnly? EligibleFrom,
    IReadOnlyList<ExpectedCounterfactual>? Counterfactuals,
    bool? ManualReview);
