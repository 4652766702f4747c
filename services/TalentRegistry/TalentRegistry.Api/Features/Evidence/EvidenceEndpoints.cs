using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Features.Evidence;

public static class EvidenceEndpoints
{
    /// <summary>Room for the multipart envelope and text fields around the document, held to its own limit as it is read.</summary>
    private const long MultipartAllowance = 64 * 1024;

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
        app.MapPost("/api/talents/{id:guid}/evidence", UploadEvidence.HandleAsync)
            .WithTags("Evidence")
            .Allow(AccessScope.Record, "the graduate themself, HR whose employer has a current employment of the talent", Roles.Graduate, Roles.EmployerHr)
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxFileBytes + MultipartAllowance))
            .WithName("UploadEvidence")
            .WithSummary("Upload a PDF, JPEG or PNG supporting a fact (multipart: fact, file, optional applicationId); the type comes from the content; attached to the fact's pending verification")
            .Produces<EvidenceResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/api/talents/{id:guid}/evidence", ListEvidence.HandleAsync)
            .WithTags("Evidence")
            .Allow(AccessScope.Record, "the graduate themself, officials whose scope covers the talent, admins", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("ListTalentEvidence")
            .WithSummary("A talent's evidence documents, newest first (a page): fact, name, type, size, sha256, state")
            .Produces<List<EvidenceResponse>>();
        var evidence = app.MapGroup("/api/evidence").WithTags("Evidence");
        evidence.MapGet("/{id:guid}/content", DownloadEvidence.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself, officials whose scope covers the talent, admins (audited)", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("DownloadEvidence")
            .WithSummary("Download a document as an attachment with its detected content type (nosniff); officials' and admins' downloads are audited; a withdrawn one is a 409")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "image/jpeg", "image/png")
            .ProducesProblem(StatusCodes.Status409Conflict);
        evidence.MapDelete("/{id:guid}", WithdrawEvidence.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself, HR of the employer that uploaded it", Roles.Graduate, Roles.EmployerHr)
            .WithName("WithdrawEvidence")
            .WithSummary("Withdraw a document no decision has used (its bytes are deleted); a used one is a 409 naming its state")
            .Produces<EvidenceResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
