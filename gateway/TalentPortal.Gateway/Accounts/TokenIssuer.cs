using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Signs short-lived ES256 access tokens and publishes the public key as a JWKS.</summary>
public sealed class TokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly SigningCredentials _credentials;
    private readonly TimeProvider _time;

    public TokenIssuer(ECDsa key, string issuer, string audience, TimeSpan lifetime, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        var securityKey = new ECDsaSecurityKey(key) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16] };
        _credentials = new SigningCredentials(securityKey, SecurityAlgorithms.EcdsaSha256);
        PublicKey = new ECDsaSecurityKey(ECDsa.Create(key.ExportParameters(includePrivateParameters: false))) { KeyId = securityKey.KeyId };
        Issuer = issuer;
        Audience = audience;
        Lifetime = lifetime;
        _time = time;
    }

    public string Issuer { get; }
    public string Audience { get; }
    public TimeSpan Lifetime { get; }
    public ECDsaSecurityKey PublicKey { get; }

    public (string Token, DateTimeOffset ExpiresAt) Issue(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = _time.GetUtcNow();
        var claims = new List<Claim>
        {
            new(PortalClaims.Subject, account.Id.ToString()),
            new(PortalClaims.Name, account.DisplayName),
            new(PortalClaims.Role, account.Role),
        };
        if (account.TalentId is { } talent)
        {
            claims.Add(new Claim(PortalClaims.TalentId, talent.ToString()));
        }

        if (account.EmployerId is { } employer)
        {
            claims.Add(new Claim(PortalClaims.EmployerId, employer.ToString()));
        }

        if (account.Street is { Length: > 0 } street)
        {
            claims.Add(new Claim(PortalClaims.Street, street));
        }

        var expires = now + Lifetime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
        });
        return (token, expires);
    }

    public object Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(PublicKey);
        return new { keys = new[] { new { kty = jwk.Kty, use = "sig", alg = SecurityAlgorithms.EcdsaSha256, kid = jwk.Kid, crv = jwk.Crv, x = jwk.X, y = jwk.Y } } };
    }
}
