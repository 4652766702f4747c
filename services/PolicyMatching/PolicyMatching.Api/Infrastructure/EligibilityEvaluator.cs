using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;
using TalentPortal.PolicyMatching.Rules.Stacking;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Evaluates talents against the catalogue and keeps their stored results current.</summary>
public sealed class EligibilityEvaluator(PolicyCatalog catalog, TimeProvider time)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today in Huzhou (UTC+8): legal dates are local dates.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public IReadOnlyList<ResolvedBenefit> Evaluate(TalentFacts facts, DateOnly asOf, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ruleFacts = facts.ToRuleFacts(asOf);
        if (overrides is { Count: > 0 })
        {
            ruleFacts = Rules.Facts.FactOverrides.Apply(ruleFacts, overrides);
        }

        // Every policy's answer; eligible ones carry the exclusion-group resolution ("从高从优不重复").
        var results = PolicyEngine.EvaluateAll(ruleFacts, catalog.Policies, asOf);
        var resolved = ExclusionResolver.Resolve(results).ToDictionary(r => r.Result.PolicyCode, StringComparer.Ordinal);
        return [.. results.Select(r => resolved.TryGetValue(r.PolicyCode, out var decided) ? decided : new ResolvedBenefit(r, false, null, null))];
    }

    public EvaluationResult Evaluate(TalentFacts facts, PolicyDefinition policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return PolicyEngine.Evaluate(facts.ToRuleFacts(asOf), policy, asOf);
    }

    /// <summary>Recomputes the stored results; returns the changes to publish as <see cref="EligibilityChanged"/>.</summary>
    public List<EligibilityChanged> Recompute(TalentFacts facts, TalentEligibility results)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(results);
        var asOf = Today;
        var now = time.GetUtcNow();
        var ruleFacts = facts.ToRuleFacts(asOf);
        var changes = new List<EligibilityChanged>();
        var outcomes = new List<PolicyOutcome>();
        foreach (var policy in catalog.Policies)
        {
            var result = PolicyEngine.Evaluate(ruleFacts, policy, asOf);
            var outcome = new PolicyOutcome { PolicyCode = policy.Code, Outcome = result.Outcome.ToString(), Amount = result.Benefit?.Amount, VersionId = result.VersionId };
            var previous = results.Outcomes.FirstOrDefault(o => o.PolicyCode == policy.Code);
            if (previous is null || previous.Outcome != outcome.Outcome || previous.Amount != outcome.Amount)
            {
                changes.Add(new EligibilityChanged(facts.Id, policy.Code, previous?.Outcome, outcome.Outcome, outcome.Amount, outcome.VersionId, now));
            }

            outcomes.Add(outcome);
        }

        results.Outcomes = outcomes;
        results.EmployerId = facts.EmployerId;
        results.Street = facts.Street;
        results.AsOf = asOf;
        results.EvaluatedAt = now;
        return changes;
    }
}
