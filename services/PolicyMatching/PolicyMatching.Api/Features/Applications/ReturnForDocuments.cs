using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The reviewing official returns an application for documents, with a reason.</summary>
public static class ReturnForDocuments
{
    public static async Task<IResult> HandleAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        RequestChecks.Ensure(request);
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        application.ReturnForDocuments(ApplicationDecisions.ActorOf(caller), time.GetUtcNow(), request?.Reason!);
        return await ApplicationDecisions.CommitAsync(store, application, caller, ct, ApplicationDecisions.Decided(application, "Returned", request?.Reason, caller, time));
    }
}
