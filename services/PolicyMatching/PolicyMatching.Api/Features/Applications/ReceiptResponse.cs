using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>An approval's decision receipt: the policy text (stored document, version, sha256 of its YAML), the engine
/// version, the as-of date, each input fact the evaluation read with its value and provenance, the trace with each
/// criterion's clause, the outcome and amount, the identity status, and who approved when.</summary>
public sealed record ReceiptResponse(
    Guid ApplicationId, Guid TalentId, string ApplicantName, string PolicyCode, Guid PolicyDocumentId, string PolicyVersionId, string PolicySha256,
    string EngineVersion, DateOnly AsOf, IReadOnlyList<ReceiptFactResponse> Inputs, IReadOnlyList<ReceiptCriterionResponse> Trace,
    string Outcome, decimal? Amount, string IdentityStatus, string ApprovedBy, string ApprovedByRole, DateTimeOffset ApprovedAt)
{
    public static ReceiptResponse From(DecisionReceipt r, Application application)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(application);
        return new(
            r.Id, r.TalentId, application.ApplicantName, r.PolicyCode, r.PolicyDocumentId, r.PolicyVersionId, r.PolicySha256, r.EngineVersion, r.AsOf,
            [.. r.Inputs.Select(f => new ReceiptFactResponse(f.Key, FactNames.Of([f.Key])[0], f.Value, f.Source, f.By, f.At, f.EvidenceIds, f.Reference))],
            [.. r.Trace.Select(t => new ReceiptCriterionResponse(t.Id, t.Path, t.Kind, t.Verdict, t.Fact, t.Actual, t.Required, new LocalizedText(t.TextZh, t.TextEn), t.Clause, t.Decisive))],
            r.Outcome, r.Amount, r.IdentityStatus, r.ApprovedBy, r.ApprovedByRole, r.ApprovedAt);
    }
}
