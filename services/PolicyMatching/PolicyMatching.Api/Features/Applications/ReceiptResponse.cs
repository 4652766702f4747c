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

/// <summary>One input fact as the evaluation read it: its value as text (null when unknown; dates yyyy-MM-dd, degrees
/// as Doctorate…) and where it came from (source, by, at, evidence ids).</summary>
public sealed record ReceiptFactResponse(
    string Key, LocalizedText Name, string? Value, string Source, string By, DateTimeOffset? At, IReadOnlyList<Guid> EvidenceIds, string? Reference);

/// <summary>One node of the recorded trace; <see cref="Clause"/> cites the document and article the criterion comes from.</summary>
public sealed record ReceiptCriterionResponse(
    string Id, string Path, string Kind, string Verdict, string? Fact, string Actual, string Required, LocalizedText Text, string? Clause, bool Decisive);

/// <summary>A receipt run again: <see cref="Reproduced"/> when the recorded facts give the recorded outcome, amount,
/// version and trace under the recorded policy text with the current engine; <see cref="PolicyTextMatches"/> when the
/// stored text still hashes to the recorded sha256.</summary>
public sealed record ReceiptVerificationResponse(
    Guid ApplicationId, bool Reproduced, string? Outcome, decimal? Amount, IReadOnlyList<ReceiptDifference> Differences, bool PolicyTextMatches,
    string EngineVersion, string RecordedEngineVersion);

/// <summary>Where a re-run differs from the receipt: the field (<c>outcome</c>, <c>amount</c>, <c>policyVersionId</c>,
/// <c>policyText</c>, <c>trace[criterion].verdict</c>…), what was recorded and what the re-run gives.</summary>
public sealed record ReceiptDifference(string Field, string? Recorded, string? Now);
