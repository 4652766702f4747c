using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TalentPortal.Gateway.Infrastructure;

/// <summary>
/// Whose <c>X-Forwarded-*</c> headers the gateway believes: only the proxies in <c>Gateway:TrustedProxies</c> (IPs or
/// CIDR networks) — by default the portal, whose calls leave from 127.0.0.4 on one server, and in a cluster the
/// ingress's network. From anyone else the headers are removed before anything reads them, so a caller cannot pick
/// its own address (and rate-limit bucket) or make the portal believe in a scheme or host it did not use.
/// </summary>
public static class TrustedProxies
{
    public const string DefaultPortalAddress = "127.0.0.4";

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Prefix", "Forwarded", "X-Real-IP"];

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = configuration.GetSection("Gateway:TrustedProxies").Get<string[]>() ?? [DefaultPortalAddress];
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)))
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    o.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new InvalidOperationException($"Gateway:TrustedProxies holds '{entry}', which is neither an IP address nor a CIDR network.");
                }
            }
        });
    }

    /// <summary>Removes forwarding headers sent by callers that are not trusted proxies, then applies the trusted ones.</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        app.Use((context, next) =>
        {
            var remote = context.Connection.RemoteIpAddress;
            if (remote is null || !IsTrusted(options, remote))
            {
                foreach (var header in ForwardingHeaders)
                {
                    context.Request.Headers.Remove(header);
                }
            }

            return next(context);
        });
        return app.UseForwardedHeaders();
    }

    private static bool IsTrusted(ForwardedHeadersOptions options, IPAddress remote)
    {
        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return options.KnownProxies.Contains(address) || options.KnownIPNetworks.Any(n => n.Contains(address));
    }
}
