using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>One line of an evaluation trace.</summary>
/// <param name="Id">Criterion id.</param>
/// <param name="Path">YAML path; the nesting of paths gives the tree.</param>
/// <param name="Kind">Comparison or group.</param>
/// <param name="Verdict">Pass, Fail or Unknown.</param>
/// <param name="Fact">Fact tested (comparisons only).</param>
/// <param name="Actual">The talent's value as shown to people ("—" when missing).</param>
/// <param name="Required">The requirement, e.g. "≥ 6", "≤ 35", "not contains TALENT_APARTMENT".</param>
/// <param name="Text">Bilingual sentence: the requirement and the talent's value.</param>
/// <param name="Clause">Source document and article (comparisons only).</param>
/// <param name="Decisive">
/// Whether this verdict decides the outcome: it equals its parent's verdict all the way up to the root. A failing
/// alternative inside a passing <c>any</c> is not decisive.
/// </param>
public sealed record CriterionTrace(
    string Id,
    string Path,
    CriterionKind Kind,
    Verdict Verdict,
    Fact? Fact,
    string Actual,
    string Required,
    LocalizedText Text,
    string? Clause,
    bool Decisive);
