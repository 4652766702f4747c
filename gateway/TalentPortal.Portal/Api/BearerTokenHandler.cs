using System.Net.Http.Headers;
using TalentPortal.Portal.Account;

namespace TalentPortal.Portal.Api;

/// <summary>Adds the access token kept in the signed-in user's (encrypted, HTTP-only) auth cookie.</summary>
internal sealed class BearerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext?.User.FindFirst(PortalClaims.AccessToken)?.Value is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
