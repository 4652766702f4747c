using System.Security.Claims;

namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>Who is calling and what their token scopes them to.</summary>
public sealed record Caller(string AccountId, string Role, Guid? TalentId, Guid? EmployerId, string? Street)
{
    public bool IsGraduate => Role == Roles.Graduate;
    public bool IsEmployerHr => Role == Roles.EmployerHr;
    public bool IsOfficial => Role == Roles.Official;
    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>Zone-wide officials (no street in their token) and admins see every street.</summary>
    public bool SeesWholeZone => IsAdmin || (IsOfficial && Street is null);

    /// <summary>Officials and admins whose scope covers <paramref name="street"/>.</summary>
    public bool CoversStreet(string? street) => SeesWholeZone || (IsOfficial && street is not null && street == Street);

    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Caller(
            user.FindFirstValue(PortalClaims.Subject) ?? "",
            user.FindFirstValue(PortalClaims.Role) ?? "",
            Guid.TryParse(user.FindFirstValue(PortalClaims.TalentId), out var talent) ? talent : null,
            Guid.TryParse(user.FindFirstValue(PortalClaims.EmployerId), out var employer) ? employer : null,
            user.FindFirstValue(PortalClaims.Street) is { Length: > 0 } street ? street : null);
    }
}
