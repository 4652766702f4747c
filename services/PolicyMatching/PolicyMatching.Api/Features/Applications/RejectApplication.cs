using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The reviewing official rejects an application before its public notice, with a reason.</summary>
public static class RejectApplication
{
    public static async Task<IResult> HandleAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        RequestChecks.Ensure(request);
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        application.Reject(ApplicationDecisions.ActorOf(caller), time.GetUtcNow(), request?.Reason!);
        return await ApplicationDecisions.CommitAsync(store, application, caller, ct, ApplicationDecisions.Decided(application, "Rejected", request?.Reason, caller, time));
    }
}
