namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>Claim types in the gateway's tokens.</summary>
public static class PortalClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string TalentId = "talent_id";
    public const string EmployerId = "employer_id";
    public const string Street = "street";
}
