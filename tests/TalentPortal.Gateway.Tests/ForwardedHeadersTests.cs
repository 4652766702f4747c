using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TalentPortal.Gateway.Tests;

/// <summary>The gateway on a real port with three sign-ins a minute per address, proxying the portal route to a server
/// that echoes the forwarding headers it receives. It trusts the portal's address and, as in a cluster, the ingress
/// controller's network (<see cref="IngressNetwork"/>, a CIDR like the pod network set in deploy/k8s).</summary>
public sealed class EdgeGatewayFactory : GatewayFactory, IAsyncLifetime
{
    /// <summary>Stands for the ingress controller's pod network; any 127.x address is this machine.</summary>
    public const string IngressNetwork = "127.0.1.0/24";

    private WebApplication? _echo;

    public Uri Address { get; private set; } = default!;

    private string _echoAddress = "";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Gateway:RateLimit:LoginPermitsPerMinute"] = "3",
        ["Gateway:TrustedProxies:0"] = "127.0.0.4",
        ["Gateway:TrustedProxies:1"] = IngressNetwork,
        ["ReverseProxy:Clusters:portal:Destinations:primary:Address"] = _echoAddress,
    };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _echo = builder.Build();
        _echo.MapGet("/{**path}", (HttpRequest request) => TypedResults.Ok(new
        {
            forwardedFor = request.Headers["X-Forwarded-For"].ToString(),
            forwarded = request.Headers["Forwarded"].ToString(),
            prefix = request.Headers["X-Forwarded-Prefix"].ToString(),
        }));
        await _echo.StartAsync();
        _echoAddress = _echo.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/";
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_echo is not null)
        {
            await _echo.DisposeAsync();
        }
    }

    /// <summary>A client whose connections leave from <paramref name="source"/> (any 127.x address is this machine).</summary>
    public HttpClient ClientFrom(string source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = Address };
}

public sealed class ForwardedHeadersTests(EdgeGatewayFactory gateway) : IClassFixture<EdgeGatewayFactory>
{
    /// <summary>A failed sign-in; each test uses its own unknown username so that the per-username sign-in guard (which
    /// pauses a name after five failures, also with 429) never answers instead of the per-address rate limit.</summary>
    private static HttpRequestMessage Login(string forwardedFor, string username) => new(HttpMethod.Post, "/api/auth/login")
    {
        Content = JsonContent.Create(new { username, password = "wrong-password" }),
        Headers = { { "X-Forwarded-For", forwardedFor } },
    };

    [Fact]
    public async Task ForwardedFor_fromAnUntrustedCaller_isIgnored_soSpoofedAddressesShareTheCallersBucket()
    {
        using var outsider = gateway.ClientFrom("127.0.0.9");
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            statuses.Add((await outsider.SendAsync(Login($"203.0.113.{i}", "nobody-untrusted"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ForwardedFor_fromThePortal_keysTheLimitOnTheBrowsersAddress()
    {
        using var portal = gateway.ClientFrom("127.0.0.4");
        for (var i = 0; i < 3; i++)
        {
            await portal.SendAsync(Login("198.51.100.1", "nobody-portal"));
        }

        var sameBrowser = await portal.SendAsync(Login("198.51.100.1", "nobody-portal"));
        var otherBrowser = await portal.SendAsync(Login("198.51.100.2", "nobody-portal"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherBrowser.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_fromAnIngressInTheTrustedNetwork_givesEachForwardedClientItsOwnBucket()
    {
        using var ingress = gateway.ClientFrom("127.0.1.7");
        for (var i = 0; i < 3; i++)
        {
            await ingress.SendAsync(Login("192.0.2.10", "nobody-ingress"));
        }

        var sameClient = await ingress.SendAsync(Login("192.0.2.10", "nobody-ingress"));
        var otherClient = await ingress.SendAsync(Login("192.0.2.11", "nobody-ingress"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherClient.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_fromJustOutsideTheTrustedNetwork_isIgnored_soEveryForwardedClientSharesTheSendersBucket()
    {
        using var outsider = gateway.ClientFrom("127.0.2.7");
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            statuses.Add((await outsider.SendAsync(Login($"192.0.2.{20 + i}", "nobody-outside"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ForwardingHeaders_fromAnUntrustedCaller_areNotPassedOnToThePortal()
    {
        using var outsider = gateway.ClientFrom("127.0.0.10");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin")
        {
            Headers = { { "X-Forwarded-For", "6.6.6.6" }, { "Forwarded", "for=6.6.6.6;proto=https" }, { "X-Forwarded-Prefix", "/evil" } },
        };

        var seen = await (await outsider.SendAsync(request)).Content.ReadFromJsonAsync<Dictionary<string, string>>();

        Assert.Equal("127.0.0.10", seen!["forwardedFor"]);
        Assert.Equal("", seen["forwarded"]);
        Assert.Equal("", seen["prefix"]);
    }
}
