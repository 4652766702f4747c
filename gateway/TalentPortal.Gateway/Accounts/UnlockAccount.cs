using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Gateway.Accounts;

/// <summary>An admin clears a username's failed sign-ins (an official locked out by someone guessing their password);
/// logged with the admin's account.</summary>
public static partial class UnlockAccount
{
    public static IResult Handle(string username, HttpContext http, SignInGuard guard, ILogger<SignInGuard> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(guard);
        var hadFailures = guard.Unlock(username);
        var admin = Caller.From(http.User).AccountId;
        LogUnlocked(logger, username, admin, hadFailures);
        return TypedResults.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in for {Username} unlocked by admin {Admin} (it had failures: {HadFailures})")]
    private static partial void LogUnlocked(ILogger logger, string username, string admin, bool hadFailures);
}
