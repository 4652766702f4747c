using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

public static class IdentityClaimEndpoints
{
    public static IEndpointRouteBuilder MapIdentityClaimEndpoints(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/identity-claims").WithTags("Identity claims");
        claims.MapGet("/", ListIdentityClaims.HandleAsync)
            .Allow(AccessScope.Filtered, "zone officials and admins see every claim; street officials those whose claimed record has a current employment in their street",
                Roles.Official, Roles.Admin)
            .WithName("ListIdentityClaims")
            .WithSummary("Identity claims to decide (a page, oldest first), optionally by state; national IDs masked")
            .Produces<List<IdentityClaimReviewResponse>>();
        claims.MapGet("/mine", ListOwnClaims.HandleAsync)
            .Allow(AccessScope.Any, "the graduate's own claims, found from their token", Roles.Graduate)
            .WithName("ListOwnIdentityClaims")
            .WithSummary("The calling graduate's identity claims with state, reason and the record the account holds once approved (a page)")
            .Produces<List<IdentityClaimResponse>>();
        claims.MapPost("/{id:guid}/decision", DecideIdentityClaim.HandleAsync)
            .Validated<DecideIdentityClaimRequest>()
            .Allow(AccessScope.Record, "zone officials and admins; street officials when the claimed record has a current employment in their street",
                Roles.Official, Roles.Admin)
            .WithName("DecideIdentityClaim")
            .WithSummary("Approve or reject an identity claim with a reason (audited); a decided claim is a 409")
            .Produces<IdentityClaimReviewResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
