using TalentPortal.Housing.Features.Leases;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

public static class OfferEndpoints
{
    public static IEndpointRouteBuilder MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var offers = app.MapGroup("/api/housing/offers").WithTags("Offers");
        offers.MapPost("/", MakeOffer.HandleAsync)
            .Validated<MakeOfferRequest>()
            .WithName("MakeOffer")
            .WithSummary("Offer an available unit to a waiting application (officials covering the unit's street)")
            .Produces<OfferResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        offers.MapGet("/{id:guid}", GetAsync)
            .WithName("GetOffer")
            .WithSummary("One offer (its talent, or officials covering the street)")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        offers.MapPost("/{id:guid}/accept", AcceptOffer.HandleAsync)
            .WithName("AcceptOffer")
            .WithSummary("Accept the offer before its deadline: the lease starts (the talent it was made to)")
            .Produces<LeaseResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        offers.MapPost("/{id:guid}/refuse", RefuseOffer.HandleAsync)
            .Validated<RefuseOfferRequest>()
            .WithName("RefuseOffer")
            .WithSummary("Refuse the offer: back on the list one band lower (the talent it was made to)")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(OfferResponse.From(await OfferLookup.ReadableAsync(store, Caller.From(http.User), id, cancellationToken)));
}
