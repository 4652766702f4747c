using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace TalentPortal.Portal.Edge;

/// <summary>
/// What the portal does at its edge. It is reached through the gateway, so it believes the gateway's
/// <c>X-Forwarded-For/Proto/Host</c> (only from <c>Portal:TrustedProxies</c>, addresses or CIDR networks such as the
/// gateway pods' network in a cluster; loopback by default): redirects, links and
/// cookies then use the address the browser used, cookies are <c>Secure</c> whenever the browser's request was HTTPS, and
/// HSTS is sent over HTTPS. Every page carries a content security policy that allows nothing from elsewhere and no
/// framing, plus <c>Referrer-Policy</c> and <c>X-Content-Type-Options</c>. Cookie keys persist (and are shared by
/// replicas) in <c>Portal:KeysDirectory</c>.
/// </summary>
internal static class PortalEdge
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddPortalEdge(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1;
            if (configuration.GetSection("Portal:TrustedProxies").Get<string[]>() is { Length: > 0 } configured)
            {
                // Empty lists would make the forwarded-headers middleware believe every caller: refuse that.
                var proxies = configured.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                if (proxies.Count == 0)
                {
                    throw new InvalidOperationException("Portal:TrustedProxies is set but holds no address or CIDR network.");
                }

                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    if (IPAddress.TryParse(proxy, out var address))
                    {
                        o.KnownProxies.Add(address);
                    }
                    else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                    {
                        o.KnownIPNetworks.Add(network);
                    }
                    else
                    {
                        throw new InvalidOperationException($"Portal:TrustedProxies holds '{proxy}', which is neither an IP address nor a CIDR network.");
                    }
                }
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.ExcludedHosts.Clear();
        });
        var keys = configuration["Portal:KeysDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, ".data", "portal-keys");
        builder.Services.AddDataProtection().SetApplicationName("talentportal-portal").PersistKeysToFileSystem(new DirectoryInfo(keys));
        return builder;
    }

    public static WebApplication UsePortalEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
        return app;
    }
}
