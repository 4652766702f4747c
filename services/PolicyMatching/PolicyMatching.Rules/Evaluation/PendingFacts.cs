using System.Collections.Concurrent;
using System.Numerics;
using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>
/// The facts a result relies on whose source the policy does not accept, read from a trace buffer (so the explained and
/// the screening paths agree). A result relies on the known facts of the comparisons that decide it: every child of a
/// passing <c>all</c> or a failing <c>any</c>; of the alternatives that decide a passing <c>any</c> or a failing
/// <c>all</c>, the one with the fewest pending facts. When the criteria hold, the amount rows down to the one applied
/// and the uplifts applied count as well. Derived facts count as the facts they derive from. Kept as one bit per
/// <see cref="Fact"/>.
/// </summary>
internal static class PendingFacts
{
    private static readonly ConcurrentDictionary<ulong, Fact[]> Lists = new();

    public static ulong Of(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, Outcome outcome, TalentFacts facts, FactTrust trust)
    {
        if (facts.Sources is null || program.CriteriaEnd == 0)
        {
            return 0;
        }

        var pending = Support(program, trace, program.CriteriaRoot, facts, trust);
        if (trace[program.CriteriaRoot].Verdict != Verdict.Pass)
        {
            return pending;
        }

        program.DecideAmount(trace, out var chosen);
        var last = chosen >= 0 ? chosen : program.Rows.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            if (program.Rows[i].Root >= 0)
            {
                pending |= Support(program, trace, program.Rows[i].Root, facts, trust);
            }
        }

        if (outcome == Outcome.Eligible)
        {
            foreach (var uplift in program.Uplifts)
            {
                if (trace[uplift.Root].Verdict == Verdict.Pass)
                {
                    pending |= Support(program, trace, uplift.Root, facts, trust);
                }
            }
        }

        return pending;
    }

    /// <summary>The facts of <paramref name="pending"/>, in catalogue order; one shared list per set.</summary>
    public static IReadOnlyList<Fact> List(ulong pending) =>
        pending == 0 ? [] : Lists.GetOrAdd(pending, bits => [.. FactCatalog.All.Where(f => (bits & (1UL << (int)f)) != 0)]);

    private static ulong Support(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, int index, TalentFacts facts, FactTrust trust)
    {
        var verdict = trace[index].Verdict;
        if (verdict == Verdict.Unknown)
        {
            return 0;
        }

        var node = program.Nodes[index];
        if (node.Source is Comparison comparison)
        {
            return trust.Untrusted(facts, comparison.Fact);
        }

        // Every child holds a passing all (fails a failing any); one deciding child is enough otherwise.
        var everyChild = (node.Kind == CriterionKind.All) == (verdict == Verdict.Pass);
        ulong pending = 0;
        var fewest = ulong.MaxValue;
        foreach (var child in node.Children)
        {
            if (trace[child].Verdict != verdict)
            {
                continue;
            }

            var bits = Support(program, trace, child, facts, trust);
            if (everyChild)
            {
                pending |= bits;
            }
            else if (fewest == ulong.MaxValue || BitOperations.PopCount(bits) < BitOperations.PopCount(fewest))
            {
                fewest = bits;
            }
        }

        return everyChild ? pending : fewest == ulong.MaxValue ? 0 : fewest;
    }
}
