using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The reviewing official approves for the public notice (公示) of five working days.</summary>
public static class StartPublicNotice
{
    public static async Task<IResult> HandleAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        RequestChecks.Ensure(request);
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        application.StartPublicNotice(ApplicationDecisions.ActorOf(caller), time.GetUtcNow(), calendar, request?.Reason);
        return await ApplicationDecisions.CommitAsync(store, application, caller, ct, ApplicationDecisions.Decided(application, "PublicNotice", request?.Reason, caller, time));
    }
}
