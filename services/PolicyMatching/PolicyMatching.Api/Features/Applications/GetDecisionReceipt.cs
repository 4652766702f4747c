using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The receipt of an approved application, for whoever may see the application.</summary>
public static class GetDecisionReceipt
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, EligibilityEvaluator eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.SeesApplicationAsync(caller, a, store, eligibility.Today, ct), ct);
        var receipt = await store.GetAsync<DecisionReceipt>(id, ct) ?? throw DecisionReceipts.NoReceipt(application);
        return TypedResults.Ok(ReceiptResponse.From(receipt, application));
    }
}
