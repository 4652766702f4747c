using System.Collections.Concurrent;
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
    private static readonly string NotEligible = nameof(Outcome.NotEligible);
    private const int MaxCachedLines = 10_000;
    // The engine hands out one list per set of pending facts, so the list itself can key the line.
    private readonly ConcurrentDictionary<(string Code, Outcome Outcome, decimal? Amount, IReadOnlyList<Rules.Facts.Fact> Pending), string> _lines = new();

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

    /// <summary>The fact keys an application's result relies on that are pending verification on the talent's current
    /// facts; null when its policy is no longer in the catalogue.</summary>
    public IReadOnlyList<string>? PendingVerification(Domain.Applications.Application application, TalentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(application);
        return catalog.Find(application.PolicyCode) is { } policy ? Features.Applications.ApprovalCheck.PendingVerification(application, facts, policy) : null;
    }

    public EvaluationResult Evaluate(TalentFacts facts, PolicyDefinition policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return PolicyEngine.Evaluate(facts.ToRuleFacts(asOf), policy, asOf);
    }

    /// <summary>
    /// Recomputes the talent's <see cref="TalentFacts.Results"/> and adds an <see cref="EligibilityChanged"/> to
    /// <paramref name="changes"/> for every policy whose outcome or amount moved. A policy without an earlier result
    /// counts as NotEligible, so a new talent's or a new policy's NotEligible results are not announced (a new talent's
    /// first announcements have no previous outcome); a retired policy's result leaves with an announcement unless it
    /// was NotEligible. Also plans when time alone could next change the results. Returns false when neither the
    /// results nor that day moved (nothing to write). Thread-safe: a re-match screens a page of talents in parallel.
    /// </summary>
    public bool Recompute(TalentFacts facts, List<EligibilityChanged> changes)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(changes);
        var asOf = Today;
        var ruleFacts = facts.ToRuleFacts(asOf);
        var policies = catalog.Policies;
        var screened = new ScreeningResult[policies.Count];
        var lines = new List<string>();
        for (var i = 0; i < policies.Count; i++)
        {
            screened[i] = PolicyEngine.Screen(ruleFacts, policies[i], asOf);
            if (screened[i].Outcome != Outcome.NotEligible)
            {
                lines.Add(Line(policies[i].Code, screened[i]));
            }
        }

        var results = string.Join('\n', lines);
        var replanned = facts.PlanNextChange(ChangeCalendar.NextChange(facts, asOf));
        if (results == facts.Results)
        {
            return replanned;
        }

        var now = time.GetUtcNow();
        var firstResults = facts.Version == 0 && facts.Results.Length == 0;
        var previous = EligibilityResults.Parse(facts.Results).ToDictionary(o => o.PolicyCode, StringComparer.Ordinal);
        for (var i = 0; i < policies.Count; i++)
        {
            var before = previous.GetValueOrDefault(policies[i].Code);
            previous.Remove(policies[i].Code);
            var outcome = Name(screened[i].Outcome);
            if ((before?.Outcome ?? NotEligible) != outcome || before?.Amount != screened[i].Amount)
            {
                changes.Add(new EligibilityChanged(
                    facts.Id, policies[i].Code, before?.Outcome ?? (firstResults ? null : NotEligible), outcome, screened[i].Amount, screened[i].VersionId, now));
            }
        }

        // What is left was retired.
        foreach (var retired in previous.Values)
        {
            changes.Add(new EligibilityChanged(facts.Id, retired.PolicyCode, retired.Outcome, NotEligible, null, null, now));
        }

        facts.RecordResults(results);
        return true;
    }

    /// <summary>A result's stored line; the same few lines recur across a million talents, so they are made once.</summary>
    private string Line(string code, ScreeningResult result)
    {
        var key = (code, result.Outcome, result.Amount, result.PendingVerification);
        if (_lines.TryGetValue(key, out var line))
        {
            return line;
        }

        line = EligibilityResults.Line(code, Name(result.Outcome), result.Amount, FactNames.Keys(result.PendingVerification));
        if (_lines.Count < MaxCachedLines)
        {
            _lines.TryAdd(key, line);
        }

        return line;
    }

    private static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => nameof(Outcome.Eligible),
        Outcome.Unknown => nameof(Outcome.Unknown),
        _ => NotEligible,
    };
}
