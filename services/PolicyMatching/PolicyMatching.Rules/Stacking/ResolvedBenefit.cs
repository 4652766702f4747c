using TalentPortal.PolicyMatching.Rules.Evaluation;

namespace TalentPortal.PolicyMatching.Rules.Stacking;

/// <summary>An eligible result after exclusion groups are applied.</summary>
/// <param name="Result">The evaluation.</param>
/// <param name="Granted">False when a higher benefit of the same exclusion group wins.</param>
/// <param name="ExcludedBy">Code of the winning policy when excluded.</param>
/// <param name="Reason">Why it was excluded.</param>
public sealed record ResolvedBenefit(EvaluationResult Result, bool Granted, string? ExcludedBy, LocalizedText? Reason);
