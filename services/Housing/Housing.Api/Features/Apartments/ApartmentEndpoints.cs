using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Apartments;

public static class ApartmentEndpoints
{
    private static readonly string[] Everyone = [Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin];

    public static IEndpointRouteBuilder MapApartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/housing/projects").WithTags("Apartments");
        projects.MapGet("/", ListProjects.HandleAsync)
            .Allow(AccessScope.Any, "every signed-in user: the projects are public information", Everyone)
            .WithName("ListProjects")
            .WithSummary("Talent-apartment projects with their unit counts, by code (skip, take ≤ 500)")
            .Produces<List<ProjectResponse>>();
        projects.MapPost("/", CreateProject.HandleAsync)
            .Validated<CreateProjectRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the project's street, admins", Roles.Official, Roles.Admin)
            .WithName("CreateProject")
            .WithSummary("Add a project (officials covering its street)")
            .Produces<ProjectResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        projects.MapPost("/{id:guid}/units", CreateUnit.HandleAsync)
            .Validated<CreateUnitRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the project's street, admins", Roles.Official, Roles.Admin)
            .WithName("CreateUnit")
            .WithSummary("Add a unit to a project (officials covering its street)")
            .Produces<UnitResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var units = app.MapGroup("/api/housing/units").WithTags("Apartments");
        units.MapGet("/", ListUnits.HandleAsync)
            .Validated<ListUnitsQuery>()
            .Allow(AccessScope.Any, "every signed-in user: units and their status are public information", Everyone)
            .WithName("ListUnits")
            .WithSummary("Units by project and number, filtered by projectId, layout or status (skip, take ≤ 500)")
            .Produces<List<UnitResponse>>();
        units.MapGet("/{id:guid}", ListUnits.GetAsync)
            .Allow(AccessScope.Any, "every signed-in user: units and their status are public information", Everyone)
            .WithName("GetUnit")
            .WithSummary("One unit")
            .Produces<UnitResponse>();
        units.MapPut("/{id:guid}", ReviseUnit.HandleAsync)
            .Validated<ReviseUnitRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the unit's street, admins", Roles.Official, Roles.Admin)
            .WithName("ReviseUnit")
            .WithSummary("Change a unit's layout, area or rent, or withdraw it from letting (officials covering its street)")
            .Produces<UnitResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
