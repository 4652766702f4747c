using System.Globalization;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Features.Policies;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Each approval's receipt: written with the approval, shown to whoever sees the application, and run again
/// for officials on the recorded facts, policy text and date.</summary>
public static class DecisionReceipts
{
    /// <summary>The receipt of an approval evaluated on <paramref name="evaluation"/> under <paramref name="text"/>.</summary>
    public static DecisionReceipt Issue(Application application, Domain.TalentFacts facts, ApprovalEvaluation evaluation, PolicyText text, Actor approver, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(text);
        var result = evaluation.Verified!;
        var version = text.Policy.Versions.First(v => v.Id == result.VersionId);
        var inputs = FactInputs.ReadBy(version).Select(fact =>
        {
            var key = FactCatalog.KeyOf(fact);
            var provenance = facts.ProvenanceOf(key);
            return new ReceiptFact
            {
                Key = key,
                Value = FactInputs.Text(evaluation.VerifiedFacts!, fact),
                Source = provenance.Source,
                By = provenance.By,
                At = provenance.At == default ? null : provenance.At,
                EvidenceIds = [.. provenance.EvidenceIds],
                Reference = provenance.Reference,
            };
        });
        return DecisionReceipt.Issue(
            application, new ReceiptPolicy(text.DocumentId, version.Id, text.Sha256), PolicyEngine.Version, result.AsOf, inputs, result.Trace.Select(Line),
            result.Outcome.ToString(), result.Outcome == Outcome.Eligible ? result.Benefit?.Amount : null, evaluation.Basis.IdentityStatus, approver, now);
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, EligibilityEvaluator eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.SeesApplicationAsync(caller, a, store, eligibility.Today, ct), ct);
        var receipt = await store.GetAsync<DecisionReceipt>(id, ct) ?? throw NoReceipt(application);
        return TypedResults.Ok(ReceiptResponse.From(receipt, application));
    }

    /// <summary>Runs a receipt again: the recorded input facts (not the current ones) as of the recorded date, under the
    /// policy text it names (checked against its sha256), with the current engine.</summary>
    public static async Task<IResult> VerifyAsync(Guid id, HttpContext http, IStore store, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        var receipt = await store.GetAsync<DecisionReceipt>(id, ct) ?? throw NoReceipt(application);
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
            var policy = PolicyEndpoints.ParseStored(document);
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
        var now = result.Trace.Select(Line).ToList();
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

    private static ReceiptCriterion Line(CriterionTrace t) => new()
    {
        Id = t.Id,
        Path = t.Path,
        Kind = t.Kind.ToString(),
        Verdict = t.Verdict.ToString(),
        Fact = t.Fact is { } fact ? FactCatalog.KeyOf(fact) : null,
        Actual = t.Actual,
        Required = t.Required,
        TextZh = t.Text.Zh,
        TextEn = t.Text.En,
        Clause = t.Clause,
        Decisive = t.Decisive,
    };

    private static ProblemException NoReceipt(Application application) => ProblemException.NotFound(
        $"Application {application.Id} has no decision receipt: it is {application.State}, and a receipt is written when an application is approved.");
}
