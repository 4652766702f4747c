using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record UpdateProfileRequest(
    string? Phone, string? Email, bool? HukouHuzhou, string? TalentTier, bool? OwnsHomeLocally, IReadOnlyList<EducationInput>? Education, long? Version)
    : IValidatableRequest, IDatedRequest
{
    public void Validate(ValidationErrors errors) => ProfileInput.Validate(errors, Phone, Email, TalentTier, Education);

    public void Validate(ValidationErrors errors, DateOnly today) => ProfileInput.ValidateDates(errors, Education, today);
}

/// <summary>Replaces a talent's profile facts (contact, origin, tier, home ownership, education) and publishes
/// TalentProfileUpdated. The graduate themself, or an official/admin in scope; HR may not edit profiles. When
/// <c>version</c> is sent and the record changed since, the update is a 409.</summary>
public static class UpdateProfile
{
    public static async Task<IResult> HandleAsync(
        Guid id, UpdateProfileRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanEditProfile, cancellationToken);
        if (request.Version is { } expected && expected != talent.Version)
        {
            throw new RuleViolationException(
                $"Talent {id} was changed since version {expected}; reload and try again.", "Changed", new Dictionary<string, object?> { ["currentVersion"] = talent.Version });
        }

        var now = time.GetUtcNow();
        talent.UpdateProfile(
            personalData, request.Phone, request.Email, request.HukouHuzhou ?? talent.HukouHuzhou, request.TalentTier, request.OwnsHomeLocally,
            ProfileInput.ToEducation(request.Education!));
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(talent);
        unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }
}
