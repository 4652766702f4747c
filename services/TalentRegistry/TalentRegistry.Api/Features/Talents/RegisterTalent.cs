using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record RegisterTalentRequest(
    string? FullName, string? NationalId, string? Phone, string? Email, bool? HukouHuzhou, string? TalentTier, IReadOnlyList<EducationInput>? Education)
    : IValidatableRequest
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
}

/// <summary>Registers a person: a graduate registers themself (their account's talent id), HR and officials register others.</summary>
public static class RegisterTalent
{
    public static async Task<IResult> HandleAsync(
        RegisterTalentRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        _ = NationalId.TryParse(request.NationalId, out var nationalId, out _);
        var personKey = personalData.PersonKey(nationalId!.Value);
        if (await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken) is { } existing)
        {
            throw ProblemException.Conflict(
                $"A talent with national ID {nationalId.Masked} is already registered.",
                new Dictionary<string, object?> { ["existingTalentId"] = existing.TalentId, ["existing"] = $"/api/talents/{existing.TalentId}" });
        }

        Guid id;
        if (caller.IsGraduate)
        {
            id = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent id to register.");
            if (await store.GetAsync<Talent>(id, cancellationToken) is not null)
            {
                throw ProblemException.Conflict("This account already has a talent record.", new Dictionary<string, object?> { ["existingTalentId"] = id });
            }
        }
        else
        {
            id = Guid.CreateVersion7();
        }

        var talent = Talent.Register(
            id, request.FullName!, nationalId, personalData, request.Phone, request.Email, request.HukouHuzhou ?? false,
            request.TalentTier, ProfileInput.ToEducation(request.Education!), caller.AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
        unitOfWork.Publish(talent.ToRegisteredEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/talents/{talent.Id}", TalentResponse.From(talent, personalData, reveal: false));
    }
}
