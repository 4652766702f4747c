using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.ServiceDefaults.Http;

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

    internal static ReceiptCriterion Line(CriterionTrace t) => new()
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

    internal static ProblemException NoReceipt(Application application) => ProblemException.NotFound(
        $"Application {application.Id} has no decision receipt: it is {application.State}, and a receipt is written when an application is approved.");
}
