namespace TalentPortal.Portal.Api;

public sealed record BenefitApplication(
    Guid Id, Guid TalentId, string ApplicantName, string? Street, string PolicyCode, string BenefitKind, decimal? Amount, string State,
    DateTimeOffset SubmittedAt, DateOnly? NoticeStart, DateOnly? NoticeEnd, IReadOnlyList<ApplicationTransition> History, long Version,
    IReadOnlyList<LocalizedText>? PendingVerificationNames = null);

public sealed record ApplicationTransition(string? From, string To, string Action, string ActorRole, DateTimeOffset At, string? Reason);

/// <summary>What an official decides on a reviewed application; each maps to one policy-matching route.</summary>
public enum ReviewDecision
{
    PublicNotice,
    Return,
    Reject,
}

/// <summary>An approval's decision receipt: the policy text (document, version, sha256), the engine, the as-of date, each
/// input fact with its value and where it came from, the trace with each criterion's clause, the outcome and amount.</summary>
public sealed record DecisionReceipt(
    Guid ApplicationId, Guid TalentId, string ApplicantName, string PolicyCode, Guid PolicyDocumentId, string PolicyVersionId, string PolicySha256,
    string EngineVersion, DateOnly AsOf, IReadOnlyList<ReceiptFact> Inputs, IReadOnlyList<ReceiptCriterion> Trace,
    string Outcome, decimal? Amount, string IdentityStatus, string ApprovedBy, string ApprovedByRole, DateTimeOffset ApprovedAt);

public sealed record ReceiptFact(
    string Key, LocalizedText Name, string? Value, string Source, string By, DateTimeOffset? At, IReadOnlyList<Guid> EvidenceIds, string? Reference);

public sealed record ReceiptCriterion(
    string Id, string Path, string Kind, string Verdict, string? Fact, string Actual, string Required, LocalizedText Text, string? Clause, bool Decisive);

/// <summary>A receipt run again: reproduced when the recorded facts give the recorded outcome and amount.</summary>
public sealed record ReceiptCheck(
    Guid ApplicationId, bool Reproduced, string? Outcome, decimal? Amount, IReadOnlyList<ReceiptDifference> Differences, bool PolicyTextMatches,
    string EngineVersion, string RecordedEngineVersion);

public sealed record ReceiptDifference(string Field, string? Recorded, string? Now);

public sealed partial class GatewayClient
{
    public Task<ApiResult<DecisionReceipt>> GetReceiptAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<DecisionReceipt>(HttpMethod.Get, $"api/applications/{applicationId}/receipt", null, ct);

    public Task<ApiResult<ReceiptCheck>> VerifyReceiptAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<ReceiptCheck>(HttpMethod.Post, $"api/applications/{applicationId}/receipt/verify", null, ct);
}
