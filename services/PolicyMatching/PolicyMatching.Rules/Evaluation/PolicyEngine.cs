using System.Reflection;
using TalentPortal.PolicyMatching.Rules.Benefits;
using TalentPortal.PolicyMatching.Rules.Counterfactuals;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>Evaluates policies for a talent and explains the answer: trace, missing facts, benefit, counterfactuals.</summary>
public static class PolicyEngine
{
    /// <summary>The engine's version (this assembly's informational version), recorded with every decision.</summary>
    public static string Version { get; } =
        typeof(PolicyEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Evaluates <paramref name="policy"/> for <paramref name="facts"/> with the version in force on <paramref name="asOf"/>.
    /// The benefit schedule starts on <paramref name="asOf"/>; use <see cref="Benefit.StartingOn"/> to move it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="EngineDates"/>' range.</exception>
    public static EvaluationResult Evaluate(TalentFacts facts, PolicyDefinition policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        EngineDates.EnsureSupported(asOf);
        facts = FactBounds.Clean(facts, asOf);
        var version = policy.VersionAt(asOf);
        if (version is null)
        {
            return NotInForce(facts, policy, asOf);
        }

        var program = version.Program;
        var thresholds = program.ThresholdsAt(asOf);
        var trace = new CriterionOutcome[program.Length];
        var outcome = program.Run(facts, thresholds, trace);

        Benefit? benefit = null;
        List<Counterfactual> counterfactuals = [];
        DateOnly? eligibleFrom = null;
        if (outcome == Outcome.Eligible)
        {
            benefit = ComputeBenefit(version, facts, thresholds, trace, asOf);
        }
        else if (outcome == Outcome.NotEligible)
        {
            (counterfactuals, eligibleFrom) = CounterfactualPlanner.ForNotEligible(policy, program, trace, facts, asOf);
        }

        var lines = TraceExplainer.Explain(program, trace, facts, asOf);
        var missing = outcome == Outcome.Unknown ? TraceExplainer.MissingFacts(program, trace, facts) : [];
        return new EvaluationResult
        {
            PolicyCode = policy.Code,
            PolicyName = policy.Name,
            VersionId = version.Id,
            AsOf = asOf,
            Outcome = outcome,
            Summary = Summaries.For(outcome, lines, missing, benefit, eligibleFrom, counterfactuals),
            Trace = lines,
            MissingFacts = missing,
            PendingVerification = PendingFacts.List(PendingFacts.Of(program, trace, outcome, facts, policy.Trust)),
            Benefit = benefit,
            Counterfactuals = counterfactuals,
            EligibleFrom = eligibleFrom,
            ExclusionGroup = policy.ExclusionGroup,
            Stacking = policy.Stacking,
        };
    }

    /// <summary>
    /// The outcome, amount and version of <see cref="Evaluate"/> without the explanation (no trace lines, no
    /// counterfactuals): what a stored result or a bulk re-match needs. Runs the compiled program; allocates only for an
    /// eligible talent's benefit. Thread-safe.
    /// </summary>
    public static ScreeningResult Screen(TalentFacts facts, PolicyDefinition policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        EngineDates.EnsureSupported(asOf);
        facts = FactBounds.Clean(facts, asOf);
        var version = policy.VersionAt(asOf);
        if (version is null)
        {
            return new ScreeningResult(Outcome.NotEligible, null, null);
        }

        var compiled = policy.Compiled;
        var length = Math.Max(compiled.TraceLength, version.Program.Length);
        if (_screeningTrace is null || _screeningTrace.Length < length)
        {
            _screeningTrace = new CriterionOutcome[Math.Max(length, 64)];
        }

        var trace = _screeningTrace;
        var outcome = compiled.EvaluateFast(facts, asOf, trace);
        if (outcome != Outcome.Eligible)
        {
            return new ScreeningResult(outcome, null, version.Id) { Pending = PendingFacts.Of(version.Program, trace, outcome, facts, policy.Trust) };
        }

        var benefit = ComputeBenefit(version, facts, compiled.ThresholdsAt(asOf), trace, asOf);
        return new ScreeningResult(outcome, benefit.Amount, version.Id) { Pending = PendingFacts.Of(version.Program, trace, outcome, facts, policy.Trust) };
    }

    /// <summary>Evaluates every policy for one talent.</summary>
    public static IReadOnlyList<EvaluationResult> EvaluateAll(TalentFacts facts, IEnumerable<PolicyDefinition> policies, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return [.. policies.Select(p => Evaluate(facts, p, asOf))];
    }

    /// <summary>
    /// Evaluates with some facts overridden (keys and values as in the YAML test inputs, e.g.
    /// <c>socialInsuranceMonths: "12"</c>) and reports which criteria changed verdict.
    /// </summary>
    /// <exception cref="ArgumentException">An override names an unknown or derived fact, or has a value of the wrong type.</exception>
    public static WhatIfResult WhatIf(TalentFacts facts, IReadOnlyDictionary<string, string?> overrides, PolicyDefinition policy, DateOnly asOf)
    {
        var changedFacts = FactOverrides.Apply(facts, overrides);
        var before = Evaluate(facts, policy, asOf);
        var after = Evaluate(changedFacts, policy, asOf);
        var beforeByPath = before.Trace.ToDictionary(t => t.Path, t => t.Verdict);
        var changed = after.Trace
            .Where(t => beforeByPath.TryGetValue(t.Path, out var v) && v != t.Verdict)
            .Select(t => t.Id)
            .ToList();
        return new WhatIfResult(changedFacts, before, after, changed);
    }

    /// <summary>
    /// Runs the criteria of one named version (whatever is in force on <paramref name="asOf"/>): time limits are measured
    /// on <paramref name="asOf"/>, every other fact is taken as given. No benefit and no counterfactuals; the trace says
    /// which criteria fail and <see cref="EvaluationResult.MissingFacts"/> which facts are missing. Null when the policy
    /// has no version <paramref name="versionId"/>.
    /// </summary>
    public static EvaluationResult? EvaluateVersion(TalentFacts facts, PolicyDefinition policy, string versionId, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        EngineDates.EnsureSupported(asOf);
        var version = policy.Versions.FirstOrDefault(v => string.Equals(v.Id, versionId, StringComparison.Ordinal));
        if (version is null)
        {
            return null;
        }

        facts = FactBounds.Clean(facts, asOf);
        var program = version.Program;
        var trace = new CriterionOutcome[program.Length];
        var outcome = program.Run(facts, program.ThresholdsAt(asOf), trace);
        var lines = TraceExplainer.Explain(program, trace, facts, asOf);
        var missing = outcome == Outcome.Unknown ? TraceExplainer.MissingFacts(program, trace, facts) : [];
        return new EvaluationResult
        {
            PolicyCode = policy.Code,
            PolicyName = policy.Name,
            VersionId = version.Id,
            AsOf = asOf,
            Outcome = outcome,
            Summary = outcome == Outcome.Eligible
                ? new LocalizedText("符合条件", "The criteria are met")
                : Summaries.For(outcome, lines, missing, null, null, []),
            Trace = lines,
            MissingFacts = missing,
            PendingVerification = PendingFacts.List(PendingFacts.Of(program, trace, outcome, facts, policy.Trust)),
            Benefit = null,
            Counterfactuals = [],
            EligibleFrom = null,
            ExclusionGroup = policy.ExclusionGroup,
            Stacking = policy.Stacking,
        };
    }

    /// <summary>Each thread's trace buffer for <see cref="Screen"/>: a bulk re-match screens millions of pairs.</summary>
    [ThreadStatic]
    private static CriterionOutcome[]? _screeningTrace;

    private static Benefit ComputeBenefit(PolicyVersion version, TalentFacts facts, long[] thresholds, CriterionOutcome[] trace, DateOnly asOf)
    {
        var program = version.Program;
        program.DecideAmount(trace, out var rowIndex);
        program.RunUplifts(facts, thresholds, trace);
        var applied = program.Uplifts.Where(u => trace[u.Root].Verdict == Verdict.Pass).Select(u => u.Uplift).ToList();
        var undecided = program.Uplifts.Where(u => trace[u.Root].Verdict == Verdict.Unknown).Select(u => u.Uplift.Id).ToList();
        var row = rowIndex >= 0 ? program.Rows[rowIndex].Row : null;
        return BenefitCalculator.Compute(version.Benefit, row, applied, undecided, asOf);
    }

    private static EvaluationResult NotInForce(TalentFacts facts, PolicyDefinition policy, DateOnly asOf)
    {
        var (counterfactuals, eligibleFrom) = CounterfactualPlanner.ForNotInForce(policy, facts, asOf);
        return new EvaluationResult
        {
            PolicyCode = policy.Code,
            PolicyName = policy.Name,
            VersionId = null,
            AsOf = asOf,
            Outcome = Outcome.NotEligible,
            Summary = Summaries.NotInForce(policy, asOf),
            Trace = [],
            MissingFacts = [],
            Benefit = null,
            Counterfactuals = counterfactuals,
            EligibleFrom = eligibleFrom,
            ExclusionGroup = policy.ExclusionGroup,
            Stacking = policy.Stacking,
        };
    }
}
