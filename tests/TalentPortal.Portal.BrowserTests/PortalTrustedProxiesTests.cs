using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>The portal on a real port trusting a CIDR network, as in a cluster where the gateway's pods have addresses
/// from the pod network rather than one fixed address (no browser is needed: these tests read HTTP answers).</summary>
public sealed class CidrTrustingPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Stands for the gateway pods' network; any 127.x address is this machine.</summary>
    public const string GatewayNetwork = "127.0.1.0/24";

    private readonly string _keys = Path.Combine(Path.GetTempPath(), "talentportal-portal-tests", Guid.NewGuid().ToString("N"));

    public Uri Address { get; private set; } = default!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:GatewayUrl", "http://127.0.0.1:9/");
        builder.UseSetting("Portal:TrustedProxies:0", GatewayNetwork);
        builder.UseSetting("Portal:KeysDirectory", _keys);
    }

    public Task InitializeAsync()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    /// <summary>A client whose connections leave from <paramref name="source"/>, without following redirects.</summary>
    public HttpClient ClientFrom(string source) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
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

public sealed class PortalTrustedProxiesTests(CidrTrustingPortal portal) : IClassFixture<CidrTrustingPortal>
{
    private static HttpRequestMessage ViaGateway(string path) => new(HttpMethod.Get, path)
    {
        Headers = { { "X-Forwarded-Host", "rencai.example.cn" }, { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", "198.51.100.7" } },
    };

    [Fact]
    public async Task ForwardedHeaders_fromAGatewayInTheTrustedNetwork_areBelieved()
    {
        using var gateway = portal.ClientFrom("127.0.1.20");

        var response = await gateway.SendAsync(ViaGateway("/me/profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://rencai.example.cn/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeaders_fromOutsideTheTrustedNetwork_areIgnored()
    {
        using var outsider = portal.ClientFrom("127.0.2.20");

        var response = await outsider.SendAsync(ViaGateway("/me/profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("rencai.example.cn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_answerWithoutSignIn(string path)
    {
        using var client = portal.ClientFrom("127.0.2.21");

        var response = await client.GetAsync(path);

        // Liveness answers "Healthy"; readiness the report ({"status":"Healthy",…}).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
