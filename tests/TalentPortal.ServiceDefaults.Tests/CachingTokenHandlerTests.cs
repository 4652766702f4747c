using Microsoft.IdentityModel.Tokens;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.ServiceDefaults.Tests;

public sealed class CachingTokenHandlerTests
{
    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = AuthExtensions.DefaultIssuer,
        ValidAudience = AuthExtensions.DefaultAudience,
        IssuerSigningKey = TestTokens.SigningKey,
        ClockSkew = TimeSpan.Zero,
    };

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Validate_sameTokenTwice_returnsIndependentIdentitiesWithTheSameClaims()
    {
        var handler = new CachingTokenHandler(TimeProvider.System) { MapInboundClaims = false };
        var token = TestTokens.Issue(Roles.Official, street: "凤凰街道");

        var first = await handler.ValidateTokenAsync(token, Parameters);
        var second = await handler.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("凤凰街道", second.ClaimsIdentity.FindFirst(PortalClaims.Street)?.Value);
    }

    [Fact]
    public async Task Validate_tamperedTokenAfterTheGenuineOneWasCached_isRejected()
    {
        var handler = new CachingTokenHandler(TimeProvider.System) { MapInboundClaims = false };
        var token = TestTokens.Issue(Roles.Graduate, talentId: Guid.NewGuid());
        await handler.ValidateTokenAsync(token, Parameters);
        var parts = token.Split('.');
        var forged = TestTokens.Issue(Roles.Admin).Split('.')[1];

        var result = await handler.ValidateTokenAsync($"{parts[0]}.{forged}.{parts[2]}", Parameters);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Validate_cachedTokenAfterItExpired_isValidatedAgainAndRejected()
    {
        var clock = new Clock(DateTimeOffset.UtcNow);
        var handler = new CachingTokenHandler(clock) { MapInboundClaims = false };
        var token = TestTokens.Issue(Roles.Official);
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);

        clock.Now = clock.Now.AddMinutes(11);
        var parameters = Parameters.Clone();
        parameters.LifetimeValidator = (_, expires, _, _) => expires > clock.Now.UtcDateTime;

        Assert.False((await handler.ValidateTokenAsync(token, parameters)).IsValid);
    }
}
