using System.Net;
using System.Net.Sockets;

namespace TalentPortal.Portal.Api;

/// <summary>
/// Tells the gateway who the browser is: every call carries <c>X-Forwarded-For</c> with the browser's address, so the
/// gateway's sign-in limits key on each person instead of on the portal. The gateway believes the header only from its
/// trusted proxies, which is why calls leave from <c>Portal:SourceAddress</c> (127.0.0.4 by default when the gateway is
/// on this machine).
/// </summary>
internal sealed class ClientAddressHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    public const string DefaultSourceAddress = "127.0.0.4";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-Forwarded-For");
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } browser)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", (browser.IsIPv4MappedToIPv6 ? browser.MapToIPv4() : browser).ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The connection handler for gateway calls: bound to the source address the gateway trusts, if any.</summary>
    public static SocketsHttpHandler Connections(IConfiguration configuration, Uri gateway)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(gateway);
        var configured = configuration["Portal:SourceAddress"];
        var source = configured is { Length: > 0 } ? IPAddress.Parse(configured)
            : IPAddress.TryParse(gateway.Host, out var host) && IPAddress.IsLoopback(host) && host.AddressFamily == AddressFamily.InterNetwork
                ? IPAddress.Parse(DefaultSourceAddress) : null;
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (source is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return handler;
    }
}
