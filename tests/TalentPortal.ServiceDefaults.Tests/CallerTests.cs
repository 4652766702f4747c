using System.Security.Claims;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.ServiceDefaults.Tests;

public sealed class CallerTests
{
    private static Caller From(string role, string? street = null) =>
        Caller.From(new ClaimsPrincipal(new ClaimsIdentity(
            new[] { new Claim(PortalClaims.Subject, "a1"), new Claim(PortalClaims.Role, role) }
                .Concat(street is null ? [] : [new Claim(PortalClaims.Street, street)]),
            "test")));

    [Fact]
    public void CoversStreet_streetOfficial_onlyTheirStreet()
    {
        var official = From(Roles.Official, "凤凰街道");

        Assert.True(official.CoversStreet("凤凰街道"));
        Assert.False(official.CoversStreet("龙溪街道"));
        Assert.False(official.SeesWholeZone);
    }

    [Fact]
    public void CoversStreet_zoneOfficialAndAdmin_everyStreet()
    {
        Assert.True(From(Roles.Official).CoversStreet("龙溪街道"));
        Assert.True(From(Roles.Admin).CoversStreet("滨湖街道"));
    }

    [Fact]
    public void CoversStreet_graduateOrHr_never()
    {
        Assert.False(From(Roles.Graduate).CoversStreet("凤凰街道"));
        Assert.False(From(Roles.EmployerHr, "凤凰街道").CoversStreet("凤凰街道"));
    }
}
