using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record VerifyIdentityRequest(string? Evidence) : IValidatableRequest
{
    public const int MaxEvidence = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.Required("evidence", Evidence, MaxEvidence);
        errors.PlainText("evidence", Evidence, multiline: true);
    }
}

/// <summary>An official in scope (or an admin) who has seen the ID card verifies an unverified identity, saying what
/// they checked (<c>evidence</c>); audited, and TalentProfileUpdated carries the new status. A verified or revoked
/// identity is a 409 naming its status.</summary>
public static class VerifyIdentity
{
    public static async Task<IResult> HandleAsync(
        Guid id, VerifyIdentityRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanVerify, cancellationToken);
        var now = time.GetUtcNow();
        var evidence = request.Evidence!.Trim();
        talent.VerifyIdentity(FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now), evidence);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(talent);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.VerifyIdentity, talent.Id, evidence, now);
        unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }
}
