using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The reviewing official upholds an objection (the application is rejected) or dismisses it (the notice runs on).</summary>
public static class ResolveObjection
{
    public static async Task<IResult> HandleAsync(Guid id, Guid objectionId, ResolveObjectionRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        var objection = await store.GetAsync<Objection>(objectionId, ct) is { } found && found.ApplicationId == application.Id
            ? found
            : throw ProblemException.NotFound($"Application {id} has no objection {objectionId}.");
        application.ResolveObjection(objection, request.Upheld!.Value, ApplicationDecisions.ActorOf(caller), time.GetUtcNow(), request.Resolution!);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        unitOfWork.Update(objection);
        if (application.State == ApplicationState.Rejected)
        {
            unitOfWork.Publish(ApplicationDecisions.Decided(application, "Rejected", request.Resolution, caller, time));
        }

        await unitOfWork.CommitAsync(ct);
        return TypedResults.Ok(await ApplicationDecisions.ViewAsync(store, application, caller, ct));
    }
}
