using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Sign-in with a local account. A wrong password and an unknown username get the same answer after the same
/// hashing work; repeated failures for one username slow down and then lock it (<see cref="SignInGuard"/>).</summary>
public static class SignIn
{
    // Verified against when the username is unknown, so an unknown user costs the same hashing time as a known one.
    private static readonly Lazy<(Account Account, string Hash)> Decoy = new(() =>
    {
        var account = new Account { Username = "-" };
        return (account, new PasswordHasher<Account>().HashPassword(account, Guid.NewGuid().ToString("N")));
    });

    public static async Task<IResult> HandleAsync(
        LoginRequest request, HttpContext http, IStore store, TokenIssuer issuer, IPasswordHasher<Account> hasher, SignInGuard guard,
        CancellationToken cancellationToken)
    {
        var username = request.Username!.Trim();
        if (guard.WaitFor(username) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Paused(username, wait, guard.IsLocked(username));
        }

        var account = (await store.FindAsync<Account>(a => a.Username == username, new QueryOptions<Account>(Take: 1), cancellationToken)) is [var found, ..] ? found : null;
        var verdict = PasswordVerificationResult.Failed;
        if (account is null)
        {
            hasher.VerifyHashedPassword(Decoy.Value.Account, Decoy.Value.Hash, request.Password!);
        }
        else
        {
            verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!);
        }

        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            guard.Failed(username);
            return TypedResults.Problem(title: "Sign-in failed", detail: "The username or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }

        guard.Succeeded(username);
        return TypedResults.Ok(Token(account, issuer));
    }

    public static TokenResponse Token(Account account, TokenIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(issuer);
        var (token, expires) = issuer.Issue(account);
        return new TokenResponse(token, "Bearer", expires, account.Role, account.DisplayName, account.TalentId, account.EmployerId, account.Street);
    }

    private static ProblemHttpResult Paused(string username, TimeSpan wait, bool locked)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        var detail = locked
            ? $"Sign-in for {username} is locked for {Math.Ceiling(wait.TotalMinutes)} minutes after repeated failures. Try again later; officials and admins who cannot wait ask an admin to unlock the account."
            : $"Too many failed sign-ins for {username}. Wait {seconds} seconds before trying again.";
        return TypedResults.Problem(
            title: locked ? "Sign-in locked" : "Sign-in paused",
            detail: detail,
            statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
