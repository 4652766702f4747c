using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

public sealed record DecideIdentityClaimRequest(bool? Approved, string? Reason) : IValidatableRequest
{
    public const int MaxReason = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.Required("approved", Approved);
        errors.Required("reason", Reason, MaxReason);
        errors.PlainText("reason", Reason, multiline: true);
    }
}

/// <summary>An official decides a claim once, with a reason; every decision is audited. Approving a Conflict revokes the
/// claimed unverified record, moves the national ID to the claimant and creates the claimant's record (identity verified,
/// facts as they declared them, waiting for verification) under their account's talent id. Approving a Link puts the
/// claimed record in the claimant's account, its identity verified. A decided claim is a 409 naming its state.</summary>
public static class DecideIdentityClaim
{
    public static async Task<IResult> HandleAsync(
        Guid id, DecideIdentityClaimRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var claim = await store.LoadInScopeAsync<IdentityClaim>(
            id,
            async c => TalentAccess.CanDecideClaim(caller, await store.FindAsync<Employment>(e => e.TalentId == c.ExistingTalentId, cancellationToken: cancellationToken)),
            "Identity claim",
            cancellationToken);
        var now = time.GetUtcNow();
        var reason = request.Reason!.Trim();
        var approved = request.Approved!.Value;
        var existing = await store.GetAsync<Talent>(claim.ExistingTalentId, cancellationToken)
            ?? throw ProblemException.NotFound($"Talent {claim.ExistingTalentId} does not exist.");
        var unitOfWork = store.BeginUnitOfWork();
        Guid? linked = null;
        if (approved && claim.State == DecisionState.Pending)
        {
            var official = FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now);
            linked = claim.Kind == ClaimKind.Conflict
                ? await ResolveConflictAsync(store, unitOfWork, claim, existing, official, reason, personalData, cancellationToken)
                : Link(unitOfWork, claim, existing, official, reason);
        }

        claim.Decide(approved, reason, caller.AccountId, now, linked);
        unitOfWork.Update(claim);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.DecideClaim, existing.Id, $"claim {claim.Id} ({claim.Kind}) {claim.State}: {reason}", now);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(IdentityClaimReviewResponse.From(claim));
    }

    private static async Task<Guid> ResolveConflictAsync(
        IStore store, IUnitOfWork unitOfWork, IdentityClaim claim, Talent existing, FactProvenance official, string reason, PersonalData personalData,
        CancellationToken cancellationToken)
    {
        if (existing.IdentityStatus != IdentityStatus.Unverified)
        {
            throw new RuleViolationException(
                $"The claimed record's identity is {existing.IdentityStatus} since the claim was made; it is not revoked on a claim.", existing.IdentityStatus.ToString());
        }

        if (await store.GetAsync<Talent>(claim.ClaimantTalentId, cancellationToken) is not null)
        {
            throw new RuleViolationException("The claimant's account has a talent record of its own by now.", "AlreadyRegistered");
        }

        var person = await store.GetAsync<PersonEntry>(PersonEntry.IdOf(existing.PersonKey), cancellationToken)
            ?? throw new InvalidOperationException($"Talent {existing.Id} has no person entry.");
        existing.RevokeIdentity(official, reason);
        unitOfWork.Update(existing);
        foreach (var open in await Declarations.PendingAsync(store, existing.Id, cancellationToken))
        {
            open.Supersede(official.At);
            unitOfWork.Update(open);
        }

        unitOfWork.Publish(existing.ToProfileUpdatedEvent(official.At));

        _ = NationalId.TryParse(personalData.Unprotect(claim.NationalIdCipher), out var nationalId, out _);
        var declared = FactProvenance.Of(FactSources.SelfDeclared, claim.ClaimantAccountId, claim.ClaimedAt);
        var talent = Talent.Register(
            claim.ClaimantTalentId, claim.FullName, nationalId!, personalData, claim.PhoneCipher is null ? null : personalData.Unprotect(claim.PhoneCipher),
            claim.Email, claim.HukouHuzhou ?? false, null, claim.Education, declared, IdentityMethod.SelfRegistration);
        talent.LinkAccount(claim.ClaimantAccountId, official, reason);
        person.TalentId = talent.Id;
        unitOfWork.Update(person);
        unitOfWork.Insert(talent);
        Declarations.StageRegistration(unitOfWork, talent, claim.HukouHuzhou is not null, declared);
        unitOfWork.Publish(talent.ToRegisteredEvent());
        return talent.Id;
    }

    private static Guid Link(IUnitOfWork unitOfWork, IdentityClaim claim, Talent existing, FactProvenance official, string reason)
    {
        if (existing.AccountId is not null || existing.IdentityStatus == IdentityStatus.Revoked)
        {
            throw new RuleViolationException(
                "The claimed record is held by an account (or revoked) since the claim was made; it cannot be linked.",
                existing.AccountId is not null ? "Held" : existing.IdentityStatus.ToString());
        }

        existing.LinkAccount(claim.ClaimantAccountId, official, reason);
        unitOfWork.Update(existing);
        unitOfWork.Publish(existing.ToProfileUpdatedEvent(official.At));
        return existing.Id;
    }
}
