using Microsoft.AspNetCore.Identity;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Graduate self-registration: a new account with a fresh talent id, signed in at once. A username that cannot
/// be used answers the same way whatever the reason, and registrations are rate-limited per address.</summary>
public static class Registration
{
    public static async Task<IResult> HandleAsync(
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
            throw new RuleViolationException("This username cannot be registered; choose another.", "UsernameUnavailable");
        }

        return TypedResults.Created("/api/auth/me", SignIn.Token(account, issuer));
    }
}
