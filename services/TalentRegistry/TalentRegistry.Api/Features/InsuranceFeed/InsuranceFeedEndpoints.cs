using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

public static class InsuranceFeedEndpoints
{
    /// <summary>Room for the multipart envelope around the file; the file itself is held to its own limit as it is read.</summary>
    private const long MultipartAllowance = 1024 * 1024;

    public static IEndpointRouteBuilder MapInsuranceFeedEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ServiceProvider.GetRequiredService<IOptions<InsuranceFeedOptions>>().Value;
        app.MapPost("/api/insurance-records/imports", ImportInsuranceRecords.HandleAsync)
            .WithTags("Insurance")
            .Allow(AccessScope.Any, "zone officials and admins (the bureau's file covers the whole zone); street officials are refused", Roles.Official, Roles.Admin)
            .Accepts<IFormFile>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxFileBytes + MultipartAllowance))
            .WithName("ImportInsuranceRecords")
            .WithSummary("Record the social-insurance bureau's monthly file (UTF-8 CSV or .xlsx, columns nationalId,creditCode,month,paid): per-row errors, idempotent per person, month and employer; refreshes each person's insurance facts and names declared months that differ")
            .Produces<InsuranceFeedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }
}
