using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>HR of the applicant's employer confirms the employment the application relies on.</summary>
public static class ConfirmByEmployer
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.ConfirmsEmploymentAsync(caller, a, store, eligibility.Today, ct), ct);
        application.ConfirmByEmployer(ApplicationDecisions.ActorOf(caller), time.GetUtcNow());
        return await ApplicationDecisions.CommitAsync(store, application, caller, ct);
    }
}
