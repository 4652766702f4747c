using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>"My policies", what-if, one talent's results for officials and HR, and HR's bulk screening of their hires.</summary>
public static class EligibilityEndpoints
{
    public static IEndpointRouteBuilder MapEligibilityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        group.MapGet("/me", MineAsync).RequireAuthorization(Roles.Graduate)
            .WithName("MyPolicies").WithSummary("Every policy for the signed-in graduate: result, reasons, amount, schedule and what would make them eligible")
            .Produces<TalentEligibilityResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/me/what-if", WhatIfAsync).Validated<WhatIfRequest>().RequireAuthorization(Roles.Graduate)
            .WithName("WhatIf").WithSummary("Re-evaluate every policy with some facts changed (e.g. 6 months of social insurance)")
            .Produces<WhatIfResponse>();
        group.MapGet("/talents/{talentId:guid}", TalentAsync)
            .WithName("TalentPolicies").WithSummary("One talent's results (officials; HR for their own hires)")
            .Produces<TalentEligibilityResponse>().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/employer", ScreenAsync).RequireAuthorization(Roles.EmployerHr)
            .WithName("ScreenHires").WithSummary("Bulk screening of all the employer's hires against all policies: who can claim what, what is missing")
            .Produces<IReadOnlyList<TalentEligibilityResponse>>();
        return app;
    }

    private static async Task<TalentFacts> FactsAsync(IStore store, Guid talentId, CancellationToken cancellationToken) =>
        await store.GetAsync<TalentFacts>(talentId, cancellationToken)
        ?? throw ProblemException.NotFound($"policy-matching has no facts for talent {talentId} yet; register the profile first.");

    private static TalentEligibilityResponse Respond(TalentFacts facts, Engine eligibility, DateOnly asOf) =>
        new(facts.Id, facts.DisplayName, asOf, [.. eligibility.Evaluate(facts, asOf).Select(PolicyResultResponse.From)]);

    private static async Task<IResult> MineAsync(DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var talentId = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.");
        var facts = await FactsAsync(store, talentId, cancellationToken);
        return TypedResults.Ok(Respond(facts, eligibility, asOf ?? eligibility.Today));
    }

    private static async Task<IResult> WhatIfAsync(WhatIfRequest request, HttpContext http, IStore store, Engine eligibility, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var talentId = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.");
        var facts = await FactsAsync(store, talentId, cancellationToken);
        var asOf = request.AsOf ?? eligibility.Today;
        var before = eligibility.Evaluate(facts, asOf);
        IReadOnlyList<Rules.Stacking.ResolvedBenefit> after;
        try
        {
            after = eligibility.Evaluate(facts, asOf, request.Overrides);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["overrides"] = [e.Message] });
        }

        var changes = after.Zip(before)
            .Where(p => p.First.Result.Outcome != p.Second.Result.Outcome || p.First.Result.Benefit?.Amount != p.Second.Result.Benefit?.Amount)
            .Select(p => new WhatIfChange(p.First.Result.PolicyCode, p.First.Result.PolicyName, p.Second.Result.Outcome.ToString(), p.First.Result.Outcome.ToString(), p.Second.Result.Benefit?.Amount, p.First.Result.Benefit?.Amount))
            .ToList();
        return TypedResults.Ok(new WhatIfResponse(talentId, asOf, request.Overrides!, changes, [.. after.Select(PolicyResultResponse.From)]));
    }

    private static async Task<IResult> TalentAsync(Guid talentId, DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var facts = await FactsAsync(store, talentId, cancellationToken);
        var allowed = (caller.IsGraduate && caller.TalentId == talentId)
            || (caller.IsEmployerHr && caller.EmployerId is { } employer && facts.EmployerId == employer)
            || caller.CoversStreet(facts.Street)
            || caller.SeesWholeZone;
        return allowed
            ? TypedResults.Ok(Respond(facts, eligibility, asOf ?? eligibility.Today))
            : throw ProblemException.Forbidden("You may not see this talent's results.");
    }

    private static async Task<IResult> ScreenAsync(DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken cancellationToken)
    {
        var employerId = Caller.From(http.User).EmployerId ?? throw ProblemException.Forbidden("This account is not bound to an employer.");
        var hires = await store.FindAsync<TalentFacts>(f => f.EmployerId == employerId, new QueryOptions<TalentFacts>(f => f.DisplayName), cancellationToken);
        var date = asOf ?? eligibility.Today;
        return TypedResults.Ok(hires.Select(f => Respond(f, eligibility, date)).ToList());
    }
}
