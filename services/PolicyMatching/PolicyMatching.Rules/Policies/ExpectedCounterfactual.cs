using TalentPortal.PolicyMatching.Rules.Counterfactuals;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A counterfactual step a test case expects.</summary>
/// <param name="Criterion">Criterion id.</param>
/// <param name="Kind">Kind of change.</param>
/// <param name="Date">Expected date, when the kind has one.</param>
public sealed record ExpectedCounterfactual(string Criterion, CounterfactualKind Kind, DateOnly? Date);
