using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace TalentPortal.ServiceDefaults.Auth;

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
