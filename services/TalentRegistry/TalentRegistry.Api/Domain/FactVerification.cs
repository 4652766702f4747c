using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A value a graduate declared, waiting for an official: approved it becomes official; rejected the fact
/// returns to its verified value (when there was one). A newer declaration of the same fact supersedes it.</summary>
public sealed class FactVerification : IAggregate
{
    private FactVerification()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string TalentName { get; private set; } = "";
    public string NationalIdMasked { get; private set; } = "";
    public string Fact { get; private set; } = "";
    public string DeclaredValue { get; private set; } = "null";
    public string? VerifiedValue { get; private set; }
    public DecisionState State { get; private set; }
    public string DeclaredBy { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The approval's reference (a degree's verification code and report date).</summary>
    public string? Reference { get; private set; }

    /// <summary>The documents uploaded for this fact while it waits (withdrawn ones leave the list).</summary>
    public List<EvidenceRef> Evidence { get; private set; } = [];

    public static FactVerification Request(Talent talent, FactChange change, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(change);
        return new FactVerification
        {
            Id = Guid.CreateVersion7(),
            TalentId = talent.Id,
            TalentName = talent.FullName,
            NationalIdMasked = talent.NationalIdMasked,
            Fact = change.Fact,
            DeclaredValue = change.Value,
            VerifiedValue = change.VerifiedValue,
            State = DecisionState.Pending,
            DeclaredBy = by,
            DeclaredAt = at,
        };
    }

    public void Decide(bool approved, string reason, string by, DateTimeOffset at, string? reference = null)
    {
        if (State != DecisionState.Pending)
        {
            throw new IllegalStateException($"Verification {Id}", "decided", State.ToString());
        }

        State = approved ? DecisionState.Approved : DecisionState.Rejected;
        Reason = reason;
        DecidedBy = by;
        DecidedAt = at;
        Reference = reference;
    }

    public void AttachEvidence(EvidenceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (State != DecisionState.Pending)
        {
            throw new IllegalStateException($"Verification {Id}", "given evidence", State.ToString());
        }

        Evidence.Add(new EvidenceRef { Id = document.Id, FileName = document.FileName, ContentType = document.ContentType, Size = document.Size });
    }

    public void DetachEvidence(Guid documentId) => Evidence.RemoveAll(e => e.Id == documentId);

    /// <summary>A newer value of the same fact arrived before an official decided.</summary>
    public void Supersede(DateTimeOffset at)
    {
        State = DecisionState.Superseded;
        DecidedAt = at;
    }
}
