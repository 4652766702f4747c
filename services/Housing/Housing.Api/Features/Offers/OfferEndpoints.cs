using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Infrastructure;
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
            .Allow(AccessScope.Record, "officials whose scope covers the unit's street and who can see the application, admins", Roles.Official, Roles.Admin)
            .WithName("MakeOffer")
            .WithSummary("Offer an available unit to a waiting application (officials covering the unit's street); skipReason when passing over earlier applications")
            .Produces<OfferResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        offers.MapGet("/{id:guid}", GetAsync)
            .Allow(AccessScope.Record, "the talent it was made to, officials whose scope covers the unit's street, admins", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetOffer")
            .WithSummary("One offer (its talent, or officials covering the street)")
            .Produces<OfferResponse>();
        offers.MapPost("/{id:guid}/accept", AcceptOffer.HandleAsync)
            .Allow(AccessScope.Record, "the talent the offer was made to", Roles.Graduate)
            .WithName("AcceptOffer")
            .WithSummary("Accept the offer before its deadline: the lease starts (the talent it was made to)")
            .Produces<LeaseResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        offers.MapPost("/{id:guid}/refuse", RefuseOffer.HandleAsync)
            .Validated<RefuseOfferRequest>()
            .Allow(AccessScope.Record, "the talent the offer was made to", Roles.Graduate)
            .WithName("RefuseOffer")
            .WithSummary("Refuse the offer: back on the list one band lower (the talent it was made to)")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        return TypedResults.Ok(OfferResponse.From(await HousingAccess.LoadOfferAsync(store, caller, id, HousingAccess.CanRead, cancellationToken), caller));
    }
}
