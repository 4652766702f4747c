using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Employments;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employers;

public sealed record HireTalentRequest(string? NationalId, string? FullName, string? StartDate, string? ContractEnd, string? Position, int? SocialInsuranceMonths)
    : IValidatableRequest, IDatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (!Domain.NationalId.TryParse(NationalId, out _, out var problem))
        {
            errors.Add("nationalId", $"nationalId {problem}.");
        }

        errors.Required("fullName", FullName, 50);
        errors.PlainText("fullName", FullName);
        EmploymentInput.ValidateTerms(errors, StartDate, ContractEnd, Position, SocialInsuranceMonths);
    }

    public void Validate(ValidationErrors errors, DateOnly today) => EmploymentInput.ValidateDates(errors, StartDate, ContractEnd, today);
}

/// <summary>HR confirms a hire of a registered talent, identified by national ID and full name as on the ID card: the
/// employment is confirmed at once and the talent counts as intake this month (the first hire in the zone only). A
/// national ID that is not registered and one registered under another name get the same 404, so the answer tells
/// HR nothing about people they have not seen. Confirming the hire attests the person's identity (HR saw the ID card):
/// an unverified identity becomes verified (EmployerAttested) and the answer says <c>identityAttested</c>.</summary>
public static class HireTalent
{
    public static async Task<IResult> HandleAsync(
        Guid id, HireTalentRequest request, HttpContext http, IStore store, PersonalData personalData, IntakeRecorder intake, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var employer = await TalentAccess.LoadEmployerAsync(store, id, e => TalentAccess.RecordsHiresFor(caller, e), cancellationToken);
        _ = NationalId.TryParse(request.NationalId, out var nationalId, out _);
        var person = await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personalData.PersonKey(nationalId!.Value)), cancellationToken);
        var talent = person is null ? null : await store.GetAsync<Talent>(person.TalentId, cancellationToken);
        if (talent is null || !PersonName.Matches(talent.FullName, request.FullName))
        {
            throw ProblemException.NotFound("No talent with this national ID and full name is registered; register them first (POST /api/talents).");
        }

        var terms = EmploymentInput.Terms(request.StartDate, request.ContractEnd, request.Position, request.SocialInsuranceMonths);
        await EmploymentInput.EnsureNewHireAsync(store, talent.Id, employer.Id, terms.StartDate, cancellationToken);

        var now = time.GetUtcNow();
        var employment = talent.ConfirmEmployment(employer, terms, caller.AccountId, now, now);
        var unitOfWork = store.BeginUnitOfWork();
        var attested = IdentityAttestation.Stage(unitOfWork, talent, caller, now);
        unitOfWork.Insert(employment);
        unitOfWork.Publish(employment.ToConfirmedEvent());
        var record = await intake.StageAsync(unitOfWork, talent, employment, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        intake.Committed(record);
        return TypedResults.Created($"/api/talents/{talent.Id}/employments/{employment.Id}", EmploymentResponse.From(employment) with { IdentityAttested = attested });
    }
}
