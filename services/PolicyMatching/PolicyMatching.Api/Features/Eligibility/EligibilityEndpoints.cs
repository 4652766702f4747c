using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>"My policies", what-if, one talent's results for officials and HR, and HR's bulk screening of their hires.</summary>
public static class EligibilityEndpoints
{
    public const int DefaultScreeningTake = 50;
    public const int MaxScreeningTake = 200;

    public static IEndpointRouteBuilder MapEligibilityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        group.MapGet("/me", GetMyPolicies.HandleAsync)
            .Allow(AccessScope.Any, "the signed-in graduate, for themself", Roles.Graduate)
            .WithName("MyPolicies").WithSummary("Every policy for the signed-in graduate: result, reasons, amount, schedule and what would make them eligible")
            .Produces<TalentEligibilityResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/me/what-if", WhatIf.HandleAsync).Validated<WhatIfRequest>()
            .Allow(AccessScope.Any, "the signed-in graduate, for themself", Roles.Graduate)
            .WithName("WhatIf").WithSummary("Re-evaluate every policy with some facts changed (e.g. 6 months of social insurance)")
            .Produces<WhatIfResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/talents/{talentId:guid}", GetTalentPolicies.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself; HR of their current employer; officials covering their street", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("TalentPolicies").WithSummary("One talent's results (officials; HR for their own hires)")
            .Produces<TalentEligibilityResponse>();
        group.MapGet("/employer", ScreenHires.HandleAsync)
            .Allow(AccessScope.Filtered, "HR, for the people their employer employs now", Roles.EmployerHr)
            .WithName("ScreenHires").WithSummary("Bulk screening of the employer's current hires against all policies (paged): who can claim what, what is missing")
            .Produces<IReadOnlyList<TalentEligibilityResponse>>();
        return app;
    }

    internal static TalentEligibilityResponse Respond(TalentFacts facts, Engine eligibility, DateOnly asOf) =>
        new(facts.Id, facts.DisplayName, asOf, [.. eligibility.Evaluate(facts, asOf).Select(PolicyResultResponse.From)]);

    internal static Task<TalentFacts> OwnFactsAsync(Caller caller, IStore store, CancellationToken ct)
    {
        var talentId = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.");
        return Access.LoadAsync<TalentFacts>(store, talentId, caller, _ => true, "Talent", ct);
    }
}
