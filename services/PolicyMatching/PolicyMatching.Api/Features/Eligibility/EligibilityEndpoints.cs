using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>"My policies", what-if, one talent's results for officials and HR, and HR's bulk screening of their hires.</summary>
public static partial class EligibilityEndpoints
{
    public const int DefaultScreeningTake = 50;
    public const int MaxScreeningTake = 200;

    public static IEndpointRouteBuilder MapEligibilityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        group.MapGet("/me", MineAsync)
            .Allow(AccessScope.Any, "the signed-in graduate, for themself", Roles.Graduate)
            .WithName("MyPolicies").WithSummary("Every policy for the signed-in graduate: result, reasons, amount, schedule and what would make them eligible")
            .Produces<TalentEligibilityResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/me/what-if", WhatIfAsync).Validated<WhatIfRequest>()
            .Allow(AccessScope.Any, "the signed-in graduate, for themself", Roles.Graduate)
            .WithName("WhatIf").WithSummary("Re-evaluate every policy with some facts changed (e.g. 6 months of social insurance)")
            .Produces<WhatIfResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/talents/{talentId:guid}", TalentAsync)
            .Allow(AccessScope.Record, "the graduate themself; HR of their current employer; officials covering their street", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("TalentPolicies").WithSummary("One talent's results (officials; HR for their own hires)")
            .Produces<TalentEligibilityResponse>();
        group.MapGet("/employer", ScreenAsync)
            .Allow(AccessScope.Filtered, "HR, for the people their employer employs now", Roles.EmployerHr)
            .WithName("ScreenHires").WithSummary("Bulk screening of the employer's current hires against all policies (paged): who can claim what, what is missing")
            .Produces<IReadOnlyList<TalentEligibilityResponse>>();
        return app;
    }

    private static TalentEligibilityResponse Respond(TalentFacts facts, Engine eligibility, DateOnly asOf) =>
        new(facts.Id, facts.DisplayName, asOf, [.. eligibility.Evaluate(facts, asOf).Select(PolicyResultResponse.From)]);

    private static Task<TalentFacts> OwnFactsAsync(Caller caller, IStore store, CancellationToken ct)
    {
        var talentId = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.");
        return Access.LoadAsync<TalentFacts>(store, talentId, caller, _ => true, "Talent", ct);
    }

    private static async Task<IResult> MineAsync(DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var date = RequestChecks.AsOf(asOf, eligibility.Today);
        var facts = await OwnFactsAsync(Caller.From(http.User), store, ct);
        return TypedResults.Ok(Respond(facts, eligibility, date));
    }

    private static async Task<IResult> WhatIfAsync(WhatIfRequest request, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var asOf = RequestChecks.AsOf(request.AsOf, eligibility.Today);
        var facts = await OwnFactsAsync(Caller.From(http.User), store, ct);
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

    private static async Task<IResult> TalentAsync(Guid talentId, DateOnly? asOf, HttpContext http, IStore store, Engine eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var today = eligibility.Today;
        var facts = await Access.LoadAsync<TalentFacts>(store, talentId, caller, f => Access.SeesResults(caller, f, today), "Talent", ct);
        return TypedResults.Ok(Respond(facts, eligibility, RequestChecks.AsOf(asOf, today)));
    }

    /// <summary>The current hires, a page at a time; a record that cannot be evaluated is reported as such, never
    /// failing the whole screening.</summary>
    private static async Task<IResult> ScreenAsync(DateOnly? asOf, int? skip, int? take, HttpContext http, IStore store, Engine eligibility, ILogger<Engine> logger, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var today = eligibility.Today;
        var date = RequestChecks.AsOf(asOf, today);
        var page = Page.Of(skip, take, DefaultScreeningTake, MaxScreeningTake);
        var employerId = caller.EmployerId ?? throw ProblemException.Forbidden("This account is not bound to an employer.");
        var hires = await Filters.PageAsync(
            (from, count) => store.FindAsync<TalentFacts>(f => f.EmployerId == employerId, new QueryOptions<TalentFacts>(f => f.DisplayName, Skip: from, Take: count), ct),
            f => Task.FromResult(Access.Employs(caller, f, today)),
            page);
        var screened = new List<TalentEligibilityResponse>(hires.Count);
        foreach (var facts in hires)
        {
            try
            {
                screened.Add(Respond(facts, eligibility, date));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
            {
                LogUnevaluable(logger, e, facts.Id);
                screened.Add(new TalentEligibilityResponse(facts.Id, facts.DisplayName, date, []) { Problem = "This person's record could not be evaluated; an official has been told." });
            }
        }

        return TypedResults.Ok(screened);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Talent {TalentId}'s record could not be evaluated")]
    private static partial void LogUnevaluable(ILogger logger, Exception exception, Guid talentId);
}
