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
