using TalentPortal.PolicyMatching.Rules.Benefits;
using TalentPortal.PolicyMatching.Rules.Counterfactuals;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>The explained answer for one talent, one policy, one date. Store it with the decision.</summary>
public sealed record EvaluationResult
{
    /// <summary>Policy code.</summary>
    public required string PolicyCode { get; init; }

    /// <summary>Policy name.</summary>
    public required LocalizedText PolicyName { get; init; }

    /// <summary>Version used; null when none was in force.</summary>
    public required string? VersionId { get; init; }

    /// <summary>Evaluation date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Eligible, NotEligible or Unknown.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>One sentence saying why.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>Every node of the criteria tree in file order, with verdicts and values.</summary>
    public required IReadOnlyList<CriterionTrace> Trace { get; init; }

    /// <summary>Input facts whose absence keeps the answer open (empty unless something is Unknown).</summary>
    public required IReadOnlyList<Fact> MissingFacts { get; init; }

    /// <summary>
    /// Input facts the answer relies on whose source the policy does not accept (<see cref="PolicyDefinition.Trust"/>),
    /// in catalogue order: the answer stands, but nothing may be approved or paid on it until they are verified. Empty
    /// when the facts carry no sources.
    /// </summary>
    public IReadOnlyList<Fact> PendingVerification { get; init; } = [];

    /// <summary>The benefit when eligible.</summary>
    public required Benefit? Benefit { get; init; }

    /// <summary>For NotEligible: the smallest set of changes that would make the talent eligible.</summary>
    public required IReadOnlyList<Counterfactual> Counterfactuals { get; init; }

    /// <summary>When only waiting is needed (and a re-evaluation then confirms it): the first eligible date.</summary>
    public required DateOnly? EligibleFrom { get; init; }

    /// <summary>The policy's exclusion group.</summary>
    public required string? ExclusionGroup { get; init; }

    /// <summary>The policy's stacking rule.</summary>
    public required StackingRule Stacking { get; init; }

    /// <summary>Ids of the comparisons whose failure decides the outcome (the reasons why not).</summary>
    public IEnumerable<string> FailedCriteria =>
        Trace.Where(t => t.Kind == CriterionKind.Comparison && t.Verdict == Verdict.Fail && t.Decisive).Select(t => t.Id);
}
