using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>JWT bearer validation of the gateway's tokens (keys from its JWKS) and one policy per role.</summary>
public static class AuthExtensions
{
    public const string DefaultIssuer = "talentportal-gateway";
    public const string DefaultAudience = "talentportal";

    public static IHostApplicationBuilder AddPortalAuthentication(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new CachingTokenHandler(TimeProvider.System) { MapInboundClaims = false });
                options.Authority = auth["Authority"] ?? "http://127.0.0.1:8080";
                options.RequireHttpsMetadata = auth.GetValue("RequireHttpsMetadata", false);
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ValidIssuer = auth["Issuer"] ?? DefaultIssuer;
                options.TokenValidationParameters.ValidAudience = auth["Audience"] ?? DefaultAudience;
                options.TokenValidationParameters.RoleClaimType = PortalClaims.Role;
                options.TokenValidationParameters.NameClaimType = PortalClaims.Name;
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Graduate, p => p.RequireRole(Roles.Graduate))
            .AddPolicy(Roles.EmployerHr, p => p.RequireRole(Roles.EmployerHr))
            .AddPolicy(Roles.Official, p => p.RequireRole(Roles.Official, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return builder;
    }
}
