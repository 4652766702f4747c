using System.Text.Encodings.Web;
using System.Text.Unicode;
using TalentPortal.Portal.Account;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Edge;

namespace TalentPortal.Portal;

internal static class PortalModule
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // The static-assets manifest is only found next to published output; outside Development (e.g. run from its
        // build by deploy/run.sh or the system tests) the build's static web assets must be mapped explicitly.
        builder.WebHost.UseStaticWebAssets();

        // Chinese text stays readable in the HTML instead of &#x...; escapes.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddPortalAuthentication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<BearerTokenHandler>();
        builder.Services.AddTransient<ClientAddressHandler>();
        var gateway = new Uri(builder.Configuration["Portal:GatewayUrl"] ?? "http://127.0.0.1:8080/");
        builder.Services.AddHttpClient<GatewayClient>(client => client.BaseAddress = gateway)
            .ConfigurePrimaryHttpMessageHandler(() => ClientAddressHandler.Connections(builder.Configuration, gateway))
            .AddHttpMessageHandler<ClientAddressHandler>()
            .AddHttpMessageHandler<BearerTokenHandler>();
        builder.AddPortalEdge();
        return builder;
    }
}
