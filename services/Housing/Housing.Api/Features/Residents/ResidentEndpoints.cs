using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Residents;

public static class ResidentEndpoints
{
    public static IEndpointRouteBuilder MapResidentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/housing/residents").WithTags("Residents")
            .MapGet("/{talentId:guid}", GetAsync)
            .Allow(AccessScope.Record, "the talent themself, officials whose scope covers the street of their current employment, zone officials, admins",
                Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetResident")
            .WithSummary("A talent as housing knows them (own record for graduates; officials of the street they work in)")
            .Produces<ResidentResponse>();
        return app;
    }

    private static async Task<IResult> GetAsync(Guid talentId, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var (resident, current) = await HousingAccess.LoadResidentAsync(store, Caller.From(http.User), talentId, cancellationToken);
        return TypedResults.Ok(new ResidentResponse(
            resident.Id, resident.DisplayName, resident.HighestDegree, resident.TalentTier, resident.KnownSince, resident.Version, current?.Street, current?.EmployerId));
    }
}
