using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Reads one talent within the caller's scope (<see cref="TalentAccess"/>); officials and admins may reveal
/// the full national ID and phone, which is audited.</summary>
public static class GetTalent
{
    public static async Task<IResult> HandleAsync(
        Guid id, bool? reveal, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.ReadableAsync(store, caller, id, cancellationToken);
        var revealFull = reveal == true;
        if (revealFull)
        {
            if (!caller.IsOfficial && !caller.IsAdmin)
            {
                throw ProblemException.Forbidden("Only officials may reveal full personal data.");
            }

            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Insert(new AuditEntry { Action = "reveal-personal-data", SubjectId = id, ActorId = caller.AccountId, ActorRole = caller.Role, At = time.GetUtcNow() });
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(TalentResponse.From(talent, personalData, revealFull));
    }
}
