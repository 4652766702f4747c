namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>Who may call an endpoint and in what scope. Declared once where the endpoint (or its group) is mapped,
/// enforced by the roles policy here and by the service's scoped loader, written into the OpenAPI document, and
/// checked for every endpoint by the authorization matrix tests.</summary>
public sealed record AccessRule(IReadOnlyList<string> Roles, AccessScope Scope, string Who)
{
    /// <summary>Anyone, signed in or not.</summary>
    public bool IsPublic => Roles.Count == 0;

    /// <summary>One line for the API documentation.</summary>
    public string Describe() => IsPublic
        ? $"Access: public (no token needed) — {Who}."
        : $"Access: {string.Join(", ", Roles)} — {Who}.";
}
