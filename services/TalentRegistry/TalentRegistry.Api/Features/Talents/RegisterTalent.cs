using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.IdentityClaims;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record RegisterTalentRequest(
    string? FullName, string? NationalId, string? Phone, string? Email, bool? HukouHuzhou, string? TalentTier, IReadOnlyList<EducationInput>? Education)
    : IValidatableRequest, IDatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("fullName", FullName, 50);
        errors.PlainText("fullName", FullName);
        if (!Domain.NationalId.TryParse(NationalId, out _, out var problem))
        {
            errors.Add("nationalId", $"nationalId {problem}.");
        }

        ProfileInput.Validate(errors, Phone, Email, TalentTier, Education);
    }

    public void Validate(ValidationErrors errors, DateOnly today)
    {
        if (Domain.NationalId.TryParse(NationalId, out var id, out _) && PlausibleDates.Birth(id!.BirthDate, today) is { } problem)
        {
            errors.Add("nationalId", $"nationalId {problem}.");
        }

        ProfileInput.ValidateDates(errors, Education, today);
    }
}

/// <summary>Registers a person: a graduate registers themself (their account's talent id; identity unverified, facts
/// self-declared and waiting for an official), HR and officials register others (identity verified, facts attested or
/// verified). A graduate whose national ID is already on another account's unverified record, or on a record no account
/// holds, gets a 202 with an identity claim for an official to decide instead. Any other registered national ID is a 409
/// that names the existing record only to a caller who may read it; anyone else gets the same 409 without ids, so the
/// answer reveals no record outside the caller's scope. The talent tier is never declared (a 400 for graduates and HR).</summary>
public static class RegisterTalent
{
    public static async Task<IResult> HandleAsync(
        RegisterTalentRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (request.TalentTier is not null && (caller.IsGraduate || caller.IsEmployerHr))
        {
            throw new InvalidFieldException("talentTier", ProfileInput.TierRule);
        }

        var id = caller.IsGraduate ? TalentAccess.OwnTalentId(caller) : Guid.CreateVersion7();
        if (caller.IsGraduate && await store.GetAsync<Talent>(id, cancellationToken) is not null)
        {
            throw new RuleViolationException("This account already has a talent record.", "AlreadyRegistered", new Dictionary<string, object?> { ["existingTalentId"] = id });
        }

        _ = NationalId.TryParse(request.NationalId, out var nationalId, out _);
        var personKey = personalData.PersonKey(nationalId!.Value);
        var supplied = FactProvenance.Of(FactProvenance.SourceOf(caller.Role), caller.AccountId, time.GetUtcNow());
        if (await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken) is { } existing)
        {
            if (caller.IsGraduate && await OpenIdentityClaim.TryOpenAsync(store, caller, id, existing.TalentId, request, nationalId, personalData, supplied.At, cancellationToken) is { } claim)
            {
                return TypedResults.Accepted($"/api/identity-claims/{claim.Id}", IdentityClaimResponse.From(claim));
            }

            throw await AlreadyRegisteredAsync(store, caller, existing.TalentId, cancellationToken);
        }

        var talent = Talent.Register(
            id, request.FullName!, nationalId, personalData, request.Phone, request.Email, request.HukouHuzhou ?? false,
            request.TalentTier, ProfileInput.ToEducation(request.Education!), supplied, IdentityMethod.Registration);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
        Declarations.StageRegistration(unitOfWork, talent, request.HukouHuzhou is not null, supplied);
        unitOfWork.Publish(talent.ToRegisteredEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/talents/{talent.Id}", TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }

    private static async Task<RuleViolationException> AlreadyRegisteredAsync(IStore store, Caller caller, Guid talentId, CancellationToken cancellationToken)
    {
        const string Detail = "A talent with this national ID is already registered. HR records a hire of a registered person with the national ID and full name (POST /api/employers/{id}/hires).";
        var talent = await store.GetAsync<Talent>(talentId, cancellationToken);
        var employments = talent is null ? [] : await store.FindAsync<Employment>(e => e.TalentId == talentId, cancellationToken: cancellationToken);
        return talent is not null && TalentAccess.CanRead(caller, talent, employments)
            ? new RuleViolationException(Detail, "AlreadyRegistered", new Dictionary<string, object?> { ["existingTalentId"] = talentId, ["existing"] = $"/api/talents/{talentId}" })
            : new RuleViolationException(Detail, "AlreadyRegistered");
    }
}
