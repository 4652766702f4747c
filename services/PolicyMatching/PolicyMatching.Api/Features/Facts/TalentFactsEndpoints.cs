using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Facts;

public sealed record TalentFactsResponse(Guid TalentId, string DisplayName, DateOnly BirthDate, bool HukouHuzhou, string? TalentTier, int EducationRecords, int EventsApplied, long Version);

public static class TalentFactsEndpoints
{
    public static IEndpointRouteBuilder MapTalentFactsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/talent-facts").WithTags("Talent facts")
            .MapGet("/{talentId:guid}", GetAsync)
            .WithName("GetTalentFacts")
            .WithSummary("What policy-matching knows about a talent (own record for graduates; officials see all)")
            .Produces<TalentFactsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid talentId, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (!(caller.IsOfficial || caller.IsAdmin || (caller.IsGraduate && caller.TalentId == talentId)))
        {
            throw ProblemException.Forbidden("You may not read this talent's facts.");
        }

        var facts = await store.GetAsync<Domain.TalentFacts>(talentId, cancellationToken)
            ?? throw ProblemException.NotFound($"policy-matching has no facts for talent {talentId} yet.");
        return TypedResults.Ok(new TalentFactsResponse(
            facts.Id, facts.DisplayName, facts.BirthDate, facts.HukouHuzhou, facts.TalentTier, facts.Education.Count, facts.EventsApplied, facts.Version));
    }
}
