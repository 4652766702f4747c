using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Reads one talent within the caller's scope (<see cref="TalentAccess"/>). Officials and admins may reveal
/// the full national ID and phone; reveals and every read by HR are audited.</summary>
public static class GetTalent
{
    public static async Task<IResult> HandleAsync(
        Guid id, bool? reveal, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanRead, cancellationToken);
        var revealFull = reveal == true;
        if (revealFull)
        {
            TalentAccess.DemandReveal(caller);
        }

        await PersonalDataAudit.RecordAsync(store, caller, talent.Id, revealFull ? PersonalDataAudit.Reveal : PersonalDataAudit.ReadTalent, time, cancellationToken);
        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller, revealFull)));
    }
}
