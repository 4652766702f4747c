using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record DiffEntry(Guid TalentId, string DisplayName, string Before, string After, decimal? AmountBefore, decimal? AmountAfter);

public sealed record PolicyDiffResponse(
    string PolicyCode, DateOnly AsOf, int TalentsEvaluated, int Gains, int Losses, int AmountChanges, decimal MoneyBefore, decimal MoneyAfter,
    IReadOnlyList<DiffEntry> Changes);

/// <summary>Evaluates every talent under the policy in force and under the draft, as of a date, and lists the differences.</summary>
public static class PolicyDiff
{
    private const int MaxListed = 500;

    public static async Task<IResult> HandleAsync(Guid id, DateOnly? asOf, IStore store, PolicyCatalog catalog, EligibilityEvaluator eligibility, CancellationToken cancellationToken)
    {
        var draft = await store.GetAsync<PolicyDocument>(id, cancellationToken) ?? throw ProblemException.NotFound($"Draft {id} does not exist.");
        var proposed = PolicyEndpoints.ParseOrThrow(draft.Yaml, $"{draft.Code}.yaml");
        var current = catalog.Find(draft.Code);
        var date = asOf ?? eligibility.Today;
        var talents = await store.FindAsync<TalentFacts>(_ => true, cancellationToken: cancellationToken);
        var changes = new List<DiffEntry>();
        int gains = 0, losses = 0, amountChanges = 0;
        decimal before = 0, after = 0;
        foreach (var facts in talents)
        {
            var ruleFacts = facts.ToRuleFacts(date);
            var old = current is null ? null : PolicyEngine.Evaluate(ruleFacts, current, date);
            var @new = PolicyEngine.Evaluate(ruleFacts, proposed, date);
            var oldOutcome = old?.Outcome.ToString() ?? "NotInCatalogue";
            var oldAmount = old?.Outcome == Outcome.Eligible ? old.Benefit?.Amount : null;
            var newAmount = @new.Outcome == Outcome.Eligible ? @new.Benefit?.Amount : null;
            before += oldAmount ?? 0;
            after += newAmount ?? 0;
            var gained = @new.Outcome == Outcome.Eligible && old?.Outcome != Outcome.Eligible;
            var lost = old?.Outcome == Outcome.Eligible && @new.Outcome != Outcome.Eligible;
            var amountChanged = !gained && !lost && oldAmount != newAmount;
            if (gained || lost || amountChanged || oldOutcome != @new.Outcome.ToString())
            {
                gains += gained ? 1 : 0;
                losses += lost ? 1 : 0;
                amountChanges += amountChanged ? 1 : 0;
                if (changes.Count < MaxListed)
                {
                    changes.Add(new DiffEntry(facts.Id, facts.DisplayName, oldOutcome, @new.Outcome.ToString(), oldAmount, newAmount));
                }
            }
        }

        return TypedResults.Ok(new PolicyDiffResponse(draft.Code, date, talents.Count, gains, losses, amountChanges, before, after, changes));
    }
}
