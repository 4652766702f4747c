using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Talents;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

/// <summary>A graduate registering a national ID that is already on a record claims it instead of being locked out,
/// when nobody has vouched for that record's holder: another account's unverified record (Conflict) or a record no
/// account holds (Link). One open claim per account. No talent is created until an official approves.</summary>
public static class OpenIdentityClaim
{
    /// <summary>The claim opened, or null when the existing record is verified and held by an account (a 409 as before).</summary>
    public static async Task<IdentityClaim?> TryOpenAsync(
        IStore store, Caller caller, Guid claimantTalentId, Guid existingTalentId, RegisterTalentRequest request, NationalId nationalId,
        PersonalData personalData, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(nationalId);
        ArgumentNullException.ThrowIfNull(personalData);
        var existing = await store.GetAsync<Talent>(existingTalentId, cancellationToken);
        if (existing is null || KindOf(existing, caller) is not { } kind)
        {
            return null;
        }

        if (await store.CountAsync<IdentityClaim>(c => c.ClaimantAccountId == caller.AccountId && c.State == DecisionState.Pending, cancellationToken) > 0)
        {
            throw new RuleViolationException(
                "This account already has an open identity claim; an official decides it first (GET /api/identity-claims/mine).", "ClaimOpen");
        }

        var claim = IdentityClaim.Open(
            kind, caller.AccountId, claimantTalentId, existing, request.FullName!, personalData.Protect(nationalId.Value),
            request.Phone is null ? null : personalData.Protect(request.Phone), request.Email, request.HukouHuzhou,
            ProfileInput.ToEducation(request.Education!), at);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(claim);
        await unitOfWork.CommitAsync(cancellationToken);
        return claim;
    }

    private static ClaimKind? KindOf(Talent existing, Caller caller) => existing switch
    {
        { IdentityStatus: IdentityStatus.Revoked } => null,
        { AccountId: null } => ClaimKind.Link,
        { IdentityStatus: IdentityStatus.Unverified } when existing.AccountId != caller.AccountId => ClaimKind.Conflict,
        _ => null,
    };
}
