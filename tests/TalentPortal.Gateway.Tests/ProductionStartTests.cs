using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.Gateway.Tests;

/// <summary>Outside Development the gateway starts only with the signing key it is given and never seeds the demo
/// accounts (their passwords are published); what is missing is said at start-up, not at the first sign-in.</summary>
public sealed class ProductionStartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-gateway-start", Guid.NewGuid().ToString("N"));

    private sealed class ProductionGateway(IDictionary<string, string?> settings) : GatewayFactory
    {
        protected override IDictionary<string, string?> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(Environments.Production);
        }
    }

    private string SigningKeyFile()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "signing-key.pem");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    private static string StartFailure(IDictionary<string, string?> settings)
    {
        using var gateway = new ProductionGateway(settings);
        return Assert.Throws<InvalidOperationException>(() => gateway.CreateClient()).Message;
    }

    [Fact]
    public void WithoutASigningKey_theStartFails_namingTheSetting()
    {
        var message = StartFailure(new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });

        Assert.Contains("Auth:SigningKeyPath is not set", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_directory) && Directory.EnumerateFiles(_directory, "*.pem").Any());
    }

    [Fact]
    public void WithASigningKeyPathToNothing_theStartFails_namingThePath()
    {
        var missing = Path.Combine(_directory, "absent.pem");

        var message = StartFailure(new Dictionary<string, string?> { ["Seed:DemoData"] = "false", ["Auth:SigningKeyPath"] = missing });

        Assert.Contains(missing, message, StringComparison.Ordinal);
    }

    [Fact]
    public void AskingForDemoAccounts_outsideDevelopment_stopsTheStart()
    {
        var message = StartFailure(new Dictionary<string, string?> { ["Auth:SigningKeyPath"] = SigningKeyFile() });

        Assert.Contains("Seed:DemoData is set in the Production environment", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithItsKey_andNoDemoData_theGatewayStarts_andNoDemoAccountSignsIn()
    {
        using var gateway = new ProductionGateway(new Dictionary<string, string?> { ["Seed:DemoData"] = "false", ["Auth:SigningKeyPath"] = SigningKeyFile() });
        using var client = gateway.CreateClient();

        var login = await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { username = "admin", password = "Demo#2026admin" }));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, login.StatusCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
