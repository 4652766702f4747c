using System.Security.Claims;
using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Account;

/// <summary>The claims of the portal's cookie. The access token is one of them: the cookie is encrypted by data
/// protection and HTTP-only, so page scripts never see the token.</summary>
public static class PortalClaims
{
    public const string AccessToken = "access_token";
    public const string Street = "street";
    public const string TalentId = "talent_id";
    public const string EmployerId = "employer_id";

    public const string Graduate = "graduate";
    public const string EmployerHr = "employer-hr";
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
        if (signIn.TalentId is { } talentId)
        {
            claims.Add(new Claim(TalentId, talentId.ToString()));
        }

        if (signIn.EmployerId is { } employerId)
        {
            claims.Add(new Claim(EmployerId, employerId.ToString()));
        }

        if (signIn.Street is { Length: > 0 } street)
        {
            claims.Add(new Claim(Street, street));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PortalAuthentication.Scheme));
    }

    /// <summary>Where a user lands after signing in.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole(Official) || user.IsInRole(Admin) ? "/review" : user.IsInRole(Graduate) ? "/me/policies"
        : user.IsInRole(EmployerHr) ? "/hr/hires" : "/";

    /// <summary>The talent record of a graduate's account, or the employer of an HR account, from the sign-in.</summary>
    public static Guid? IdOf(ClaimsPrincipal user, string claim) =>
        Guid.TryParse(user?.FindFirst(claim)?.Value, out var id) ? id : null;
}
