using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Changes the profile fields a merge patch (<see cref="ProfilePatch"/>) names and publishes
/// TalentProfileUpdated when a fact changed. The graduate themself, or an official/admin in scope; HR may not edit
/// profiles. A value the graduate declares is self-declared and waits for an official (a verification); a verified value
/// it displaces is kept beside it (audited). Values from officials and admins are official at once. When
/// <c>version</c> is sent and the record changed since, the update is a 409.</summary>
public static class UpdateProfile
{
    public static async Task<IResult> HandleAsync(
        Guid id, JsonElement patch, HttpContext http, IStore store, PersonalData personalData, IOptions<JsonOptions> json, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var profile = ProfilePatch.Read(patch, json.Value.SerializerOptions, errors, Zone.Today(now));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanEditProfile, cancellationToken);
        if (profile.Version is { } expected && expected != talent.Version)
        {
            throw new RuleViolationException(
                $"Talent {id} was changed since version {expected}; reload and try again.", "Changed", new Dictionary<string, object?> { ["currentVersion"] = talent.Version });
        }

        var supplied = FactProvenance.Of(FactProvenance.SourceOf(caller.Role), caller.AccountId, now);
        var pending = await Declarations.PendingAsync(store, talent.Id, cancellationToken);
        var unitOfWork = store.BeginUnitOfWork();
        var changed = profile.Phone.Present || profile.Email.Present;
        if (profile.Phone.Present)
        {
            talent.ChangePhone(personalData, profile.Phone.Value);
        }

        if (profile.Email.Present)
        {
            talent.ChangeEmail(profile.Email.Value);
        }

        var factsChanged = false;
        foreach (var (fact, value) in profile.Facts)
        {
            if (talent.ChangeFact(fact, value, supplied) is { } change)
            {
                Declarations.Stage(unitOfWork, pending, talent, change, caller, supplied);
                factsChanged = true;
            }
        }

        if (changed || factsChanged)
        {
            unitOfWork.Update(talent);
            if (factsChanged)
            {
                unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }
}
