using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Gateway.Accounts;
using TalentPortal.Testing;

namespace TalentPortal.Gateway.Tests;

/// <summary>A gateway whose sign-in guard runs on a clock the test moves, with a high login limit per address so the
/// username guard is what is tested.</summary>
public sealed class GuardedGatewayFactory : GatewayFactory
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SignInGuard>(sp, (TimeProvider)Clock)));
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Gateway:RateLimit:LoginPermitsPerMinute"] = "1000",
        ["SignIn:FreeFailures"] = "3",
        ["SignIn:LockAfter"] = "5",
        ["SignIn:LockDuration"] = "00:15:00",
    };
}

public sealed class SignInGuardTests(GuardedGatewayFactory factory) : IClassFixture<GuardedGatewayFactory>
{
    private async Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password });

    private async Task<string> RegisterAsync()
    {
        var username = $"g{Guid.NewGuid():N}"[..16];
        var created = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { username, password = "Right-password-1", displayName = "林一" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return username;
    }

    [Fact]
    public async Task Login_repeatedFailures_pauseThenLockTheUsername_evenForTheRightPassword()
    {
        var username = await RegisterAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(username, "wrong-password")).StatusCode);
        }

        var paused = await LoginAsync(username, "Right-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.NotNull(paused.Headers.RetryAfter?.Delta);

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(username, "wrong-password")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(username, "wrong-password")).StatusCode);

        var locked = await LoginAsync(username, "Right-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("Sign-in locked", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, "Right-password-1")).StatusCode);
    }

    [Fact]
    public async Task Login_unknownUsername_isAnsweredAndLockedExactlyLikeAKnownOne()
    {
        var known = await RegisterAsync();
        var unknown = $"n{Guid.NewGuid():N}"[..16];
        var answers = new List<(string Known, string Unknown)>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await AnswerAsync(known), await AnswerAsync(unknown)));
        }

        Assert.All(answers, pair => Assert.Equal(pair.Known, pair.Unknown));
        Assert.StartsWith("429 Sign-in paused", answers[^1].Unknown, StringComparison.Ordinal);

        async Task<string> AnswerAsync(string username)
        {
            var response = await LoginAsync(username, "wrong-password");
            var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
            return $"{(int)response.StatusCode} {title}";
        }
    }

    [Fact]
    public async Task Login_unknownUsername_costsAPasswordHashLikeAKnownOne()
    {
        var hasher = (PasswordHasher<Account>)factory.Services.GetRequiredService<IPasswordHasher<Account>>();
        var counting = new CountingHasher(hasher);
        await SignIn.HandleAsync(
            new LoginRequest($"n{Guid.NewGuid():N}", "whatever-1"), new DefaultHttpContext(), factory.Services.GetRequiredService<TalentPortal.Storage.IStore>(),
            factory.Services.GetRequiredService<TokenIssuer>(), counting, factory.Services.GetRequiredService<SignInGuard>(), CancellationToken.None);

        Assert.Equal(1, counting.Verifications);
    }

    [Fact]
    public async Task Unlock_byAnAdmin_letsALockedUsernameSignInAtOnce()
    {
        var username = await RegisterAsync();
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(username, "wrong-password");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(username, "Right-password-1")).StatusCode);
        var admin = (await (await LoginAsync("admin", "Demo#2026admin")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var unlock = new HttpRequestMessage(HttpMethod.Post, $"/api/auth/accounts/{username}/unlock") { Headers = { Authorization = new("Bearer", admin) } };
        using var graduate = new HttpRequestMessage(HttpMethod.Post, $"/api/auth/accounts/{username}/unlock")
        {
            Headers = { Authorization = new("Bearer", (await (await LoginAsync(await RegisterAsync(), "Right-password-1")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()) },
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient().SendAsync(graduate)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await factory.CreateClient().SendAsync(unlock)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, "Right-password-1")).StatusCode);
    }

    private sealed class CountingHasher(PasswordHasher<Account> inner) : IPasswordHasher<Account>
    {
        public int Verifications { get; private set; }

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
