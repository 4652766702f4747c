using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A graduate's claim to a national ID that is already on a record: another account's unverified record
/// (<see cref="ClaimKind.Conflict"/>) or a record no account holds (<see cref="ClaimKind.Link"/>). It keeps the
/// registration the graduate sent (the national ID and phone encrypted) until an official decides.</summary>
public sealed class IdentityClaim : IAggregate
{
    private IdentityClaim()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public ClaimKind Kind { get; private set; }
    public DecisionState State { get; private set; }
    public string ClaimantAccountId { get; private set; } = "";
    public Guid ClaimantTalentId { get; private set; }
    public Guid ExistingTalentId { get; private set; }
    public string ExistingName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string NationalIdCipher { get; private set; } = "";
    public string NationalIdMasked { get; private set; } = "";
    public string? PhoneCipher { get; private set; }
    public string? Email { get; private set; }
    public bool? HukouHuzhou { get; private set; }
    public List<EducationRecord> Education { get; private set; } = [];
    public DateTimeOffset ClaimedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Reason { get; private set; }
    public Guid? LinkedTalentId { get; private set; }

    public static IdentityClaim Open(
        ClaimKind kind, string claimantAccountId, Guid claimantTalentId, Talent existing, string fullName, string nationalIdCipher, string? phoneCipher,
        string? email, bool? hukouHuzhou, IEnumerable<EducationRecord> education, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return new IdentityClaim
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            State = DecisionState.Pending,
            ClaimantAccountId = claimantAccountId,
            ClaimantTalentId = claimantTalentId,
            ExistingTalentId = existing.Id,
            ExistingName = existing.FullName,
            FullName = fullName.Trim(),
            NationalIdCipher = nationalIdCipher,
            NationalIdMasked = existing.NationalIdMasked,
            PhoneCipher = phoneCipher,
            Email = email,
            HukouHuzhou = hukouHuzhou,
            Education = [.. education],
            ClaimedAt = at,
        };
    }

    /// <summary>An official decides once; a decided claim is a 409 naming its state.</summary>
    public void Decide(bool approved, string reason, string by, DateTimeOffset at, Guid? linkedTalentId = null)
    {
        if (State != DecisionState.Pending)
        {
            throw new IllegalStateException($"Identity claim {Id}", "decided", State.ToString());
        }

        State = approved ? DecisionState.Approved : DecisionState.Rejected;
        Reason = reason;
        DecidedBy = by;
        DecidedAt = at;
        LinkedTalentId = approved ? linkedTalentId : null;
    }
}
