using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.Verifications;

public static class VerificationEndpoints
{
    public static IEndpointRouteBuilder MapVerificationEndpoints(this IEndpointRouteBuilder app)
    {
        var verifications = app.MapGroup("/api/verifications").WithTags("Verifications");
        verifications.MapGet("/", ListVerifications.HandleAsync)
            .Allow(AccessScope.Filtered, "zone officials and admins see every talent's; street officials those of talents with a current employment in their street",
                Roles.Official, Roles.Admin)
            .WithName("ListVerifications")
            .WithSummary("Declared facts to verify (a page, oldest first), optionally by state: fact, declared and verified value, masked talent")
            .Produces<List<VerificationResponse>>();
        verifications.MapPost("/{id:guid}/decision", DecideVerification.HandleAsync)
            .Validated<DecideVerificationRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the talent (a current employment in their street), zone officials, admins",
                Roles.Official, Roles.Admin)
            .WithName("DecideVerification")
            .WithSummary("Approve a declared fact (it becomes official) or reject it with a reason (back to the verified value); audited; a decided one is a 409")
            .Produces<VerificationResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/talents/{id:guid}/verifications", ListVerifications.OfTalentAsync)
            .WithTags("Verifications")
            .Allow(AccessScope.Record, "the graduate themself, officials whose scope covers the talent, admins", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("ListTalentVerifications")
            .WithSummary("A talent's declared facts and their verification state, newest first (a page)")
            .Produces<List<VerificationResponse>>();
        return app;
    }
}
