using Microsoft.AspNetCore.Identity;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

public sealed record LoginRequest(string? Username, string? Password) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("username", Username, 64);
        errors.Required("password", Password, 128);
    }
}

public sealed record RegisterGraduateRequest(string? Username, string? Password, string? DisplayName) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("username", Username, 64);
        errors.Required("displayName", DisplayName, 50);
        if (Password is null || Password.Length < 8 || Password.Length > 128)
        {
            errors.Add("password", "password must be 8 to 128 characters.");
        }
    }
}

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string Role, string DisplayName, Guid? TalentId, Guid? EmployerId, string? Street);

/// <summary>Sign-in with local accounts, graduate self-registration, and the public keys services validate tokens with.</summary>
public static class AccountEndpoints
{
    private static readonly string[] SigningAlgorithms = ["ES256"];

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").AllowAnonymous();
        auth.MapPost("/login", LoginAsync).Validated<LoginRequest>().RequireRateLimiting(GatewayLimits.Login)
            .WithName("Login").WithSummary("Sign in; returns a short-lived access token").Produces<TokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/register", RegisterAsync).Validated<RegisterGraduateRequest>().RequireRateLimiting(GatewayLimits.Login)
            .WithName("RegisterGraduate").WithSummary("Create a graduate account and sign in").Produces<TokenResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/.well-known/jwks.json", (TokenIssuer issuer) => TypedResults.Json(issuer.Jwks())).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/.well-known/openid-configuration", (HttpContext http, TokenIssuer issuer) => TypedResults.Json(new
        {
            issuer = issuer.Issuer,
            jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/.well-known/jwks.json",
            id_token_signing_alg_values_supported = SigningAlgorithms,
        })).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, IStore store, TokenIssuer issuer, IPasswordHasher<Account> hasher, CancellationToken cancellationToken)
    {
        var username = request.Username!.Trim();
        var account = (await store.FindAsync<Account>(a => a.Username == username, new QueryOptions<Account>(Take: 1), cancellationToken)) is [var found, ..] ? found : null;
        var verdict = account is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!);
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            return TypedResults.Problem(title: "Sign-in failed", detail: "The username or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return TypedResults.Ok(Token(account, issuer));
    }

    private static async Task<IResult> RegisterAsync(
        RegisterGraduateRequest request, IStore store, TokenIssuer issuer, IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = new Account
        {
            Username = request.Username!.Trim(),
            DisplayName = request.DisplayName!.Trim(),
            Role = Roles.Graduate,
            TalentId = Guid.CreateVersion7(),
            CreatedAt = time.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, request.Password!);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(account);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw ProblemException.Conflict($"The username {account.Username} is taken.");
        }

        return TypedResults.Created("/api/auth/me", Token(account, issuer));
    }

    private static TokenResponse Token(Account account, TokenIssuer issuer)
    {
        var (token, expires) = issuer.Issue(account);
        return new TokenResponse(token, "Bearer", expires, account.Role, account.DisplayName, account.TalentId, account.EmployerId, account.Street);
    }
}
