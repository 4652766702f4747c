using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>The answer before and after a what-if change.</summary>
/// <param name="Facts">The facts with the overrides applied.</param>
/// <param name="Before">Evaluation of the original facts.</param>
/// <param name="After">Evaluation of the changed facts.</param>
/// <param name="ChangedCriteria">Ids of the criteria whose verdict changed.</param>
public sealed record WhatIfResult(TalentFacts Facts, EvaluationResult Before, EvaluationResult After, IReadOnlyList<string> ChangedCriteria);
