using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The applicant resubmits an application returned for documents.</summary>
public static class ResubmitApplication
{
    public static async Task<IResult> HandleAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        RequestChecks.Ensure(request);
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.ActsForApplicantAsync(caller, a, store, eligibility.Today, ct), ct);
        application.Resubmit(ApplicationDecisions.ActorOf(caller), time.GetUtcNow(), request?.Reason);
        return await ApplicationDecisions.CommitAsync(store, application, caller, ct);
    }
}
