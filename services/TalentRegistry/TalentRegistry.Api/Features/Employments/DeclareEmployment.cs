using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

public sealed record DeclareEmploymentRequest(Guid? EmployerId, string? StartDate, string? ContractEnd, string? Position, int? SocialInsuranceMonths)
    : IValidatableRequest, IDatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("employerId", EmployerId);
        EmploymentInput.ValidateTerms(errors, StartDate, ContractEnd, Position, SocialInsuranceMonths);
    }

    public void Validate(ValidationErrors errors, DateOnly today) => EmploymentInput.ValidateDates(errors, StartDate, ContractEnd, today);
}

/// <summary>Adds an employment record to a talent's profile. The graduate (own record) or an official covering the
/// employer's street declares it and the employer's HR confirms it later; HR of that employer records it confirmed at once.</summary>
public static class DeclareEmployment
{
    public static async Task<IResult> HandleAsync(
        Guid id, DeclareEmploymentRequest request, HttpContext http, IStore store, IntakeRecorder intake, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanRead, cancellationToken);
        var employer = await TalentAccess.LoadEmployerAsync(store, request.EmployerId!.Value, e => TalentAccess.MayRecordEmploymentAt(caller, e), cancellationToken);
        var ownHire = caller.IsEmployerHr && caller.EmployerId == employer.Id;

        var terms = EmploymentInput.Terms(request.StartDate, request.ContractEnd, request.Position, request.SocialInsuranceMonths);
        await EmploymentInput.EnsureNewHireAsync(store, talent.Id, employer.Id, terms.StartDate, cancellationToken);
        var now = time.GetUtcNow();
        var employment = ownHire
            ? talent.ConfirmEmployment(employer, terms, caller.AccountId, now, now)
            : talent.DeclareEmployment(employer, terms, caller.AccountId, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(employment);
        var record = ownHire ? await intake.StageAsync(unitOfWork, talent, employment, cancellationToken) : null;
        if (ownHire)
        {
            unitOfWork.Publish(employment.ToConfirmedEvent());
        }

        await unitOfWork.CommitAsync(cancellationToken);
        intake.Committed(record);
        return TypedResults.Created($"/api/talents/{talent.Id}/employments/{employment.Id}", EmploymentResponse.From(employment));
    }
}
