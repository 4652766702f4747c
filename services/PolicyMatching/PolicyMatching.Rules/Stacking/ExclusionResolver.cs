using TalentPortal.PolicyMatching.Rules.Benefits;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Stacking;

/// <summary>Applies "从高从优不重复": within an exclusion group a talent receives only the highest benefit.</summary>
public static class ExclusionResolver
{
    /// <summary>
    /// Keeps the eligible results, grants the highest benefit of each exclusion group (ties: lowest policy code) and marks
    /// the others excluded. Benefits without a group, or with <see cref="StackingRule.Stack"/>, are always granted.
    /// </summary>
    public static IReadOnlyList<ResolvedBenefit> Resolve(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var eligible = results
            .Where(r => r.Outcome == Outcome.Eligible)
            .OrderBy(r => r.PolicyCode, StringComparer.Ordinal)
            .ToList();
        var winners = eligible
            .Where(r => r.ExclusionGroup is not null && r.Stacking == StackingRule.Higher)
            .GroupBy(r => r.ExclusionGroup!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(Value)!, StringComparer.Ordinal);

        return [.. eligible.Select(r =>
        {
            if (r.ExclusionGroup is null || r.Stacking != StackingRule.Higher || ReferenceEquals(winners[r.ExclusionGroup], r))
            {
                return new ResolvedBenefit(r, true, null, null);
            }

            var winner = winners[r.ExclusionGroup];
            var reason = new LocalizedText(
                $"与{winner.PolicyName.Zh}同属“{r.ExclusionGroup}”类待遇，从高从优不重复享受（{Money(winner)} ≥ {Money(r)}）",
                $"Same exclusion group '{r.ExclusionGroup}' as {winner.PolicyName.En}; only the higher benefit is granted ({Money(winner)} ≥ {Money(r)})");
            return new ResolvedBenefit(r, false, winner.PolicyCode, reason);
        })];
    }

    /// <summary>The value compared within a group: total amount, or the ceiling of a case-by-case benefit.</summary>
    private static decimal Value(EvaluationResult r) => r.Benefit?.Amount ?? r.Benefit?.UpTo ?? 0m;

    private static string Money(EvaluationResult r) => BenefitCalculator.Money(Value(r));
}
