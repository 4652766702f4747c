using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Features.Employments;

namespace TalentPortal.TalentRegistry.Features.Employers;

public static class EmployerEndpoints
{
    public static IEndpointRouteBuilder MapEmployerEndpoints(this IEndpointRouteBuilder app)
    {
        var employers = app.MapGroup("/api/employers").WithTags("Employers");
        employers.MapGet("/", ListEmployers.HandleAsync)
            .Validated<ListEmployersQuery>()
            .WithName("ListEmployers")
            .WithSummary("The zone's employer registry, optionally filtered by street or industry chain")
            .Produces<List<EmployerResponse>>();
        employers.MapGet("/{id:guid}", ListEmployers.GetAsync)
            .WithName("GetEmployer")
            .WithSummary("One employer")
            .Produces<EmployerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        employers.MapPost("/", RegisterEmployer.HandleAsync)
            .Validated<RegisterEmployerRequest>()
            .RequireAuthorization(Roles.Official)
            .WithName("RegisterEmployer")
            .WithSummary("Register an employer (统一社会信用代码 checked, GB 32100); street officials in their street only")
            .Produces<EmployerResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        employers.MapGet("/{id:guid}/hires", ListHires.HandleAsync)
            .WithName("ListHires")
            .WithSummary("The employer's employment records (HR of the employer, officials covering its street)")
            .Produces<List<EmploymentResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        employers.MapPost("/{id:guid}/hires", HireTalent.HandleAsync)
            .Validated<HireTalentRequest>()
            .WithName("HireTalent")
            .WithSummary("HR confirms a hire of a registered talent by national ID (counts as intake)")
            .Produces<EmploymentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
