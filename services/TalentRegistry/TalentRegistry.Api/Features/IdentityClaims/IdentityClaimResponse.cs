using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

/// <summary>A claim as the claimant sees it. <c>linkedTalentId</c> (once approved) is the record the account holds now:
/// the claimed record (Link) or the account's own new record (Conflict).</summary>
public sealed record IdentityClaimResponse(
    Guid Id, ClaimKind Kind, DecisionState State, DateTimeOffset ClaimedAt, DateTimeOffset? DecidedAt, string? Reason, Guid? LinkedTalentId, long Version)
{
    public static IdentityClaimResponse From(IdentityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Id, claim.Kind, claim.State, claim.ClaimedAt, claim.DecidedAt, claim.Reason, claim.LinkedTalentId, claim.Version);
    }
}
