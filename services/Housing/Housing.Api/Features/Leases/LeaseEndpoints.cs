using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Leases;

public static class LeaseEndpoints
{
    private const string Readers = "the tenant, officials whose scope covers the unit's street, zone officials, admins";

    public static IEndpointRouteBuilder MapLeaseEndpoints(this IEndpointRouteBuilder app)
    {
        var leases = app.MapGroup("/api/housing/leases").WithTags("Leases");
        leases.MapGet("/", ListLeases.HandleAsync)
            .Allow(AccessScope.Filtered, "graduates: their own; street officials: their street; zone officials and admins: all", Roles.Official, Roles.Admin, Roles.Graduate)
            .WithName("ListLeases")
            .WithSummary("Own leases (graduates) or the leases in the official's street or zone, newest first; skip, take ≤ 500")
            .Produces<List<LeaseResponse>>();
        leases.MapGet("/{id:guid}", ListLeases.GetAsync)
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetLease")
            .WithSummary("One lease (its tenant, or officials covering its street)")
            .Produces<LeaseResponse>();
        leases.MapGet("/{id:guid}/rent-schedule", GetRentSchedule.HandleAsync)
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetRentSchedule")
            .WithSummary("Monthly rent with the stepped discount, to the move-out or the term end")
            .Produces<RentScheduleResponse>();
        leases.MapPost("/{id:guid}/move-out", MoveOut.HandleAsync)
            .Validated<MoveOutRequest>()
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("MoveOut")
            .WithSummary("Record the move-out day: the lease ends and the unit is free once that day has passed (tenant: today or later; officials covering its street: also earlier, with a reason)")
            .Produces<LeaseResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
