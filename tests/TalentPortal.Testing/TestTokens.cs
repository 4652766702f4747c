using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Testing;

/// <summary>Signs tokens the way the gateway does, with a test key the service under test is told to trust.</summary>
public static class TestTokens
{
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly JsonWebTokenHandler Handler = new();

    public static SecurityKey SigningKey { get; } = new ECDsaSecurityKey(Key) { KeyId = "test-key" };

    public static string Issue(string role, Guid? talentId = null, Guid? employerId = null, string? street = null, string? accountId = null)
    {
        var claims = new List<Claim>
        {
            new(PortalClaims.Subject, accountId ?? Guid.NewGuid().ToString()),
            new(PortalClaims.Name, $"test {role}"),
            new(PortalClaims.Role, role),
        };
        if (talentId is { } t)
        {
            claims.Add(new Claim(PortalClaims.TalentId, t.ToString()));
        }

        if (employerId is { } e)
        {
            claims.Add(new Claim(PortalClaims.EmployerId, e.ToString()));
        }

        if (street is not null)
        {
            claims.Add(new Claim(PortalClaims.Street, street));
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthExtensions.DefaultIssuer,
            Audience = AuthExtensions.DefaultAudience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>Makes a host's JWT validation trust <see cref="SigningKey"/> instead of fetching the gateway's keys.</summary>
    public static IServiceCollection TrustTestTokens(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Authority = null;
            o.Configuration = new OpenIdConnectConfiguration { Issuer = AuthExtensions.DefaultIssuer };
            o.Configuration.SigningKeys.Add(SigningKey);
            o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
        });
}
