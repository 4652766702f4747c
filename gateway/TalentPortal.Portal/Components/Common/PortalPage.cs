using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using TalentPortal.Portal.Account;
using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Components.Common;

/// <summary>A signed-in page: when the gateway no longer accepts the token (it expired), sign out and ask again.</summary>
public abstract class PortalPage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected GatewayClient Gateway { get; set; } = default!;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected async Task<bool> SignedOutAsync(ApiProblem? problem)
    {
        if (problem?.Status != StatusCodes.Status401Unauthorized)
        {
            return false;
        }

        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        Navigation.NavigateTo($"/signin?returnUrl={Uri.EscapeDataString(HttpContext.Request.Path)}");
        return true;
    }
}
