using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

/// <summary>A claim as officials review it: the masked national ID, the name the claimant gave and the name on the
/// existing record.</summary>
public sealed record IdentityClaimReviewResponse(
    Guid Id, ClaimKind Kind, DecisionState State, string NationalId, string ClaimantName, Guid ExistingTalentId, string ExistingName,
    DateTimeOffset ClaimedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, Guid? LinkedTalentId, long Version)
{
    public static IdentityClaimReviewResponse From(IdentityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(
            claim.Id, claim.Kind, claim.State, Domain.NationalId.Mask(claim.NationalIdMasked), claim.FullName, claim.ExistingTalentId, claim.ExistingName,
            claim.ClaimedAt, claim.DecidedBy, claim.DecidedAt, claim.Reason, claim.LinkedTalentId, claim.Version);
    }
}
