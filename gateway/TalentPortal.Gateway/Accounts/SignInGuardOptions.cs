namespace TalentPortal.Gateway.Accounts;

/// <summary>Settings of <see cref="SignInGuard"/> (configuration section "SignIn").</summary>
public sealed class SignInGuardOptions
{
    /// <summary>Failed attempts in a row allowed before each further attempt has to wait.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>Failed attempts in a row after which the username is locked for <see cref="LockDuration"/>.</summary>
    public int LockAfter { get; set; } = 10;

    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait between attempts before the lock (the wait doubles from one second).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(1);
}
