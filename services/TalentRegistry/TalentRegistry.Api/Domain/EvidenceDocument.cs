using System.Security.Cryptography;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A document uploaded to support one fact of a talent (a diploma, a 学信网 report, a hukou page): its type as
/// its content shows it, size and SHA-256; the bytes are kept apart, encrypted (<see cref="EvidenceContent"/>). Attached
/// to the fact's pending verification when there is one; an official's approval uses it, and from then on it stays.</summary>
public sealed class EvidenceDocument : IAggregate
{
    private EvidenceDocument()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string Fact { get; private set; } = "";
    public Guid? ApplicationId { get; private set; }

    /// <summary>The name it is stored and downloaded under (<see cref="EvidenceNames.Stored"/>).</summary>
    public string StoredName { get; private set; } = "";

    /// <summary>The name it was uploaded under, for display only (<see cref="EvidenceNames.Display"/>).</summary>
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public string UploaderRole { get; private set; } = "";

    /// <summary>The employer HR uploaded it for; HR of that employer may withdraw it.</summary>
    public Guid? UploaderEmployerId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
    public EvidenceState State { get; private set; }

    /// <summary>The pending verification of the fact it was attached to when uploaded, if any.</summary>
    public Guid? VerificationId { get; private set; }

    public Guid? UsedByVerificationId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public static EvidenceDocument Submit(
        Guid talentId, string fact, Guid? applicationId, string? uploadedName, EvidenceType type, byte[] content,
        string by, string role, Guid? employerId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(content);
        var id = Guid.CreateVersion7();
        var stored = EvidenceNames.Stored(id, type);
        return new EvidenceDocument
        {
            Id = id,
            TalentId = talentId,
            Fact = fact,
            ApplicationId = applicationId,
            StoredName = stored,
            FileName = EvidenceNames.Display(uploadedName, stored),
            ContentType = type.ContentType,
            Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = by,
            UploaderRole = role,
            UploaderEmployerId = employerId,
            UploadedAt = at,
            State = EvidenceState.Submitted,
        };
    }

    public void AttachTo(FactVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        verification.AttachEvidence(this);
        VerificationId = verification.Id;
    }

    /// <summary>An official's approval of <paramref name="verificationId"/> rested on it.</summary>
    public void Use(Guid verificationId, DateTimeOffset at)
    {
        if (State != EvidenceState.Submitted)
        {
            throw new IllegalStateException($"Evidence {Id}", "used", State.ToString());
        }

        State = EvidenceState.Used;
        UsedByVerificationId = verificationId;
        ClosedAt = at;
    }

    /// <summary>Taken back before any decision used it; a used or withdrawn document is a 409 naming its state.</summary>
    public void Withdraw(DateTimeOffset at)
    {
        if (State != EvidenceState.Submitted)
        {
            throw new IllegalStateException($"Evidence {Id}", "withdrawn", State.ToString());
        }

        State = EvidenceState.Withdrawn;
        ClosedAt = at;
    }
}
