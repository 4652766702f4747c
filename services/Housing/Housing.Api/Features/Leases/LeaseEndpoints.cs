using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Leases;

public static class LeaseEndpoints
{
    public static IEndpointRouteBuilder MapLeaseEndpoints(this IEndpointRouteBuilder app)
    {
        var leases = app.MapGroup("/api/housing/leases").WithTags("Leases");
        leases.MapGet("/", ListLeases.HandleAsync)
            .WithName("ListLeases")
            .WithSummary("Own leases (graduates) or the leases in the official's street or zone")
            .Produces<List<LeaseResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        leases.MapGet("/{id:guid}", ListLeases.GetAsync)
            .WithName("GetLease")
            .WithSummary("One lease (its tenant, or officials covering its street)")
            .Produces<LeaseResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        leases.MapGet("/{id:guid}/rent-schedule", GetRentSchedule.HandleAsync)
            .WithName("GetRentSchedule")
            .WithSummary("Monthly rent with the stepped discount, to the move-out or the term end")
            .Produces<RentScheduleResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        leases.MapPost("/{id:guid}/move-out", MoveOut.HandleAsync)
            .Validated<MoveOutRequest>()
            .WithName("MoveOut")
            .WithSummary("Record the move-out: the lease ends and the unit is free (tenant, or officials covering its street)")
            .Produces<LeaseResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
