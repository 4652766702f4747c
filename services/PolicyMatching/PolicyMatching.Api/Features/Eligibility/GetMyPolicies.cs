using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>Every policy for the signed-in graduate: result, reasons, amount, schedule and what would make them eligible.</summary>
public static class GetMyPolicies
{
    public static async Task<IResult> HandleAsync(DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var date = RequestChecks.AsOf(asOf, eligibility.Today);
        var facts = await EligibilityEndpoints.OwnFactsAsync(Caller.From(http.User), store, ct);
        return TypedResults.Ok(EligibilityEndpoints.Respond(facts, eligibility, date));
    }
}
