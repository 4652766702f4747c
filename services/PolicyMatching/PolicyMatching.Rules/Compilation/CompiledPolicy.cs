using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>
/// A policy compiled for batch screening. <see cref="EvaluateFast"/> records every criterion's verdict and value
/// in a caller-supplied buffer and allocates nothing while the evaluation date stays the same; use
/// <see cref="PolicyEngine.Evaluate"/> for the explained result. Thread-safe.
/// </summary>
public sealed class CompiledPolicy
{
    private readonly PolicyDefinition _policy;
    private DateState? _state;

    internal CompiledPolicy(PolicyDefinition policy)
    {
        _policy = policy;
        TraceLength = policy.Versions.Count == 0 ? 0 : policy.Versions.Max(v => v.Program.Length);
    }

    /// <summary>The buffer length <see cref="EvaluateFast"/> needs.</summary>
    public int TraceLength { get; }

    /// <summary>
    /// Evaluates the version in force on <paramref name="asOf"/> and writes one <see cref="CriterionOutcome"/> per
    /// compiled node into <paramref name="trace"/>. Returns <see cref="Outcome.NotEligible"/> without touching the
    /// buffer when no version is in force.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="trace"/> is shorter than <see cref="TraceLength"/>.</exception>
    public Outcome EvaluateFast(TalentFacts facts, DateOnly asOf, Span<CriterionOutcome> trace)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (trace.Length < TraceLength)
        {
            throw new ArgumentException($"The trace buffer needs {TraceLength} slots.", nameof(trace));
        }

        var state = _state;
        if (state is null || state.AsOf != asOf)
        {
            // Thresholds depend only on the date: compute them once per date, not once per talent.
            _state = state = new DateState(asOf, _policy.VersionAt(asOf));
        }

        return state.Program is null ? Outcome.NotEligible : state.Program.Run(facts, state.Thresholds, trace);
    }

    /// <summary>The date thresholds of the version in force on <paramref name="asOf"/> (cached like <see cref="EvaluateFast"/>'s).</summary>
    internal long[] ThresholdsAt(DateOnly asOf)
    {
        var state = _state;
        if (state is null || state.AsOf != asOf)
        {
            _state = state = new DateState(asOf, _policy.VersionAt(asOf));
        }

        return state.Thresholds;
    }

    private sealed class DateState
    {
        public DateState(DateOnly asOf, PolicyVersion? version)
        {
            AsOf = asOf;
            Program = version?.Program;
            Thresholds = Program?.ThresholdsAt(asOf) ?? [];
        }

        public DateOnly AsOf { get; }

        public VersionProgram? Program { get; }

        public long[] Thresholds { get; }
    }
}
