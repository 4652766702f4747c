using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Features.Employments;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employers;

public static class EmployerEndpoints
{
    public static IEndpointRouteBuilder MapEmployerEndpoints(this IEndpointRouteBuilder app)
    {
        var employers = app.MapGroup("/api/employers").WithTags("Employers");
        employers.MapGet("/", ListEmployers.HandleAsync)
            .Validated<ListEmployersQuery>()
            .Allow(AccessScope.Any, "every signed-in user: the employer registry is reference data", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("ListEmployers")
            .WithSummary("The zone's employer registry (a page), optionally filtered by street or industry chain")
            .Produces<List<EmployerResponse>>();
        employers.MapGet("/{id:guid}", ListEmployers.GetAsync)
            .Allow(AccessScope.Any, "every signed-in user: the employer registry is reference data", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("GetEmployer")
            .WithSummary("One employer")
            .Produces<EmployerResponse>();
        employers.MapPost("/", RegisterEmployer.HandleAsync)
            .Validated<RegisterEmployerRequest>()
            .Allow(AccessScope.Record, "zone officials and admins in any street; street officials in their own street (the body's street)", Roles.Official, Roles.Admin)
            .WithName("RegisterEmployer")
            .WithSummary("Register an employer (统一社会信用代码 checked, GB 32100); street officials in their street only")
            .Produces<EmployerResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        employers.MapGet("/{id:guid}/hires", ListHires.HandleAsync)
            .Allow(AccessScope.Record, "HR of the employer, officials covering its street, zone officials, admins", Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("ListHires")
            .WithSummary("The employer's employment records, newest first (a page)")
            .Produces<List<EmploymentResponse>>();
        employers.MapPost("/{id:guid}/hires", HireTalent.HandleAsync)
            .Validated<HireTalentRequest>()
            .ValidatedAsOfToday<HireTalentRequest>()
            .Allow(AccessScope.Record, "HR of the employer, admins", Roles.EmployerHr, Roles.Admin)
            .WithName("HireTalent")
            .WithSummary("HR confirms a hire of a registered talent by national ID and full name (counts as intake)")
            .Produces<EmploymentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
