using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Applications;

public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/housing/applications").WithTags("Applications");
        applications.MapPost("/", SubmitApplication.HandleAsync)
            .Validated<SubmitApplicationRequest>()
            .WithName("SubmitApplication")
            .WithSummary("Join the waiting list for a talent apartment (graduates holding the benefit)")
            .Produces<ApplicationResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapGet("/", ListApplications.HandleAsync)
            .WithName("ListApplications")
            .WithSummary("Own applications (graduates) or the waiting list in order (officials)")
            .Produces<List<ApplicationResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        applications.MapGet("/{id:guid}", GetApplication.HandleAsync)
            .WithName("GetApplication")
            .WithSummary("One application with its current offer and position")
            .Produces<ApplicationResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapGet("/{id:guid}/position", GetPosition.HandleAsync)
            .WithName("GetQueuePosition")
            .WithSummary("Queue position and expected wait, with its basis")
            .Produces<PositionResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapPost("/{id:guid}/withdraw", WithdrawApplication.HandleAsync)
            .WithName("WithdrawApplication")
            .WithSummary("Leave the waiting list (own application, while waiting)")
            .Produces<ApplicationResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
