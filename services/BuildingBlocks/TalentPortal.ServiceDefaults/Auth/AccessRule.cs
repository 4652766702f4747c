using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>How far an endpoint's answer depends on who the caller is, beyond their role.</summary>
public enum AccessScope
{
    /// <summary>No per-record scope: reference data, or the caller's own data found from their token.</summary>
    Any,

    /// <summary>The route names a record; a caller whose scope does not cover it gets 403 (404 when it does not exist).</summary>
    Record,

    /// <summary>A list the service filters to the caller's scope: records outside it are never in the answer.</summary>
    Filtered,
}

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

/// <summary>Declares an endpoint's <see cref="AccessRule"/>: on a route group when all its endpoints share it, else on
/// each endpoint, never both (the roles of two declarations would have to hold together).</summary>
public static class AccessRules
{
    /// <summary>Only callers with one of <paramref name="roles"/>, within <paramref name="scope"/> as
    /// <paramref name="who"/> describes it.</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, AccessScope scope, string who, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Length == 0 || roles.Any(r => !Auth.Roles.All.Contains(r)))
        {
            throw new ArgumentException($"Name one or more of the roles {string.Join(", ", Auth.Roles.All)}.", nameof(roles));
        }

        builder.WithMetadata(new AccessRule(roles, scope, who));
        return builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });
    }

    /// <summary>Anyone, without a token; <paramref name="why"/> says why that is safe.</summary>
    public static TBuilder Public<TBuilder>(this TBuilder builder, string why) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AccessRule([], AccessScope.Any, why));
        return builder.AllowAnonymous();
    }
}
