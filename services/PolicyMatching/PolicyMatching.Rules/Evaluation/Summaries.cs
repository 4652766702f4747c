using TalentPortal.PolicyMatching.Rules.Benefits;
using TalentPortal.PolicyMatching.Rules.Counterfactuals;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>The one-sentence summary of an evaluation.</summary>
internal static class Summaries
{
    public static LocalizedText For(
        Outcome outcome,
        List<CriterionTrace> trace,
        List<Fact> missing,
        Benefit? benefit,
        DateOnly? eligibleFrom,
        List<Counterfactual> counterfactuals)
    {
        switch (outcome)
        {
            case Outcome.Eligible when benefit is { RequiresManualReview: true }:
                return new($"通过初筛，需人工评审：{benefit.Description.Zh}", $"Passes screening, manual review: {benefit.Description.En}");
            case Outcome.Eligible:
                return new($"符合条件：{benefit!.Description.Zh}", $"Eligible: {benefit!.Description.En}");
            case Outcome.Unknown:
                var names = missing.Select(FactCatalog.NameOf).ToList();
                return new($"尚缺信息，无法判定：{string.Join("、", names.Select(n => n.Zh))}",
                    $"Undecided, missing: {string.Join(", ", names.Select(n => n.En))}");
        }

        var failed = trace.Where(t => t.Kind == CriterionKind.Comparison && t.Verdict == Verdict.Fail && t.Decisive).Select(t => t.Id).ToList();
        var reason = failed.Count > 0 ? string.Join(", ", failed) : "amount table";
        if (eligibleFrom is { } date)
        {
            return new($"暂不符合（{reason}），如情况不变，{FactFormatter.Date(date)}起符合条件",
                $"Not eligible yet ({reason}); eligible from {FactFormatter.Date(date)} if nothing else changes");
        }

        return counterfactuals.Exists(c => c.Kind == CounterfactualKind.Impossible)
            ? new($"不符合（{reason}），且无法通过改变情况满足", $"Not eligible ({reason}) and cannot become eligible")
            : new($"不符合（{reason}）", $"Not eligible ({reason})");
    }

    public static LocalizedText NotInForce(PolicyDefinition policy, DateOnly asOf)
    {
        var ranges = string.Join(", ", policy.Versions.Select(v =>
            $"{FactFormatter.Date(v.EffectiveFrom)}–{(v.EffectiveTo is { } to ? FactFormatter.Date(to) : "")}"));
        return new($"{FactFormatter.Date(asOf)}无有效版本（{ranges}）", $"Not in force on {FactFormatter.Date(asOf)} (versions: {ranges})");
    }
}
