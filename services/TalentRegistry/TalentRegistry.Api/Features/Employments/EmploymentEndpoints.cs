using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.Employments;

public static class EmploymentEndpoints
{
    public static IEndpointRouteBuilder MapEmploymentEndpoints(this IEndpointRouteBuilder app)
    {
        var employments = app.MapGroup("/api/talents/{id:guid}/employments").WithTags("Employments");
        employments.MapGet("/", ListEmployments.HandleAsync)
            .WithName("ListEmployments")
            .WithSummary("A talent's employment records")
            .Produces<List<EmploymentResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        employments.MapPost("/", DeclareEmployment.HandleAsync)
            .Validated<DeclareEmploymentRequest>()
            .WithName("DeclareEmployment")
            .WithSummary("Add an employment record (declared; confirmed at once when HR of that employer records it)")
            .Produces<EmploymentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        employments.MapPost("/{employmentId:guid}/confirm", ConfirmEmployment.HandleAsync)
            .WithName("ConfirmEmployment")
            .WithSummary("HR confirms a declared employment: the talent counts as intake (EmploymentConfirmed)")
            .Produces<EmploymentResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        employments.MapPost("/{employmentId:guid}/end", EndEmployment.HandleAsync)
            .Validated<EndEmploymentRequest>()
            .WithName("EndEmployment")
            .WithSummary("End an employment (EmploymentEnded when it was confirmed)")
            .Produces<EmploymentResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
