using Microsoft.AspNetCore.Identity;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

public sealed record RegisterGraduateRequest(string? Username, string? Password, string? DisplayName) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("username", Username, 64);
        if (Username is { } username && !string.IsNullOrWhiteSpace(username) && !IsUsername(username.Trim()))
        {
            errors.Add("username", "username must be 3 to 64 letters, digits or . _ - @, starting with a letter or digit.");
        }

        errors.Required("displayName", DisplayName, 50);
        errors.PlainText("displayName", DisplayName);
        if (Password is null || Password.Length < 8 || Password.Length > 128 || string.IsNullOrWhiteSpace(Password))
        {
            errors.Add("password", "password must be 8 to 128 characters, not only spaces.");
        }
        else if (Text.HasHiddenCharacters(Password))
        {
            errors.Add("password", "password may not contain control characters.");
        }
    }

    private static bool IsUsername(string value) =>
        value.Length is >= 3 and <= 64 && char.IsLetterOrDigit(value[0]) && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}

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
