using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>HR of the employer (or an admin) confirms a declared employment: the talent counts as intake this month
/// and EmploymentConfirmed is published. Confirming twice is a 409 naming the current state. The confirmation attests the
/// person's identity (HR saw the ID card): an unverified identity becomes verified and the answer says <c>identityAttested</c>.</summary>
public static class ConfirmEmployment
{
    public static async Task<IResult> HandleAsync(
        Guid id, Guid employmentId, HttpContext http, IStore store, IntakeRecorder intake, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var employment = await TalentAccess.LoadEmploymentAsync(store, id, employmentId, e => TalentAccess.CanConfirm(caller, e), cancellationToken);
        var talent = await store.GetAsync<Talent>(id, cancellationToken) ?? throw ProblemException.NotFound($"Talent {id} does not exist.");
        var now = time.GetUtcNow();
        employment.Confirm(caller.AccountId, now);
        var unitOfWork = store.BeginUnitOfWork();
        var attested = IdentityAttestation.Stage(unitOfWork, talent, caller, now);
        unitOfWork.Update(employment);
        unitOfWork.Publish(employment.ToConfirmedEvent());
        var record = await intake.StageAsync(unitOfWork, talent, employment, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        intake.Committed(record);
        return TypedResults.Ok(EmploymentResponse.From(employment) with { IdentityAttested = attested });
    }
}
