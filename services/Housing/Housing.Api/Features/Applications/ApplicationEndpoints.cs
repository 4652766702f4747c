using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Applications;

public static class ApplicationEndpoints
{
    private const string Readers = "the talent, officials whose street it can be housed in (no project preference, or a project in their street), zone officials, admins";

    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/housing/applications").WithTags("Applications");
        applications.MapPost("/", SubmitApplication.HandleAsync)
            .Validated<SubmitApplicationRequest>()
            .Allow(AccessScope.Any, "graduates, for themselves (the talent id of their account)", Roles.Graduate)
            .WithName("SubmitApplication")
            .WithSummary("Join the waiting list for a talent apartment (graduates holding an unused benefit)")
            .Produces<ApplicationResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapGet("/", ListApplications.HandleAsync)
            .Allow(AccessScope.Filtered, "graduates: their own; officials: the waiting list entries that can be housed in their street (zone officials and admins: all)",
                Roles.Official, Roles.Admin, Roles.Graduate)
            .WithName("ListApplications")
            .WithSummary("Own applications (graduates) or the waiting list in order (officials); skip, take ≤ 500")
            .Produces<List<ApplicationResponse>>();
        applications.MapGet("/{id:guid}", GetApplication.HandleAsync)
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetApplication")
            .WithSummary("One application with its current offer and position")
            .Produces<ApplicationResponse>();
        applications.MapGet("/{id:guid}/position", GetPosition.HandleAsync)
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("GetQueuePosition")
            .WithSummary("Queue position and expected wait, with its basis")
            .Produces<PositionResponse>();
        applications.MapPost("/{id:guid}/withdraw", WithdrawApplication.HandleAsync)
            .Allow(AccessScope.Record, "the talent whose application it is", Roles.Graduate)
            .WithName("WithdrawApplication")
            .WithSummary("Leave the waiting list (own application, while waiting)")
            .Produces<ApplicationResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
