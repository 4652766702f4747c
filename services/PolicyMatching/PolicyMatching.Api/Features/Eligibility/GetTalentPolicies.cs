using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>One talent's results, for the graduate themself, HR of their current employer and officials covering their street.</summary>
public static class GetTalentPolicies
{
    public static async Task<IResult> HandleAsync(Guid talentId, DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var today = eligibility.Today;
        var facts = await Access.LoadAsync<TalentFacts>(store, talentId, caller, f => Access.SeesResults(caller, f, today), "Talent", ct);
        return TypedResults.Ok(EligibilityEndpoints.Respond(facts, eligibility, RequestChecks.AsOf(asOf, today)));
    }
}
