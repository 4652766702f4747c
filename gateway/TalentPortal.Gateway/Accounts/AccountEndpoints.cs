using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Sign-in with local accounts, graduate self-registration, unlocking a username, and the public keys services
/// validate tokens with.</summary>
public static class AccountEndpoints
{
    private static readonly string[] SigningAlgorithms = ["ES256"];

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/login", SignIn.HandleAsync)
            .Validated<LoginRequest>()
            .RequireRateLimiting(GatewayLimits.Login)
            .Public("anyone may try to sign in; limited per address and per username")
            .WithName("Login")
            .WithSummary("Sign in; returns a short-lived access token")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/register", Registration.HandleAsync)
            .Validated<RegisterGraduateRequest>()
            .RequireRateLimiting(GatewayLimits.Register)
            .Public("graduates register themselves; limited per address")
            .WithName("RegisterGraduate")
            .WithSummary("Create a graduate account and sign in")
            .Produces<TokenResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/me/talent-link", LinkTalentRecord.HandleAsync)
            .Allow(AccessScope.Any, "a graduate, for their own account (found from the token), once an official approved their claim to an existing record", Roles.Graduate)
            .WithName("LinkTalentRecord")
            .WithSummary("Point the graduate's account at the talent record an approved claim linked it to, and sign in again")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        auth.MapPost("/accounts/{username}/unlock", UnlockAccount.Handle)
            .Allow(AccessScope.Any, "admins, for a username locked after repeated failed sign-ins", Roles.Admin)
            .WithName("UnlockAccount")
            .WithSummary("Clear a username's failed sign-ins so it can sign in again at once")
            .Produces(StatusCodes.Status204NoContent);
        app.MapGet("/.well-known/jwks.json", (TokenIssuer issuer) => TypedResults.Json(issuer.Jwks()))
            .Public("public keys are public").ExcludeFromDescription();
        app.MapGet("/.well-known/openid-configuration", (HttpContext http, TokenIssuer issuer) => TypedResults.Json(new
        {
            issuer = issuer.Issuer,
            jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/.well-known/jwks.json",
            id_token_signing_alg_values_supported = SigningAlgorithms,
        })).Public("the discovery document names the issuer and its keys").ExcludeFromDescription();
        return app;
    }
}
