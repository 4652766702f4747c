using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>The graduate re-evaluates every policy with some of their facts changed, and sees what would change.</summary>
public static class WhatIf
{
    public static async Task<IResult> HandleAsync(WhatIfRequest request, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var asOf = RequestChecks.AsOf(request.AsOf, eligibility.Today);
        var facts = await EligibilityEndpoints.OwnFactsAsync(Caller.From(http.User), store, ct);
        var before = eligibility.Evaluate(facts, asOf);
        IReadOnlyList<Rules.Stacking.ResolvedBenefit> after;
        try
        {
            after = eligibility.Evaluate(facts, asOf, request.Overrides);
        }
        catch (ArgumentException e)
        {
            throw new InvalidFieldException("overrides", e.Message);
        }

        var changes = after.Zip(before)
            .Where(p => p.First.Result.Outcome != p.Second.Result.Outcome || p.First.Result.Benefit?.Amount != p.Second.Result.Benefit?.Amount)
            .Select(p => new WhatIfChange(p.First.Result.PolicyCode, p.First.Result.PolicyName, p.Second.Result.Outcome.ToString(), p.First.Result.Outcome.ToString(), p.Second.Result.Benefit?.Amount, p.First.Result.Benefit?.Amount))
            .ToList();
        return TypedResults.Ok(new WhatIfResponse(facts.Id, asOf, request.Overrides!, changes, [.. after.Select(PolicyResultResponse.From)]));
    }
}
