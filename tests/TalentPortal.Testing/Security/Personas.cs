using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Testing.Security;

/// <summary>The callers every endpoint is tried with: one per role, inside and outside the scope of the records a
/// service's fixture arranges.</summary>
public enum Persona
{
    Anonymous,
    GraduateSelf,
    GraduateOther,
    HrOwnEmployer,
    HrOtherEmployer,
    StreetOfficialOwnStreet,
    StreetOfficialOtherStreet,
    ZoneOfficial,
    Admin,
}

/// <summary>What "self", "own employer" and "own street" are in a service's fixture: the fixture's records belong to
/// the self talent, employed by the own employer, in the own street.</summary>
public sealed record PersonaScope(Guid SelfTalentId, Guid OwnEmployerId, string OwnStreet, string OtherStreet)
{
    public Guid OtherTalentId { get; } = Guid.CreateVersion7();
    public Guid OtherEmployerId { get; } = Guid.CreateVersion7();

    public static IReadOnlyList<Persona> All { get; } = Enum.GetValues<Persona>();

    public static string? RoleOf(Persona persona) => persona switch
    {
        Persona.Anonymous => null,
        Persona.GraduateSelf or Persona.GraduateOther => Roles.Graduate,
        Persona.HrOwnEmployer or Persona.HrOtherEmployer => Roles.EmployerHr,
        Persona.StreetOfficialOwnStreet or Persona.StreetOfficialOtherStreet or Persona.ZoneOfficial => Roles.Official,
        _ => Roles.Admin,
    };

    /// <summary>Whether the persona's scope covers the fixture's records (given its role may call the endpoint).</summary>
    public static bool CoversFixture(Persona persona) =>
        persona is Persona.GraduateSelf or Persona.HrOwnEmployer or Persona.StreetOfficialOwnStreet or Persona.ZoneOfficial or Persona.Admin;

    /// <summary>The persona that stands for <paramref name="role"/> with the broadest scope over the fixture.</summary>
    public static Persona InScope(string role) => role switch
    {
        Roles.Graduate => Persona.GraduateSelf,
        Roles.EmployerHr => Persona.HrOwnEmployer,
        Roles.Official => Persona.ZoneOfficial,
        _ => Persona.Admin,
    };

    /// <summary>A bearer token for <paramref name="persona"/>, or null for the anonymous caller.</summary>
    public string? TokenFor(Persona persona) => persona switch
    {
        Persona.Anonymous => null,
        Persona.GraduateSelf => TestTokens.Issue(Roles.Graduate, talentId: SelfTalentId),
        Persona.GraduateOther => TestTokens.Issue(Roles.Graduate, talentId: OtherTalentId),
        Persona.HrOwnEmployer => TestTokens.Issue(Roles.EmployerHr, employerId: OwnEmployerId),
        Persona.HrOtherEmployer => TestTokens.Issue(Roles.EmployerHr, employerId: OtherEmployerId),
        Persona.StreetOfficialOwnStreet => TestTokens.Issue(Roles.Official, street: OwnStreet),
        Persona.StreetOfficialOtherStreet => TestTokens.Issue(Roles.Official, street: OtherStreet),
        Persona.ZoneOfficial => TestTokens.Issue(Roles.Official),
        _ => TestTokens.Issue(Roles.Admin),
    };
}
