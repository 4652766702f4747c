using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Residents;

public sealed record ResidentResponse(Guid TalentId, string DisplayName, string? HighestDegree, string? TalentTier, DateTimeOffset KnownSince, long Version);

public static class ResidentEndpoints
{
    public static IEndpointRouteBuilder MapResidentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/housing/residents").WithTags("Residents")
            .MapGet("/{talentId:guid}", GetAsync)
            .WithName("GetResident")
            .WithSummary("A talent as housing knows them (own record for graduates; officials see all)")
            .Produces<ResidentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid talentId, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (!(caller.IsOfficial || caller.IsAdmin || (caller.IsGraduate && caller.TalentId == talentId)))
        {
            throw ProblemException.Forbidden("You may not read this resident record.");
        }

        var resident = await store.GetAsync<Resident>(talentId, cancellationToken)
            ?? throw ProblemException.NotFound($"housing has no record of talent {talentId} yet.");
        return TypedResults.Ok(new ResidentResponse(resident.Id, resident.DisplayName, resident.HighestDegree, resident.TalentTier, resident.KnownSince, resident.Version));
    }
}
