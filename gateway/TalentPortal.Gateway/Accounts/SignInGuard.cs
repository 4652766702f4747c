using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TalentPortal.Gateway.Accounts;

/// <summary>
/// Slows down and then locks repeated failed sign-ins for one username, whatever address they come from (the address
/// limiter alone lets a botnet guess one account's password). Usernames that do not exist are treated exactly like
/// those that do, so neither the answer nor its timing tells whether an account exists. Kept in memory per gateway
/// replica; an admin can unlock a username (<c>POST /api/auth/accounts/{username}/unlock</c>).
/// </summary>
public sealed class SignInGuard(TimeProvider time, IOptions<SignInGuardOptions> options)
{
    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly SignInGuardOptions _options = options.Value;

    /// <summary>How long <paramref name="username"/> must still wait before another attempt, or null.</summary>
    public TimeSpan? WaitFor(string username)
    {
        var now = time.GetUtcNow();
        return _failures.TryGetValue(Key(username), out var failures) && failures.NotBefore > now ? failures.NotBefore - now : null;
    }

    /// <summary>True while the username is locked (not merely slowed down).</summary>
    public bool IsLocked(string username) =>
        _failures.TryGetValue(Key(username), out var failures) && failures.Count >= _options.LockAfter && failures.NotBefore > time.GetUtcNow();

    public void Failed(string username)
    {
        var now = time.GetUtcNow();
        if (_failures.Count >= MaxTracked)
        {
            Forget(now);
        }

        _failures.AddOrUpdate(
            Key(username),
            _ => Next(1, now),
            (_, previous) => Next(previous.Count + 1, now));
    }

    public void Succeeded(string username) => _failures.TryRemove(Key(username), out _);

    /// <summary>Clears the username's failures; true when there were any.</summary>
    public bool Unlock(string username) => _failures.TryRemove(Key(username), out _);

    private Failures Next(int count, DateTimeOffset now)
    {
        var wait = count >= _options.LockAfter ? _options.LockDuration
            : count >= _options.FreeFailures ? TimeSpan.FromSeconds(Math.Min(Math.Pow(2, count - _options.FreeFailures), _options.MaxDelay.TotalSeconds))
            : TimeSpan.Zero;
        return new Failures(count, now + wait, now);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (failures.NotBefore <= now && now - failures.LastAt > _options.LockDuration)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string username) => username.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset NotBefore, DateTimeOffset LastAt);
}
