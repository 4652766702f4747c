using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Reads one talent. Graduates read only themselves; officials and admins read anyone and may reveal
/// the full national ID, which is audited.</summary>
public static class GetTalent
{
    public static async Task<IResult> HandleAsync(
        Guid id, bool? reveal, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var talent = await store.GetAsync<Talent>(id, cancellationToken) ?? throw ProblemException.NotFound($"Talent {id} does not exist.");
        var allowed = caller.IsGraduate ? caller.TalentId == id : caller.IsOfficial || caller.IsAdmin || (caller.IsEmployerHr && talent.RegisteredBy == caller.AccountId);
        if (!allowed)
        {
            throw ProblemException.Forbidden("You may not read this talent's record.");
        }

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
