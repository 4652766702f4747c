using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>Remembers tokens that validated, until they expire, so a client's repeated requests do not pay for an
/// ECDSA signature check each time (the dominant cost of JWT validation). Each hit gets its own copy of the
/// identity; a token that fails validation is never cached.</summary>
internal sealed class CachingTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<string, (TokenValidationResult Result, DateTime ValidTo)> _validated = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_validated.TryGetValue(token, out var cached))
        {
            if (cached.ValidTo > now)
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = cached.Result.ClaimsIdentity.Clone(),
                    SecurityToken = cached.Result.SecurityToken,
                    Issuer = cached.Result.Issuer,
                    TokenType = cached.Result.TokenType,
                };
            }

            _validated.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt)
        {
            if (_validated.Count >= MaxEntries)
            {
                _validated.Clear();
            }

            _validated[token] = (result, jwt.ValidTo);
        }

        return result;
    }
}
