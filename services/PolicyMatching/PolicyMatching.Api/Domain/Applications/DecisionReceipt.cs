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
