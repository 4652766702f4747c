using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>What kind of change a counterfactual step asks for.</summary>
public enum CounterfactualKind
{
    /// <summary>The talent (or employer) must change a fact.</summary>
    ChangeFact,

    /// <summary>Time alone fixes it, on <see cref="Counterfactual.Date"/>.</summary>
    WaitUntil,

    /// <summary>It cannot change (age, graduation, origin); <see cref="Counterfactual.Date"/> says since when where that applies.</summary>
    Impossible,

    /// <summary>A missing fact must be provided.</summary>
    ProvideFact,
}

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
