using System.Security.Claims;
using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Account;

/// <summary>The claims of the portal's cookie. The access token is one of them: the cookie is encrypted by data
/// protection and HTTP-only, so page scripts never see the token.</summary>
public static class PortalClaims
{
    public const string AccessToken = "access_token";
    public const string Street = "street";

    public const string Graduate = "graduate";
    public const string Official = "official";
    public const string Admin = "admin";

    public static ClaimsPrincipal From(string username, SignInResult signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, username),
            new(ClaimTypes.Name, signIn.DisplayName),
            new(ClaimTypes.Role, signIn.Role),
            new(AccessToken, signIn.AccessToken),
        };
        if (signIn.Street is { Length: > 0 } street)
        {
            claims.Add(new Claim(Street, street));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PortalAuthentication.Scheme));
    }

    /// <summary>Where a user lands after signing in.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole(Official) || user.IsInRole(Admin) ? "/review" : user.IsInRole(Graduate) ? "/me/policies" : "/";
}
