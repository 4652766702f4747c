using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Facts;

public static class TalentFactsEndpoints
{
    public static IEndpointRouteBuilder MapTalentFactsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/talent-facts").WithTags("Talent facts")
            .MapGet("/{talentId:guid}", GetAsync)
            .Allow(AccessScope.Record, "the graduate themself; officials covering their street (zone officials and admins: all)", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetTalentFacts")
            .WithSummary("What policy-matching knows about a talent")
            .Produces<TalentFactsResponse>();
        return app;
    }

    private static async Task<IResult> GetAsync(Guid talentId, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var facts = await PolicyMatchingAccess.LoadAsync<Domain.TalentFacts>(
            store, talentId, caller, f => PolicyMatchingAccess.SeesFacts(caller, f), "Talent", cancellationToken);
        return TypedResults.Ok(new TalentFactsResponse(
            facts.Id, facts.DisplayName, facts.BirthDate, facts.HukouHuzhou, facts.TalentTier, facts.Education.Count, facts.EventsApplied, facts.Version,
            facts.IdentityStatus,
            facts.Provenance.ToDictionary(p => p.Key, p => new FactProvenanceResponse(p.Value.Source, p.Value.By, p.Value.At, p.Value.EvidenceIds), StringComparer.Ordinal),
            facts.OwnsHomeLocally,
            facts.FirstHomePurchase));
    }
}
