using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
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

/// <summary>Registers a person: a graduate registers themself (their account's talent id), HR and officials register
/// others. A national ID registered already is a 409 that names the existing record only to a caller who may read it;
/// anyone else gets the same 409 without ids, so the answer reveals no record outside the caller's scope.</summary>
public static class RegisterTalent
{
    public static async Task<IResult> HandleAsync(
        RegisterTalentRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var id = caller.IsGraduate ? TalentAccess.OwnTalentId(caller) : Guid.CreateVersion7();
        if (caller.IsGraduate && await store.GetAsync<Talent>(id, cancellationToken) is not null)
        {
            throw new RuleViolationException("This account already has a talent record.", "AlreadyRegistered", new Dictionary<string, object?> { ["existingTalentId"] = id });
        }

        _ = NationalId.TryParse(request.NationalId, out var nationalId, out _);
        var personKey = personalData.PersonKey(nationalId!.Value);
        if (await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken) is { } existing)
        {
            throw await AlreadyRegisteredAsync(store, caller, existing.TalentId, cancellationToken);
        }

        var talent = Talent.Register(
            id, request.FullName!, nationalId, personalData, request.Phone, request.Email, request.HukouHuzhou ?? false,
            request.TalentTier, ProfileInput.ToEducation(request.Education!), caller.AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
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
