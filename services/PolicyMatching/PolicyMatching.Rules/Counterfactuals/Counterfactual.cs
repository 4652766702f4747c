using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>One step of "what would make you eligible".</summary>
/// <param name="CriterionId">The failing criterion.</param>
/// <param name="Kind">Kind of change.</param>
/// <param name="Fact">The fact to change, when there is one.</param>
/// <param name="Required">The value needed, e.g. "≥ 6".</param>
/// <param name="Date">WaitUntil: when it happens by itself; Impossible: since when it can no longer hold.</param>
/// <param name="Text">Bilingual sentence.</param>
public sealed record Counterfactual(
    string CriterionId,
    CounterfactualKind Kind,
    Fact? Fact,
    string Required,
    DateOnly? Date,
    LocalizedText Text);
