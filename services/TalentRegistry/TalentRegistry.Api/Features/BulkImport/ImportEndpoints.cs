using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

public static class ImportEndpoints
{
    /// <summary>Room for the multipart envelope around the file; the file itself is held to its own limit as it is read.</summary>
    private const long MultipartAllowance = 1024 * 1024;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
        var imports = app.MapGroup("/api/talents/imports").WithTags("Imports");
        imports.MapPost("/", SubmitImport.HandleAsync)
            .Allow(AccessScope.Any, "HR for their employer, officials for their street (street officials) or the zone, admins; every row is held to that scope",
                Roles.EmployerHr, Roles.Official, Roles.Admin)
            .Accepts<IFormFile>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxFileBytes + MultipartAllowance))
            .WithName("SubmitImport")
            .WithSummary("Upload a file of talents and hires (UTF-8 CSV or .xlsx, Chinese or English headers); processed in the background")
            .Produces<ImportResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        imports.MapGet("/{jobId:guid}", GetImport.HandleAsync)
            .Allow(AccessScope.Record, "HR of the import's employer, officials covering its street, zone officials, admins, and the account that submitted it",
                Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("GetImport")
            .WithSummary("Progress (processed/total) and the rejected rows with their reasons (a page)")
            .Produces<ImportResponse>();
        return app;
    }
}
