using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>
/// What an approval was decided on, kept so it can be shown and run again: the policy text (its stored document and the
/// sha256 of its YAML), the version and the engine that evaluated it, the as-of date, every input fact the evaluation
/// read with its value and where it came from, the trace, the outcome and amount, the identity status, and who
/// approved when. One per approved application (same id), written in the approval's unit of work.
/// </summary>
public sealed class DecisionReceipt : IAggregate
{
    private DecisionReceipt()
    {
    }

    /// <summary>The application's id.</summary>
    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string PolicyCode { get; private set; } = "";
    public Guid PolicyDocumentId { get; private set; }
    public string PolicyVersionId { get; private set; } = "";
    public string PolicySha256 { get; private set; } = "";
    public string EngineVersion { get; private set; } = "";
    public DateOnly AsOf { get; private set; }
    public List<ReceiptFact> Inputs { get; private set; } = [];
    public List<ReceiptCriterion> Trace { get; private set; } = [];
    public string Outcome { get; private set; } = "";
    public decimal? Amount { get; private set; }
    public string IdentityStatus { get; private set; } = "";
    public string ApprovedBy { get; private set; } = "";
    public string ApprovedByRole { get; private set; } = "";
    public DateTimeOffset ApprovedAt { get; private set; }

    public static DecisionReceipt Issue(
        Application application, ReceiptPolicy policy, string engineVersion, DateOnly asOf, IEnumerable<ReceiptFact> inputs, IEnumerable<ReceiptCriterion> trace,
        string outcome, decimal? amount, string identityStatus, Actor approver, DateTimeOffset approvedAt)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(approver);
        return new DecisionReceipt
        {
            Id = application.Id,
            TalentId = application.TalentId,
            PolicyCode = application.PolicyCode,
            PolicyDocumentId = policy.DocumentId,
            PolicyVersionId = policy.VersionId,
            PolicySha256 = policy.Sha256,
            EngineVersion = engineVersion,
            AsOf = asOf,
            Inputs = [.. inputs],
            Trace = [.. trace],
            Outcome = outcome,
            Amount = amount,
            IdentityStatus = identityStatus,
            ApprovedBy = approver.Id,
            ApprovedByRole = approver.Role,
            ApprovedAt = approvedAt,
        };
    }
}

/// <summary>The policy text a decision used: its stored document, the version evaluated and the sha256 of the YAML.</summary>
public sealed record ReceiptPolicy(Guid DocumentId, string VersionId, string Sha256);

/// <summary>One input fact an evaluation read: its key, its value as text (null when unknown) and where it came from.</summary>
public sealed class ReceiptFact
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }

    /// <summary>One of <c>FactSources</c>.</summary>
    public string Source { get; set; } = "";
    public string By { get; set; } = "";
    public DateTimeOffset? At { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The verification's reference (a degree's 学信网 verification code and report date), when recorded.</summary>
    public string? Reference { get; set; }
}

/// <summary>One line of a recorded trace (a plain class: stored documents must not depend on the engine's records).</summary>
public sealed class ReceiptCriterion
{
    public string Id { get; set; } = "";
    public string Path { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Verdict { get; set; } = "";
    public string? Fact { get; set; }
    public string Actual { get; set; } = "";
    public string Required { get; set; } = "";
    public string TextZh { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string? Clause { get; set; }
    public bool Decisive { get; set; }
}
