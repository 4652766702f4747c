namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>Roles carried in the gateway's tokens; also the names of the authorization policies.</summary>
public static class Roles
{
    public const string Graduate = "graduate";
    public const string EmployerHr = "employer-hr";
    public const string Official = "official";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Graduate, EmployerHr, Official, Admin];
}

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
