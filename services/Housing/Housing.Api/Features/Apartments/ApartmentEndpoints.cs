using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Apartments;

public static class ApartmentEndpoints
{
    public static IEndpointRouteBuilder MapApartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/housing/projects").WithTags("Apartments");
        projects.MapGet("/", ListProjects.HandleAsync)
            .WithName("ListProjects")
            .WithSummary("Talent-apartment projects with their unit counts")
            .Produces<List<ProjectResponse>>();
        projects.MapPost("/", CreateProject.HandleAsync)
            .Validated<CreateProjectRequest>()
            .WithName("CreateProject")
            .WithSummary("Add a project (officials covering its street)")
            .Produces<ProjectResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        projects.MapPost("/{id:guid}/units", CreateUnit.HandleAsync)
            .Validated<CreateUnitRequest>()
            .WithName("CreateUnit")
            .WithSummary("Add a unit to a project (officials covering its street)")
            .Produces<UnitResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var units = app.MapGroup("/api/housing/units").WithTags("Apartments");
        units.MapGet("/", ListUnits.HandleAsync)
            .WithName("ListUnits")
            .WithSummary("Units, filtered by projectId, layout or status")
            .Produces<List<UnitResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        units.MapGet("/{id:guid}", ListUnits.GetAsync)
            .WithName("GetUnit")
            .WithSummary("One unit")
            .Produces<UnitResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPut("/{id:guid}", ReviseUnit.HandleAsync)
            .Validated<ReviseUnitRequest>()
            .WithName("ReviseUnit")
            .WithSummary("Change a unit's layout, area or rent, or withdraw it from letting (officials covering its street)")
            .Produces<UnitResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
