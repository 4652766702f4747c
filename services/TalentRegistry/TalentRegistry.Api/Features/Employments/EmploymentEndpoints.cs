using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

public static class EmploymentEndpoints
{
    public static IEndpointRouteBuilder MapEmploymentEndpoints(this IEndpointRouteBuilder app)
    {
        var employments = app.MapGroup("/api/talents/{id:guid}/employments").WithTags("Employments");
        employments.MapGet("/", ListEmployments.HandleAsync)
            .Allow(AccessScope.Record, "whoever may read the talent (reads by HR are audited)", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("ListEmployments")
            .WithSummary("A talent's employment records, by start date")
            .Produces<List<EmploymentResponse>>();
        employments.MapPost("/", DeclareEmployment.HandleAsync)
            .Validated<DeclareEmploymentRequest>()
            .ValidatedAsOfToday<DeclareEmploymentRequest>()
            .Allow(AccessScope.Record, "a talent in the caller's scope, at an employer the caller may record employments for: the graduate (any), HR (their employer), officials (their street), admins",
                Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("DeclareEmployment")
            .WithSummary("Add an employment record (declared; confirmed at once when HR of that employer records it)")
            .Produces<EmploymentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        employments.MapPost("/{employmentId:guid}/confirm", ConfirmEmployment.HandleAsync)
            .Allow(AccessScope.Record, "HR of the employment's employer, admins", Roles.EmployerHr, Roles.Admin)
            .WithName("ConfirmEmployment")
            .WithSummary("HR confirms a declared employment: the talent counts as intake this month (EmploymentConfirmed)")
            .Produces<EmploymentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        employments.MapPost("/{employmentId:guid}/end", EndEmployment.HandleAsync)
            .Validated<EndEmploymentRequest>()
            .ValidatedAsOfToday<EndEmploymentRequest>()
            .Allow(AccessScope.Record, "HR of the employment's employer, officials covering its street, admins", Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("EndEmployment")
            .WithSummary("End an employment (EmploymentEnded when it was confirmed)")
            .Produces<EmploymentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
