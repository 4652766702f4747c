using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/talents/imports").WithTags("Imports");
        imports.MapPost("/", SubmitImport.HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerHr, Roles.Official, Roles.Admin))
            .Accepts<IFormFile>("text/csv", "multipart/form-data")
            .DisableAntiforgery()
            .WithName("SubmitImport")
            .WithSummary("Upload a CSV of talents and hires (UTF-8, Chinese or English headers); processed in the background")
            .Produces<ImportResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        imports.MapGet("/{jobId:guid}", GetImport.HandleAsync)
            .WithName("GetImport")
            .WithSummary("Progress (processed/total) and every rejected row with its reasons")
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
