using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>A counterfactual step whose sentence is rendered once we know whether its date is the eligibility date.</summary>
internal sealed record PlannedStep(
    string CriterionId,
    CounterfactualKind Kind,
    Fact? Fact,
    string Required,
    DateOnly? Date,
    Func<bool, LocalizedText> Text)
{
    public Counterfactual Render(DateOnly? eligibleFrom) =>
        new(CriterionId, Kind, Fact, Required, Date, Text(Kind == CounterfactualKind.WaitUntil && Date == eligibleFrom));
}
