using System.Net;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>What the portal answers at its edge, read over HTTP as the gateway (a trusted proxy on loopback) forwards a
/// browser's requests.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalEdgeTests(PortalFixture portal)
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.PortalAddress };

    private static HttpRequestMessage ViaGateway(string path, string proto = "https") => new(HttpMethod.Get, path)
    {
        Headers = { { "X-Forwarded-Host", "rencai.example.cn" }, { "X-Forwarded-Proto", proto }, { "X-Forwarded-For", "198.51.100.7" } },
    };

    [Theory]
    [InlineData("/signin")]
    [InlineData("/register")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    public async Task EveryPage_forbidsFramingAndForeignContent(string path)
    {
        using var client = Client();

        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task SignInRedirect_behindTheGateway_sendsTheBrowserToTheAddressItUsed()
    {
        using var client = Client();

        var response = await client.SendAsync(ViaGateway("/me/profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://rencai.example.cn/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_whenTheBrowserUsedHttps_areSecure_andNotOverPlainHttp()
    {
        using var client = Client();

        var overHttps = await client.SendAsync(ViaGateway("/culture/en?returnUrl=/signin"));
        var overHttp = await client.SendAsync(ViaGateway("/culture/en?returnUrl=/signin", proto: "http"));

        Assert.Contains("secure", overHttps.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", overHttp.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/%5Cexample.com")]
    [InlineData("//example.com")]
    [InlineData("https://example.com/")]
    [InlineData("/%0D%0Aexample")]
    public async Task Culture_returnUrlLeavingThePortal_goesHomeInstead(string returnUrl)
    {
        using var client = Client();

        var response = await client.GetAsync($"/culture/en?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
