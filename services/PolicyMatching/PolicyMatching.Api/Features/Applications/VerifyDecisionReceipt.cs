using System.Globalization;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Features.Policies;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>A reviewer runs a decision receipt again and sees any difference from what it recorded.</summary>
public static class VerifyDecisionReceipt
{
    /// <summary>Runs a receipt again: the recorded input facts (not the current ones) as of the recorded date, under the
    /// policy text it names (checked against its sha256), with the current engine.</summary>
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        var receipt = await store.GetAsync<DecisionReceipt>(id, ct) ?? throw DecisionReceipts.NoReceipt(application);
        var differences = new List<ReceiptDifference>();
        var document = await store.GetAsync<PolicyDocument>(receipt.PolicyDocumentId, ct);
        var textMatches = document is not null && PolicyText.Sha256Of(document.Yaml) == receipt.PolicySha256;
        if (!textMatches)
        {
            differences.Add(new("policyText", receipt.PolicySha256, document is null ? null : PolicyText.Sha256Of(document.Yaml)));
        }

        EvaluationResult? result = null;
        if (document is not null)
        {
            var policy = PolicyYaml.ParseStored(document);
            try
            {
                var facts = FactInputs.From(receipt.Inputs.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
                result = PolicyEngine.Evaluate(facts, policy, receipt.AsOf);
                Compare(receipt, result, differences);
            }
            catch (ArgumentException e)
            {
                // A recorded fact the current engine no longer reads as it was written.
                differences.Add(new("inputs", null, e.Message));
            }
        }

        var amount = result?.Outcome == Outcome.Eligible ? result.Benefit?.Amount : null;
        return TypedResults.Ok(new ReceiptVerificationResponse(
            id, differences.Count == 0, result?.Outcome.ToString(), amount, differences, textMatches, PolicyEngine.Version, receipt.EngineVersion));
    }

    private static void Compare(DecisionReceipt receipt, EvaluationResult result, List<ReceiptDifference> differences)
    {
        Differ(differences, "policyVersionId", receipt.PolicyVersionId, result.VersionId);
        Differ(differences, "outcome", receipt.Outcome, result.Outcome.ToString());
        var amount = result.Outcome == Outcome.Eligible ? result.Benefit?.Amount : null;
        Differ(differences, "amount", Text(receipt.Amount), Text(amount));
        var now = result.Trace.Select(DecisionReceipts.Line).ToList();
        Differ(differences, "trace.length", Text(receipt.Trace.Count), Text(now.Count));
        foreach (var (recorded, line) in receipt.Trace.Zip(now))
        {
            var at = $"trace[{recorded.Id}]";
            Differ(differences, $"{at}.id", recorded.Id, line.Id);
            Differ(differences, $"{at}.verdict", recorded.Verdict, line.Verdict);
            Differ(differences, $"{at}.actual", recorded.Actual, line.Actual);
            Differ(differences, $"{at}.required", recorded.Required, line.Required);
            Differ(differences, $"{at}.clause", recorded.Clause, line.Clause);
            Differ(differences, $"{at}.decisive", Text(recorded.Decisive), Text(line.Decisive));
        }
    }

    private static void Differ(List<ReceiptDifference> differences, string field, string? recorded, string? now)
    {
        if (!string.Equals(recorded, now, StringComparison.Ordinal))
        {
            differences.Add(new(field, recorded, now));
        }
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
