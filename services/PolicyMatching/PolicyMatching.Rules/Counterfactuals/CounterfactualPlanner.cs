using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>
/// Finds the smallest changes that would make a talent eligible: every failing child of an <c>all</c>, the cheapest
/// branch of an <c>any</c> (fewest impossibilities, then fewest changes, then earliest date). When only waiting is
/// needed, it re-evaluates the policy on that date with social insurance accrued, so a window that closes first
/// (or a version change) is caught rather than promised away.
/// </summary>
internal static class CounterfactualPlanner
{
    private const int MaxRounds = 4;

    public static (List<Counterfactual> Steps, DateOnly? EligibleFrom) ForNotEligible(
        PolicyDefinition policy, VersionProgram program, CriterionOutcome[] trace, TalentFacts facts, DateOnly asOf) =>
        Verify(policy, facts, asOf, PlanVersion(program, trace, facts, asOf));

    public static (List<Counterfactual> Steps, DateOnly? EligibleFrom) ForNotInForce(PolicyDefinition policy, TalentFacts facts, DateOnly asOf)
    {
        var next = policy.Versions.FirstOrDefault(v => v.EffectiveFrom > asOf);
        if (next is null)
        {
            return ([Expired(policy, asOf).Render(null)], null);
        }

        var wait = new PlannedStep("effectiveFrom", CounterfactualKind.WaitUntil, null, $"≥ {FactFormatter.Date(next.EffectiveFrom)}",
            next.EffectiveFrom, eligible => CounterfactualText.TakesEffect(next.EffectiveFrom, eligible));
        return Verify(policy, facts, asOf, [wait]);
    }

    /// <summary>Facts as they will be on <paramref name="to"/> if the talent keeps paying social insurance monthly.</summary>
    public static TalentFacts Project(TalentFacts f, DateOnly from, DateOnly to)
    {
        var months = CalendarMath.MonthsBetween(from, to);
        if (months <= 0 || f.EmployedLocally == false)
        {
            return f;
        }

        return f with
        {
            SocialInsuranceMonths = f.SocialInsuranceMonths + months,
            ContinuousSocialInsuranceMonths = f.ContinuousSocialInsuranceMonths + months,
            SocialInsuranceMonthsLast12 = f.SocialInsuranceMonthsLast12 is { } n ? Math.Min(12, n + months) : null,
        };
    }

    private static (List<Counterfactual>, DateOnly?) Verify(PolicyDefinition policy, TalentFacts facts, DateOnly asOf, List<PlannedStep> steps)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            if (steps.Count == 0 || steps.Exists(s => s.Kind != CounterfactualKind.WaitUntil))
            {
                break;
            }

            var date = steps.Max(s => s.Date!.Value);
            var version = policy.VersionAt(date);
            if (version is null)
            {
                steps.Add(Expired(policy, date));
                break;
            }

            var projected = Project(facts, asOf, date);
            var program = version.Program;
            var trace = new CriterionOutcome[program.Length];
            var outcome = program.Run(projected, program.ThresholdsAt(date), trace);
            if (outcome == Outcome.Eligible)
            {
                return ([.. steps.Select(s => s.Render(date))], date);
            }

            if (outcome == Outcome.Unknown || !Merge(steps, PlanVersion(program, trace, projected, date)))
            {
                break;
            }
        }

        return ([.. steps.Select(s => s.Render(null))], null);
    }

    /// <summary>Adds steps found on a later date; a later wait for the same criterion replaces the earlier one.</summary>
    private static bool Merge(List<PlannedStep> steps, List<PlannedStep> later)
    {
        var changed = false;
        foreach (var step in later)
        {
            var existing = steps.FindIndex(s => s.CriterionId == step.CriterionId && s.Kind == step.Kind);
            if (existing < 0)
            {
                steps.Add(step);
                changed = true;
            }
            else if (step.Kind == CounterfactualKind.WaitUntil && step.Date > steps[existing].Date)
            {
                steps[existing] = step;
                changed = true;
            }
        }

        return changed;
    }

    private static PlannedStep Expired(PolicyDefinition policy, DateOnly date)
    {
        var ended = policy.Versions.LastOrDefault(v => v.EffectiveTo < date)?.EffectiveTo?.AddDays(1) ?? date;
        return new PlannedStep("effectiveTo", CounterfactualKind.Impossible, null, $"≤ {FactFormatter.Date(ended.AddDays(-1))}",
            ended, _ => CounterfactualText.Expired(ended));
    }

    private static List<PlannedStep> PlanVersion(VersionProgram program, CriterionOutcome[] trace, TalentFacts facts, DateOnly at)
    {
        var planner = new Context(program, trace, facts, at);
        if (trace[program.CriteriaRoot].Verdict != Verdict.Pass)
        {
            return planner.Node(program.CriteriaRoot);
        }

        // Criteria hold but no amount row applies: the cheapest row to reach.
        return Cheapest(program.Rows.Where(r => r.Root >= 0).Select(r => planner.Node(r.Root)));
    }

    private static List<PlannedStep> Cheapest(IEnumerable<List<PlannedStep>> plans)
    {
        List<PlannedStep>? best = null;
        foreach (var plan in plans)
        {
            if (best is null || Cost(plan).CompareTo(Cost(best)) < 0)
            {
                best = plan;
            }
        }

        return best ?? [];
    }

    private static (int Impossible, int Changes, int WaitDay) Cost(List<PlannedStep> plan) => (
        plan.Count(s => s.Kind == CounterfactualKind.Impossible),
        plan.Count(s => s.Kind is CounterfactualKind.ChangeFact or CounterfactualKind.ProvideFact),
        plan.Where(s => s.Kind == CounterfactualKind.WaitUntil).Select(s => s.Date!.Value.DayNumber).DefaultIfEmpty().Max());

    private sealed class Context(VersionProgram program, CriterionOutcome[] trace, TalentFacts facts, DateOnly at)
    {
        public List<PlannedStep> Node(int index)
        {
            var verdict = trace[index].Verdict;
            if (verdict == Verdict.Pass)
            {
                return [];
            }

            var node = program.Nodes[index];
            return node.Kind switch
            {
                CriterionKind.All => [.. node.Children.SelectMany(Node)],
                CriterionKind.Any => Cheapest(node.Children.Select(Node)),
                _ => verdict == Verdict.Unknown ? Provide((Comparison)node.Source) : [Leaf(index, (Comparison)node.Source)],
            };
        }

        private List<PlannedStep> Provide(Comparison c) =>
        [
            .. FactCatalog.Info(c.Fact).Inputs
                .Where(input => !FactReader.HasValue(facts, input))
                .Select(input => new PlannedStep(c.Id, CounterfactualKind.ProvideFact, input, "known", null, _ => CounterfactualText.Provide(input))),
        ];

        private PlannedStep Leaf(int index, Comparison c)
        {
            var ins = program.Code[index];
            var node = program.Nodes[index];
            var info = FactCatalog.Info(c.Fact);
            var required = FactFormatter.Requirement(c, node.Negated);
            var requiredText = FactFormatter.RequiredInvariant(c, node.Negated);
            var actual = FactFormatter.Actual(info, facts, at);
            PlannedStep Step(CounterfactualKind kind, DateOnly? date, Func<bool, LocalizedText> text) =>
                new(c.Id, kind, info.IsDerived ? info.DerivedFrom[0] : c.Fact, requiredText, date, text);

            if (ins.Code == OpCode.AsOf)
            {
                return TimeStep(ins, c, info, required, trace[index].Actual, !node.Negated, Step);
            }

            if (info.Mutability == Mutability.Accrues)
            {
                var more = (int)(ins.Operand - trace[index].Actual);
                if (ins.Cmp != Cmp.Ge || ins.Negate || more <= 0)
                {
                    return Step(CounterfactualKind.Impossible, null, _ => CounterfactualText.CannotChange(info, required, actual));
                }

                if (facts.EmployedLocally == false)
                {
                    return Step(CounterfactualKind.ChangeFact, null, _ => CounterfactualText.AccrueBlocked(c.Fact, more, (int)ins.Operand));
                }

                var date = CalendarMath.FirstOfMonth(at).AddMonths(more);
                return Step(CounterfactualKind.WaitUntil, date, eligible => CounterfactualText.Accrue(c.Fact, more, (int)ins.Operand, date, eligible));
            }

            if (info.Mutability == Mutability.Immutable)
            {
                return Step(CounterfactualKind.Impossible, null, _ => CounterfactualText.CannotChange(info, required, actual));
            }

            if (info.Ordered && c.Fact == Fact.DegreeLevel && !CanRaise(ins, info, trace[index].Actual))
            {
                return Step(CounterfactualKind.Impossible, null, _ => CounterfactualText.CannotLowerDegree(info, required, actual));
            }

            return Step(CounterfactualKind.ChangeFact, null, _ => CounterfactualText.Change(info, required, actual));
        }

        private PlannedStep TimeStep(Instruction ins, Comparison c, FactInfo info, LocalizedText required, long factDay, bool plain,
            Func<CounterfactualKind, DateOnly?, Func<bool, LocalizedText>, PlannedStep> step)
        {
            var (date, holdsFrom) = Crossing(ins, program.Thresholds[ins.A], factDay);
            var n = (int)c.Operand.Number;
            if (holdsFrom && date > at)
            {
                return step(CounterfactualKind.WaitUntil, date, (c.Fact, c.Operator, plain) switch
                {
                    (Fact.Age, ComparisonOperator.Min, true) => eligible => CounterfactualText.ReachAge(n, date, eligible),
                    (Fact.MonthsSinceGraduation, ComparisonOperator.Min, true) => eligible => CounterfactualText.GraduationReached(n, date, eligible),
                    _ => eligible => CounterfactualText.HoldsFrom(info, required, date, eligible),
                });
            }

            return step(CounterfactualKind.Impossible, date, (c.Fact, c.Operator, plain) switch
            {
                (Fact.Age, ComparisonOperator.Max, true) => _ => CounterfactualText.TooOld(n, date),
                (Fact.MonthsSinceGraduation, ComparisonOperator.Max, true) => _ => CounterfactualText.GraduationExpired(n, date),
                _ => _ => CounterfactualText.NoLongerHolds(info, required, date),
            });
        }

        /// <summary>Whether a higher degree than the current one satisfies the comparison.</summary>
        private static bool CanRaise(Instruction ins, FactInfo info, long current) => info.Members.Any(m =>
            m.Value > current && (VersionProgram.Compare(ins.Cmp, m.Value, ins.Operand) == Verdict.Pass) != ins.Negate);

        /// <summary>
        /// The day a date-relative comparison changes, found by scanning around the analytic inverse with the very
        /// threshold function the evaluation uses, so the date and the evaluation can never disagree.
        /// </summary>
        private static (DateOnly Date, bool HoldsFrom) Crossing(Instruction ins, ThresholdSpec spec, long factDay)
        {
            var factDate = DateOnly.FromDayNumber((int)factDay);
            var candidate = factDate.AddMonths(spec.Months);
            bool Holds(DateOnly d) => (VersionProgram.Compare(ins.Cmp, factDay, spec.At(d)) == Verdict.Pass) != ins.Negate;
            var previous = Holds(candidate.AddDays(-6));
            for (var d = candidate.AddDays(-5); d <= candidate.AddDays(6); d = d.AddDays(1))
            {
                var now = Holds(d);
                if (now != previous)
                {
                    return (d, now);
                }
            }

            return (candidate, previous);
        }
    }
}
